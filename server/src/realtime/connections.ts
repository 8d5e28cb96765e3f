import { ErrorCode, MeetingId, viewFor } from '@floor/shared'
import type { Logger } from 'pino'
import { actorForToken, sameToken } from '../auth'
import type { AcceptedChange, MeetingHost } from '../meetingHost'
import type { Meetings } from '../meetings'
import { Budgets, type RateLimit } from '../rateLimit'
import type { ClientAddress } from '../http/clientAddress'
import { Fanout, roomOf, roomsOf } from './broadcast'
import type { FloorIo, FloorSocket } from './floorIo'

export interface RealtimeOptions {
  meetings: Meetings
  adminTokenHash: string
  now: () => number
  rateLimit: RateLimit
  /** Failed sign-ins per client address, shared with HTTP. */
  failedSignIns: Budgets
  /** The client's address, behind the trusted proxies if any. */
  clientAddress: ClientAddress
  logger: Logger
  /** Whether other nodes share the store: a socket's first view then waits for a catch-up with the log. */
  sharedStore: boolean
  /** The link for a freshly issued token, as seen from the chair's browser: a tablet's, or the interpreters' page. */
  tabletUrl: (token: string, meetingId: string, socket: FloorSocket, page: 'delegate' | 'interpreters') => string
}

/** Wires the protocol's events onto Socket.IO: auth, `command`, `clock`, and each meeting's `state` fan-out. */
export function attachRealtime(io: FloorIo, options: RealtimeOptions): void {
  const { meetings, now, failedSignIns } = options
  meetings.onLoad((host) => announceChanges(io, host, options))
  // One budget per token: a delegation's, a meeting's chair, a display's address.
  const budgets = new Budgets(options.rateLimit, now)

  io.use(async (socket, next) => {
    const auth = (socket.handshake.auth ?? {}) as Record<string, unknown>
    const address = addressOfHandshake(socket, options.clientAddress)
    const hasToken = auth.token !== undefined && auth.token !== null && auth.token !== ''
    // An address that guessed too often is refused before its token is compared, so guessing stays slow.
    if (hasToken && failedSignIns.exhausted(address)) return next(new Error('rate_limited'))
    let signedIn: Awaited<ReturnType<typeof signIn>>
    try {
      signedIn = await signIn(auth.token, auth.meetingId, options)
    } catch (error) {
      // The store is out of reach (PostgreSQL down): the client retries, as after any refused connection.
      options.logger.error({ error: error instanceof Error ? error.message : String(error) }, 'sign-in failed')
      return next(new Error('internal'))
    }
    if (signedIn === 'unauthorized') failedSignIns.take(address)
    if (typeof signedIn === 'string') return next(new Error(signedIn))
    socket.data = signedIn
    next()
  })

  io.on('connection', (socket) => {
    const { actor, meetingId } = socket.data
    const host = meetings.loadedHost(meetingId)
    if (!host) return void socket.disconnect(true)
    const delegationId = actor.role === 'delegate' ? actor.delegationId : undefined
    void socket.join(roomOf(meetingId, actor))
    // With several nodes, this one may have missed another's change (Redis away): the first view is the log's latest.
    const sendView = () => {
      if (socket.connected) socket.emit('state', viewFor(host.state, actor.role, delegationId, now()))
    }
    if (!options.sharedStore) sendView()
    else void host.catchUp().then(sendView, sendView)

    const budget = budgetKey(socket, options.clientAddress)

    socket.on('command', (command, ack) => {
      // Typing describes a well-behaved client; a command without a callback is still handled.
      const reply = typeof ack === 'function' ? ack : () => {}
      if (!budgets.take(budget)) {
        reply({ ok: false, error: { code: ErrorCode.rateLimited, message: 'Too many commands; try again shortly.' } })
        return
      }
      const current = meetings.loadedHost(meetingId) ?? host
      void current.submit(command, actor).then(({ ack: answer }) => {
        if (!answer.ok || typeof answer.token !== 'string') return reply(answer)
        const page = answer.role === 'interpreter' ? 'interpreters' : 'delegate'
        reply({ ...answer, url: options.tabletUrl(answer.token, meetingId, socket, page) })
      })
    })

    socket.on('clock', (ack) => {
      if (typeof ack === 'function') ack(now())
    })
  })
}

