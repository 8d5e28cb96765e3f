import { io, type Socket } from 'socket.io-client'
import { Ack, StateView, type ClientToServerEvents, type Command, type ServerToClientEvents } from '@floor/shared'
import type { ClientError, CommandOutcome, ConnectionStatus, FloorConnection, StatusListener } from './floorConnection'

/** How long a `clock` answer may take before the sample is dropped. */
const clockTimeoutMs = 5_000
/** How long a command may wait for its acknowledgement. */
const commandTimeoutMs = 10_000

export interface ConnectOptions {
  /** The chair's or a delegation's token; null: the read-only display role. */
  token: string | null
  /** The meeting (`/m/:id/…`); null or left out: the server's default meeting. */
  meetingId?: string | null
  /** The server; this page's origin when left out (tests give one). */
  url?: string
  /** About how long before a passing refusal is asked again; `refusalRetryMs` unless told (tests). */
  retryRefusalAfterMs?: number
}

/** The client's end of the protocol's events (`shared/src/protocol/socketEvents.ts`). */
type FloorSocket = Socket<ServerToClientEvents, ClientToServerEvents>

/** Connects to the Floor server. Socket.IO reconnects by itself after a drop. */
export function connectFloor({ token, meetingId = null, url, retryRefusalAfterMs = refusalRetryMs }: ConnectOptions): FloorConnection {
  const options = { auth: authOf(token, meetingId), reconnectionDelayMax: 5_000 }
  const socket: FloorSocket = url === undefined ? io(options) : io(url, options)
  return new SocketConnection(socket, retryRefusalAfterMs)
}

/** `auth: { token?, meetingId? }` (PROTOCOL.md section 7): only what is known is sent. */
export function authOf(token: string | null, meetingId: string | null): { token?: string; meetingId?: string } {
  return { ...(token ? { token } : {}), ...(meetingId !== null ? { meetingId } : {}) }
}

/** Refusals a server lifts by itself: `internal` (its database out of reach), `rate_limited` (wrong tokens from this address). */
const passingRefusals = new Set(['internal', 'rate_limited'])
/** About how long before a passing refusal is asked again (the server's guess budget refills one every 5 s). */
export const refusalRetryMs = 5_000

class SocketConnection implements FloorConnection {
  status: ConnectionStatus = 'connecting'
  private closed = false
  private retry: ReturnType<typeof setTimeout> | undefined
  private readonly stateListeners = new Set<(view: StateView) => void>()
  private readonly statusListeners = new Set<StatusListener>()

  constructor(
    private readonly socket: FloorSocket,
    retryRefusalAfterMs: number,
  ) {
    socket.on('connect', () => this.setStatus('online'))
    socket.on('disconnect', (reason) => {
      this.setStatus('offline')
      // The server closed this socket on purpose; Socket.IO waits for us to ask again.
      if (reason === 'io server disconnect') socket.connect()
    })
    socket.on('connect_error', (error) => {
      this.setStatus('offline', refusalOf(error.message))
      // Socket.IO retries a network failure by itself but not a server's refusal; a passing one
      // (its store out of reach, too many tries from this address) is asked again after a while.
      if (!socket.active && passingRefusals.has(error.message) && !this.closed) {
        this.retry = setTimeout(() => {
          if (!this.closed && !socket.active) socket.connect()
        }, retryRefusalAfterMs * (0.75 + Math.random() / 2))
      }
    })
    socket.on('state', (raw) => {
      const parsed = StateView.safeParse(raw)
      if (!parsed.success) {
        console.warn('Floor: ignored a state message that does not match the protocol', parsed.error.issues[0])
        return
      }
      for (const listener of this.stateListeners) listener(parsed.data)
    })
  }

  private setStatus(status: ConnectionStatus, problem?: ClientError): void {
    this.status = status
    for (const listener of this.statusListeners) listener(status, problem)
  }

  onState(listener: (view: StateView) => void): () => void {
    this.stateListeners.add(listener)
    return () => this.stateListeners.delete(listener)
  }

  onStatus(listener: StatusListener): () => void {
    this.statusListeners.add(listener)
    return () => this.statusListeners.delete(listener)
  }

  requestServerTime(): Promise<number> {
    return new Promise((resolve, reject) => {
      if (!this.socket.connected) return reject(new Error('offline'))
      this.socket.timeout(clockTimeoutMs).emit('clock', (error, answer) => {
        // The types describe a well-behaved server; a clock answer is still checked.
        if (error) reject(error)
        else if (!Number.isFinite(answer)) reject(new Error('clock answer is not a time'))
        else resolve(answer)
      })
    })
  }

  send(command: Command): Promise<CommandOutcome> {
    return new Promise((resolve) => {
      if (!this.socket.connected) {
        return resolve({ ok: false, error: { code: 'offline', message: 'Not connected: the command was not sent.' } })
      }
      this.socket.timeout(commandTimeoutMs).emit('command', command, (error, raw) => {
        if (error) {
          return resolve({ ok: false, error: { code: 'timeout', message: 'No answer from the server.' } })
        }
        const ack = Ack.safeParse(raw)
        resolve(ack.success ? ack.data : { ok: false, error: { code: 'invalid', message: 'Unreadable answer.' } })
      })
    })
  }

  close(): void {
    this.closed = true
    clearTimeout(this.retry)
    this.stateListeners.clear()
    this.statusListeners.clear()
    this.socket.close()
  }
}

/** The server's reasons for refusing a connection; any other failure is the network's, and Socket.IO tries again. */
function refusalOf(message: string): ClientError | undefined {
  if (message === 'unauthorized') return { code: 'unauthorized', message: 'The server refused this link.' }
  if (message === 'not_found') return { code: 'no_meeting', message: 'The server has no such meeting.' }
  return undefined
}
