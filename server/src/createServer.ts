import { createServer as createHttpServer, type Server as HttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Server } from 'socket.io'
import pino, { type Logger } from 'pino'
import type { MeetingDocument } from '@floor/shared'
import { hashToken } from './auth'
import { createHttpApp } from './http/app'
import type { MeetingHost } from './meetingHost'
import { Meetings } from './meetings'
import { Budgets, defaultRateLimit, failedSignInLimit, type RateLimit } from './rateLimit'
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
  /** The address tablets on the room's network reach, for links issued from a browser on this machine. */
  publicUrl?: () => string | undefined
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

/** How often meetings nobody uses are dropped from memory. */
const idleSweepMs = 60_000

/** Builds the whole server from its dependencies, so tests can pass a memory store and a fake clock. */
export function createServer(deps: ServerDeps): FloorServer {
  const now = deps.now ?? Date.now
  const logger = deps.logger ?? pino({ level: 'silent' })
  const meetings = new Meetings(deps.store, now, deps.seed, deps.newId, (error, meetingId) => {
    // The store refused a commit (a full disk): every command in it was answered `internal`.
    logger.error({ meeting: meetingId, error: error instanceof Error ? error.message : String(error) }, 'store refused a commit')
  })
  if (deps.chairToken) meetings.useDefaultChairToken(deps.chairToken)
  const adminTokenHash = hashToken(deps.adminToken)
  const failedSignIns = new Budgets(failedSignInLimit, now)

  let ready = false
  const http = createHttpServer(
    createHttpApp({
      meetings,
      adminTokenHash,
      failedSignIns,
      clientDir: deps.clientDir,
      isReady: () => ready,
      originOf: (req) => originOf(req.headers, deps.publicUrl?.()),
    }),
  )
  const io: FloorIo = new Server(http, {
    // A command over 4 KB is answered `invalid`; a message over this bound closes the socket (README).
    maxHttpBufferSize: maxMessageBytes,
    serveClient: false,
    // Per-socket compression would defeat the encode-once broadcast to hundreds of screens.
    perMessageDeflate: false,
    httpCompression: false,
  })
  attachRealtime(io, {
    meetings,
    adminTokenHash,
    failedSignIns,
    now,
    logger,
    rateLimit: deps.rateLimit ?? defaultRateLimit,
    tabletUrl: (token, meetingId, socket) => {
      const route = meetingId === meetings.defaultId ? '/delegate' : `/m/${meetingId}/delegate`
      return `${originOf(socket.handshake.headers, deps.publicUrl?.())}${route}#token=${token}`
    },
  })
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
          ready = true
          resolve(http.address() as AddressInfo)
        })
      }),
    close: () => {
      closed ??= new Promise<void>((resolve) => {
        ready = false
        clearInterval(sweep)
        io.close(() => {
          deps.store.close()
          resolve()
        })
        http.closeAllConnections()
      })
      return closed
    },
  }
}

type Headers = Record<string, string | string[] | undefined>

/**
 * Where links should point: where the caller's browser reached us, unless
 * that is this machine's loopback address, which no tablet can reach.
 */
function originOf(headers: Headers, publicUrl: string | undefined): string {
  const seen = seenOrigin(headers)
  const loopback = /^https?:\/\/(localhost|127\.[\d.]+|\[::1\])(:\d+)?$/.test(seen)
  return loopback && publicUrl ? publicUrl : seen
}

function seenOrigin(headers: Headers): string {
  const origin = headers.origin
  if (typeof origin === 'string' && /^https?:\/\/[^/\s]+$/.test(origin)) return origin
  const host = headers.host
  return `http://${typeof host === 'string' && /^[\w.:[\]-]+$/.test(host) ? host : 'localhost'}`
}
