import { ErrorCode, viewFor, type Ack } from '@floor/shared'
import type { Logger } from 'pino'
import { actorForToken } from '../auth'
import type { AcceptedChange, MeetingHost } from '../meetingHost'
import { tokenBucket, type RateLimit } from '../rateLimit'
import { Fanout, roomOf } from './broadcast'
import type { FloorIo, FloorSocket } from './floorIo'

export interface RealtimeOptions {
  host: MeetingHost
  chairTokenHash: string
  now: () => number
  rateLimit: RateLimit
  logger: Logger
  /** The tablet link for a freshly issued token, as seen from the chair's browser. */
  tabletUrl: (token: string, socket: FloorSocket) => string
}

/** Wires the protocol's events onto Socket.IO: auth, `command`, `clock`, and the `state` fan-out. */
export function attachRealtime(io: FloorIo, options: RealtimeOptions): void {
  const { host, now } = options
  announceChanges(io, host, options)

  io.use((socket, next) => {
    const auth = socket.handshake.auth as Record<string, unknown> | undefined
    const signedIn = actorForToken(auth?.token, options.chairTokenHash, host.state.tokenHashes)
    if (!signedIn) return next(new Error('unauthorized'))
    socket.data = { ...signedIn, meetingId: host.state.meeting.id }
    next()
  })

  io.on('connection', (socket) => {
    const { actor, meetingId } = socket.data
    const delegationId = actor.role === 'delegate' ? actor.delegationId : undefined
    void socket.join(roomOf(meetingId, actor))
    socket.emit('state', viewFor(host.state, actor.role, delegationId, now()))

    const allowed = tokenBucket(options.rateLimit, now)

    socket.on('command', (command, ack) => {
      // Typing describes a well-behaved client; a command without a callback is still handled.
      const reply = typeof ack === 'function' ? ack : () => {}
      if (!allowed()) {
        reply({ ok: false, error: { code: ErrorCode.rateLimited, message: 'Too many commands; try again shortly.' } })
        return
      }
      let answer: Ack = host.execute(command, actor).ack
      if (answer.ok && typeof answer.token === 'string') answer = { ...answer, url: options.tabletUrl(answer.token, socket) }
      reply(answer)
    })

    socket.on('clock', (ack) => {
      if (typeof ack === 'function') ack(now())
    })
  })
}

/**
 * The realtime layer's one subscription to the meeting: after every accepted
 * change, whoever made it, one log line, every client's new view, and tablets
 * holding a replaced token sent away.
 */
function announceChanges(io: FloorIo, host: MeetingHost, options: Pick<RealtimeOptions, 'logger' | 'now'>): void {
  const fanout = new Fanout(io, host.state.meeting.id, () => host.state, options.now)
  host.subscribe((change: AcceptedChange) => {
    const { actor } = change
    options.logger.info(
      {
        command: change.command?.type,
        role: actor.role,
        delegation: actor.role === 'delegate' ? actor.delegationId : undefined,
        version: change.state.version,
        ms: Number(change.ms.toFixed(2)),
      },
      'command accepted',
    )
    fanout.change()
    if (change.events.some((e) => e.type === 'token-issued')) disconnectRevokedTablets(io, host)
  })
}

/** A re-issued token replaces the old one: tablets still holding the old one are sent away. */
function disconnectRevokedTablets(io: FloorIo, host: MeetingHost): void {
  for (const socket of io.of('/').sockets.values()) {
    const { actor, tokenHash, meetingId } = socket.data
    if (actor.role !== 'delegate' || meetingId !== host.state.meeting.id) continue
    if (host.state.tokenHashes[actor.delegationId] !== tokenHash) socket.disconnect(true)
  }
}
