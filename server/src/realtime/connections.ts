import type { Server, Socket } from 'socket.io'
import { ErrorCode, viewFor, type Ack, type Actor } from '@floor/shared'
import type { Logger } from 'pino'
import { actorForToken } from '../auth'
import type { Execution, MeetingHost } from '../meetingHost'
import { tokenBucket, type RateLimit } from '../rateLimit'
import { rooms, scheduleBroadcast } from './broadcast'

export interface RealtimeOptions {
  host: MeetingHost
  chairTokenHash: string
  now: () => number
  rateLimit: RateLimit
  logger: Logger
  /** The tablet link for a freshly issued token, as seen from the chair's browser. */
  tabletUrl: (token: string, socket: Socket) => string
}

type SocketData = { actor: Actor; tokenHash?: string }

/** Wires the protocol's events onto Socket.IO: auth, `command`, `clock`, and the `state` fan-out. */
export function attachRealtime(io: Server, options: RealtimeOptions): void {
  const { host, now, logger } = options

  io.use((socket, next) => {
    const auth = socket.handshake.auth as Record<string, unknown> | undefined
    const actor = actorForToken(auth?.token, options.chairTokenHash, host.state.tokenHashes)
    if (!actor) return next(new Error('unauthorized'))
    const data: SocketData = { actor: stripHash(actor), ...(actor.tokenHash ? { tokenHash: actor.tokenHash } : {}) }
    socket.data = data
    next()
  })

  io.on('connection', (socket) => {
    const { actor } = socket.data as SocketData
    const delegationId = actor.role === 'delegate' ? actor.delegationId : undefined
    void socket.join(delegationId === undefined ? rooms[actor.role as 'chair' | 'display'] : rooms.delegation(delegationId))
    socket.emit('state', viewFor(host.state, actor.role, delegationId, now()))

    const allowed = tokenBucket(options.rateLimit, now)

    socket.on('command', (...args: unknown[]) => {
      const reply = lastFunction(args)
      if (!allowed()) {
        reply({ ok: false, error: { code: ErrorCode.rateLimited, message: 'Too many commands; try again shortly.' } })
        return
      }
      const execution = host.execute(args[0], actor)
      let ack: Ack = execution.ack
      if (ack.ok && typeof ack.token === 'string') ack = { ...ack, url: options.tabletUrl(ack.token, socket) }
      reply(ack)
      publishChange(io, options, execution, actor)
    })

    socket.on('clock', (...args: unknown[]) => {
      lastFunction(args)(now())
    })
  })
}

/**
 * After an accepted change: one log line, every client's new view, and tablets
 * holding a replaced token sent away. Used by the socket handler and the HTTP import.
 */
export function publishChange(
  io: Server,
  options: Pick<RealtimeOptions, 'host' | 'logger' | 'now'>,
  execution: Execution,
  actor: Actor,
): void {
  if (execution.events.length === 0) return
  const { host } = options
  options.logger.info(
    {
      command: execution.command?.type,
      role: actor.role,
      delegation: actor.role === 'delegate' ? actor.delegationId : undefined,
      version: host.state.version,
      ms: Number(execution.ms.toFixed(2)),
    },
    'command accepted',
  )
  scheduleBroadcast(io, () => host.state, options.now)
  if (execution.events.some((e) => e.type === 'token-issued')) disconnectRevokedTablets(io, host)
}

/** A re-issued token replaces the old one: tablets still holding the old one are sent away. */
function disconnectRevokedTablets(io: Server, host: MeetingHost): void {
  for (const socket of io.of('/').sockets.values()) {
    const data = socket.data as SocketData
    if (data.actor.role !== 'delegate') continue
    if (host.state.tokenHashes[data.actor.delegationId] !== data.tokenHash) socket.disconnect(true)
  }
}

function stripHash(actor: Actor & { tokenHash?: string }): Actor {
  if (actor.role === 'delegate') return { role: 'delegate', delegationId: actor.delegationId }
  return { role: actor.role }
}

/** The acknowledgement callback, if the client gave one; a command without one is still handled. */
function lastFunction(args: unknown[]): (value: unknown) => void {
  const last = args[args.length - 1]
  return typeof last === 'function' ? (last as (value: unknown) => void) : () => {}
}