function addressOfHandshake(socket: FloorSocket, clientAddress: ClientAddress): string {
  return clientAddress(socket.handshake.address, socket.handshake.headers['x-forwarded-for'])
}

/** Whose budget a socket's commands spend: its token's, shared by every socket holding it. */
function budgetKey(socket: FloorSocket, clientAddress: ClientAddress): string {
  const { actor, meetingId } = socket.data
  if (actor.role === 'delegate') return `${meetingId}:delegation:${actor.delegationId}`
  if (actor.role === 'chair') return `${meetingId}:chair`
  if (actor.role === 'interpreter') return `${meetingId}:interpreter`
  return `address:${addressOfHandshake(socket, clientAddress)}`
}

/**
 * Who a handshake is (PROTOCOL.md sections 2 and 7), or why it is refused.
 * A chair or delegate token belongs to one meeting; the admin token is the
 * chair of whichever meeting it names; no token is a display.
 */
async function signIn(
  token: unknown,
  requested: unknown,
  { meetings, adminTokenHash, sharedStore: shared }: Pick<RealtimeOptions, 'meetings' | 'adminTokenHash' | 'sharedStore'>,
): Promise<FloorSocket['data'] | 'unauthorized' | 'not_found'> {
  if (requested !== undefined && !MeetingId.safeParse(requested).success) return 'not_found'
  const named = requested as string | undefined
  if (typeof token === 'string' && sameToken(token, adminTokenHash)) {
    const meetingId = named ?? meetings.defaultId
    return (await meetings.get(meetingId)) ? { actor: { role: 'chair' }, meetingId } : 'not_found'
  }
  const hasToken = token !== undefined && token !== null && token !== ''
  const meetingId = named ?? (hasToken ? await meetings.meetingOfToken(token) : meetings.defaultId)
  const host = await meetings.get(meetingId)
  if (!host) return 'not_found'
  const chairHash = await meetings.chairTokenHashOf(meetingId)
  let signedIn = actorForToken(token, chairHash, host.state.tokenHashes, host.state.interpreterTokenHash ?? null)
  if (!signedIn && hasToken && shared) {
    // A tablet's token issued on another node a moment ago: the log has it even if this node's memory does not yet.
    await host.catchUp()
    signedIn = actorForToken(token, chairHash, host.state.tokenHashes, host.state.interpreterTokenHash ?? null)
  }
  return signedIn ? { ...signedIn, meetingId } : 'unauthorized'
}

/**
 * The realtime layer's one subscription to a meeting: after every accepted
 * change, whoever made it, one log line, every client's new view, and tablets
 * holding a replaced token sent away.
 */
function announceChanges(io: FloorIo, host: MeetingHost, options: Pick<RealtimeOptions, 'logger' | 'now'>): void {
  const fanout = new Fanout(io, host.id, () => host.state, options.now)
  host.subscribe((change: AcceptedChange) => {
    const { actor } = change
    options.logger.info(
      {
        meeting: host.id,
        command: change.command?.type ?? change.events[0]?.type,
        role: actor?.role ?? 'another node',
        delegation: actor?.role === 'delegate' ? actor.delegationId : undefined,
        version: change.state.version,
        ms: Number(change.ms.toFixed(2)),
      },
      actor ? 'command accepted' : 'change from another node',
    )
    fanout.change()
    if (change.events.some((e) => e.type === 'token-issued' || e.type === 'interpreter-token-issued')) disconnectRevokedTablets(io, host)
  })
}

/** A re-issued token replaces the old one: tablets (and interpreters' pages) still holding the old one are sent away. */
function disconnectRevokedTablets(io: FloorIo, host: MeetingHost): void {
  for (const socket of io.of('/').sockets.values()) {
    const { actor, tokenHash, meetingId } = socket.data
    if (meetingId !== host.id) continue
    if (actor.role === 'interpreter' && host.state.interpreterTokenHash !== tokenHash) socket.disconnect(true)
    if (actor.role !== 'delegate') continue
    if (host.state.tokenHashes[actor.delegationId] !== tokenHash) socket.disconnect(true)
  }
}

/** Whether any client of that meeting is connected to this server. */
export function hasClients(io: FloorIo, meetingId: string): boolean {
  const { prefix } = roomsOf(meetingId)
  for (const room of io.of('/').adapter.rooms.keys()) if (room.startsWith(prefix)) return true
  return false
}
