// A load worker: holds many socket.io-client connections in its own process,
// so the load does not share an event loop with the orchestrator's measuring.
import { io, type Socket } from 'socket.io-client'
import { preciseNow, type FromWorker, type ToWorker } from './messages'
import { skimmingParser } from './skimmingParser'

interface Tracked {
  socket: Socket
  /** The highest `state` version this socket holds, and when it arrived. */
  version: number
  at: number
}

const tracked: Tracked[] = []
let expected: { version: number; count: number; lastAt: number } | null = null
/** Reconnections of sockets connected with `reconnect` (failover), since the last `count`. */
const emptyCounts = () => ({ reconnects: 0, failedAttempts: 0, reasons: new Set<string>(), lastLostAt: 0, slowestReconnectMs: 0, slowestStateMs: 0 })
let reconnections = emptyCounts()

function send(message: FromWorker): void {
  process.send?.(message)
}

process.on('message', (message: ToWorker) => {
  handle(message).catch((error: unknown) => send({ type: 'failed', message: String(error) }))
})
// The orchestrator gone means the benchmark is over: never linger as an orphan.
process.on('disconnect', () => process.exit(0))

async function handle(message: ToWorker): Promise<void> {
  switch (message.type) {
    case 'connect':
      return connectAll(message.url, message.tokens, message.concurrency, message.skim, message.reconnect ?? false)
    case 'expect':
      return expect(message.version)
    case 'loop':
      return loop(message.durationMs, message.paceMs)
    case 'count': {
      send({ type: 'counted', ...reconnections, reasons: [...reconnections.reasons].slice(0, 5) })
      reconnections = emptyCounts()
      return
    }
    case 'close':
      for (const t of tracked) t.socket.disconnect()
      process.exit(0)
  }
}

