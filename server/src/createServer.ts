import { createServer as createHttpServer, type Server as HttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Server } from 'socket.io'
import pino, { type Logger } from 'pino'
import type { MeetingDocument } from '@floor/shared'
import { hashToken } from './auth'
import { createHttpApp } from './http/app'
import { MeetingHost } from './meetingHost'
import { defaultRateLimit, type RateLimit } from './rateLimit'
import { attachRealtime } from './realtime/connections'
import type { FloorIo } from './realtime/floorIo'
import type { EventStore } from './store/eventStore'

export interface ServerDeps {
  store: EventStore
  chairToken: string
  /** The meeting seeded into an empty store. */
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
  host: MeetingHost
  http: HttpServer
  io: FloorIo
  listen(port: number, hostname: string): Promise<AddressInfo>
  /** Stops taking connections, closes every socket, then the store. */
  close(): Promise<void>
}

/** Builds the whole server from its dependencies, so tests can pass a memory store and a fake clock. */
export function createServer(deps: ServerDeps): FloorServer {
  const now = deps.now ?? Date.now
  const logger = deps.logger ?? pino({ level: 'silent' })
  const chairTokenHash = hashToken(deps.chairToken)
  const host = new MeetingHost(deps.store, now, deps.newId)
  host.seedIfEmpty(deps.seed)

  let ready = false
  const app = createHttpApp({
    host,
    chairTokenHash,
    clientDir: deps.clientDir,
    isReady: () => ready,
  })
  const http = createHttpServer(app)
  const io: FloorIo = new Server(http, {
    maxHttpBufferSize: 64 * 1024,
    serveClient: false,
    // Per-socket compression would defeat the encode-once broadcast to hundreds of screens.
    perMessageDeflate: false,
    httpCompression: false,
  })
  attachRealtime(io, {
    host,
    chairTokenHash,
    now,
    logger,
    rateLimit: deps.rateLimit ?? defaultRateLimit,
    tabletUrl: (token, socket) => `${tabletOrigin(socket.handshake.headers, deps.publicUrl?.())}/delegate#token=${token}`,
  })

  let closed: Promise<void> | null = null
  return {
    host,
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

/**
 * Where a tablet link should point: where the chair's browser reached us,
 * unless that is this machine's loopback address, which no tablet can reach.
 */
function tabletOrigin(headers: Record<string, string | string[] | undefined>, publicUrl: string | undefined): string {
  const seen = originOf(headers)
  const loopback = /^https?:\/\/(localhost|127\.[\d.]+|\[::1\])(:\d+)?$/.test(seen)
  return loopback && publicUrl ? publicUrl : seen
}

function originOf(headers: Record<string, string | string[] | undefined>): string {
  const origin = headers.origin
  if (typeof origin === 'string' && /^https?:\/\/[^/\s]+$/.test(origin)) return origin
  const host = headers.host
  return `http://${typeof host === 'string' && /^[\w.:[\]-]+$/.test(host) ? host : 'localhost'}`
}
