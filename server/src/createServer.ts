import { createServer as createHttpServer, type Server as HttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Server } from 'socket.io'
import pino, { type Logger } from 'pino'
import type { MeetingDocument } from '@floor/shared'
import { hashToken } from './auth'
import { createHttpApp } from './http/app'
import { clientAddressBehind } from './http/clientAddress'
import { Origins } from './http/origins'
import type { MeetingHost } from './meetingHost'
import { Meetings } from './meetings'
import { Budgets, defaultRateLimit, failedSignInLimit, type RateLimit } from './rateLimit'
import { joinCluster } from './realtime/cluster'
import { attachRealtime, hasClients } from './realtime/connections'
import type { FloorIo } from './realtime/floorIo'
import type { EventStore } from './store/eventStore'

export interface ServerDeps {
  store: EventStore
  /** The default meeting's chair token (`FLOOR_CHAIR_TOKEN`); unset: the one kept in the store, or a new one. */
  chairToken?: string
  /** The secretariat's token for the whole server (`FLOOR_ADMIN_TOKEN`, or the one kept in the store). */
  adminToken: string
  /** The meeting seeded into an empty store: the default meeting. */
  seed: () => MeetingDocument
  clientDir: string
  now?: () => number
  newId?: () => string
  logger?: Logger
  rateLimit?: RateLimit
  /** `FLOOR_PUBLIC_URL`: the origin tablets and screens use, when it is not one of this machine's addresses. */
  publicUrl?: string
  /** `FLOOR_REDIS_URL`: joins the other nodes serving the same store (PROTOCOL.md section 8). */
  redisUrl?: string
  /** `FLOOR_TRUSTED_PROXIES`: load balancers whose `X-Forwarded-For` names the client. */
  trustedProxies?: string[]
}

export interface FloorServer {
  meetings: Meetings
  /** The default meeting. */
  readonly host: MeetingHost
  http: HttpServer
  io: FloorIo
  listen(port: number, hostname: string): Promise<AddressInfo>
  /** Stops taking connections, closes every socket, then the store. */
  close(): Promise<void>
}

/** The largest message a socket may send: above it Socket.IO closes the connection instead of answering. */
export const maxMessageBytes = 1_100_000

/** How often a node of several reads the log for changes it may not have heard of (PROTOCOL.md section 8). */
export const sharedCatchUpMs = 2_000

/** How often meetings nobody uses are dropped from memory. */
const idleSweepMs = 60_000

/** Builds the whole server from its dependencies, so tests can pass a memory store and a fake clock. */
export async function createServer(deps: ServerDeps): Promise<FloorServer> {
  const now = deps.now ?? Date.now
  const logger = deps.logger ?? pino({ level: 'silent' })
  const meetings = await Meetings.open(deps.store, now, deps.seed, deps.newId, (error, meetingId) => {
    // The store refused a commit (a full disk): every command in it was answered `internal`.
    logger.error({ meeting: meetingId, error: error instanceof Error ? error.message : String(error) }, 'store refused a commit')
  })
  if (deps.chairToken) meetings.useDefaultChairToken(deps.chairToken)
  const adminTokenHash = hashToken(deps.adminToken)
  const failedSignIns = new Budgets(failedSignInLimit, now)
  const clientAddress = clientAddressBehind(deps.trustedProxies ?? [])

  const origins = new Origins(deps.publicUrl)
  let ready = false
  const http = createHttpServer(
    createHttpApp({
      meetings,
      adminTokenHash,
      failedSignIns,
      clientAddress,
      clientDir: deps.clientDir,
      isReady: () => ready,
      origins,
    }),
  )
  const io: FloorIo = new Server(http, {
    // A command over 4 KB is answered `invalid`; a message over this bound closes the socket (README).
    maxHttpBufferSize: maxMessageBytes,
    serveClient: false,
    // Per-socket compression would defeat the encode-once broadcast to hundreds of screens.
    perMessageDeflate: false,
    httpCompression: false,
    // A browser page of another origin may not open a socket, token or not.
    allowRequest: (req, answer) => answer(null, origins.allows(req.headers.origin)),
  })
  // Joined first, so that each commit is handed to the other nodes before this node's own fan-out takes its turn.
  const cluster = deps.redisUrl ? await joinCluster(io, meetings, deps.redisUrl, logger) : null
  attachRealtime(io, {
    meetings,
    adminTokenHash,
    failedSignIns,
    clientAddress,
    now,
    logger,
    sharedStore: deps.store.shared,
    rateLimit: deps.rateLimit ?? defaultRateLimit,
    tabletUrl: (token, meetingId, socket, page) => {
      const route = meetingId === meetings.defaultId ? `/${page}` : `/m/${meetingId}/${page}`
      return `${origins.linkBase(socket.handshake.headers)}${route}#token=${token}`
    },
  })
  // With several nodes, a change whose node died before telling the others reaches them from the log within this.
  const catchUp = deps.store.shared
    ? setInterval(() => void meetings.catchUpAll().catch((error: unknown) => logger.warn({ error: String(error) }, 'catching up with the log failed')), sharedCatchUpMs)
    : undefined
  catchUp?.unref()
  const sweep = setInterval(() => {
    const dropped = meetings.unloadIdle((id) => hasClients(io, id))
    if (dropped.length > 0) logger.info({ meetings: dropped }, 'idle meetings unloaded')
  }, idleSweepMs)
  sweep.unref()

  let closed: Promise<void> | null = null
  return {
    meetings,
    get host() {
      return meetings.default
    },
    http,
    io,
    listen: (port, hostname) =>
      new Promise((resolve, reject) => {
        http.once('error', reject)
        http.listen(port, hostname, () => {
          const address = http.address() as AddressInfo
          origins.listening(address.port)
          ready = true
          resolve(address)
        })
      }),
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        ready = false
        clearInterval(sweep)
        clearInterval(catchUp)
        io.close(() => {
          void Promise.allSettled([cluster?.close(), deps.store.close()]).then(() => resolve())
        })
        http.closeAllConnections()
      })
      return closed
    },
  }
}