async function connectAll(url: string, tokens: (string | null)[], concurrency: number, skim: boolean, reconnect: boolean): Promise<void> {
  const failures: string[] = []
  const durations: number[] = []
  let lastAt = 0
  let next = 0
  // A fixed number of handshakes in flight, each slot taking the next token when its socket holds a state.
  const slot = async () => {
    while (next < tokens.length) {
      const token = tokens[next++] ?? null
      try {
        const started = preciseNow()
        const t = await connectOne(url, token, skim, reconnect)
        durations.push(t.at - started)
        lastAt = Math.max(lastAt, t.at)
      } catch (error) {
        failures.push(String(error))
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, slot))
  const slowestMs = durations.sort((a, b) => b - a).slice(0, 5)
  send({ type: 'connected', at: lastAt, count: tracked.length, failures: failures.slice(0, 5), slowestMs })
}

function connectOne(url: string, token: string | null, skim: boolean, reconnect = false): Promise<Tracked> {
  const socket = io(url, {
    auth: token === null ? {} : { token },
    transports: ['websocket'],
    // Each client its own connection, as N browsers would be; no retries that would hide a failure.
    forceNew: true,
    reconnection: false,
    timeout: 60_000,
    ...(skim ? { parser: skimmingParser } : {}),
    // Failover: the web client's own reconnection (client/src/net/socket.ts), delays and all.
    ...(reconnect ? { reconnection: true, reconnectionDelayMax: 5_000 } : {}),
  })
  const t: Tracked = { socket, version: -1, at: 0 }
  return new Promise((resolve, reject) => {
    // With reconnection, a failed first attempt is retried as the web client retries it (a node the
    // load balancer just took out, say); the connect phase's own timeout bounds the wait.
    if (!reconnect) socket.once('connect_error', (error) => reject(error))
    else {
      let lostAt = 0
      let reconnectedAt = 0
      socket.on('disconnect', () => {
        lostAt = preciseNow()
        reconnections.lastLostAt = Math.max(reconnections.lastLostAt, lostAt)
      })
      socket.io.on('reconnect', () => {
        reconnectedAt = preciseNow()
        reconnections.reconnects += 1
        reconnections.slowestReconnectMs = Math.max(reconnections.slowestReconnectMs, reconnectedAt - lostAt)
      })
      socket.on('state', () => {
        if (reconnectedAt === 0) return
        reconnections.slowestStateMs = Math.max(reconnections.slowestStateMs, preciseNow() - reconnectedAt)
        reconnectedAt = 0
      })
      socket.io.on('reconnect_error', (error: Error & { description?: unknown }) => {
        reconnections.failedAttempts += 1
        const description = error.description instanceof Error ? error.description.message : error.description
        reconnections.reasons.add(`${error.message}${description === undefined ? '' : ` (${String(description)})`}`)
      })
    }
    socket.on('state', (state: { version: number }) => {
      const at = preciseNow()
      const first = t.version < 0
      if (state.version > t.version) advance(t, state.version, at)
      if (first) {
        tracked.push(t)
        resolve(t)
      }
    })
  })
}

function advance(t: Tracked, version: number, at: number): void {
  const before = t.version
  t.version = version
  t.at = at
  if (!expected || before >= expected.version || version < expected.version) return
  expected.count += 1
  expected.lastAt = Math.max(expected.lastAt, at)
  if (expected.count === tracked.length) {
    send({ type: 'reached', version: expected.version, at: expected.lastAt })
    expected = null
  }
}

/** The IPC message may arrive after some states already did: count those first. */
function expect(version: number): void {
  let count = 0
  let lastAt = 0
  for (const t of tracked) {
    if (t.version < version) continue
    count += 1
    lastAt = Math.max(lastAt, t.at)
  }
  if (count === tracked.length) return send({ type: 'reached', version, at: lastAt })
  expected = { version, count, lastAt }
}

/** The tablet loop: request the floor, withdraw it, each awaiting its ack, on every socket at once. */
async function loop(durationMs: number, paceMs: number): Promise<void> {
  const deadline = preciseNow() + durationMs
  const latencies: number[] = []
  const errors: Record<string, number> = {}
  let acked = 0
  const command = async (socket: Socket, body: Record<string, unknown>) => {
    const started = preciseNow()
    const ack = (await socket.timeout(30_000).emitWithAck('command', body)) as
      | { ok: true; requestId?: string }
      | { ok: false; error: { code: string } }
    if (!ack.ok) {
      errors[ack.error.code] = (errors[ack.error.code] ?? 0) + 1
      return null
    }
    latencies.push(preciseNow() - started)
    acked += 1
    return ack
  }
  const tablet = async (socket: Socket) => {
    // Paced tablets start at random moments of the first period, so the load is spread, not in waves.
    let slot = preciseNow() + Math.random() * paceMs
    /** Waits for this tablet's next slot; false once the time is up. */
    const wait = async (): Promise<boolean> => {
      if (paceMs === 0) return preciseNow() < deadline
      const at = slot
      slot += paceMs
      if (at >= deadline) return false
      const rest = at - preciseNow()
      if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest))
      return true
    }
    let waiting: string | undefined
    while (preciseNow() < deadline) {
      try {
        if (!(await wait())) break
        const requested = await command(socket, { type: 'request-floor' })
        if (requested?.requestId === undefined) {
          await new Promise((resolve) => setTimeout(resolve, 10)) // refused: do not spin on refusals
          continue
        }
        waiting = requested.requestId
        if (!(await wait())) break
        await command(socket, { type: 'withdraw', requestId: waiting })
        waiting = undefined
      } catch (error) {
        errors[String(error)] = (errors[String(error)] ?? 0) + 1
        return // a timed-out tablet stops rather than piling up requests
      }
    }
    // Untimed: leave the list as it was, or the next loop's first request would be a no-op answered at once.
    if (waiting !== undefined) await socket.timeout(30_000).emitWithAck('command', { type: 'withdraw', requestId: waiting })
  }
  await Promise.all(tracked.map((t) => tablet(t.socket)))
  send({ type: 'looped', latencies: Float64Array.from(latencies), acked, errors })
}

send({ type: 'ready' })
