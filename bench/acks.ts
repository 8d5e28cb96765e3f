// Durable acknowledgements: 200 tablets requesting the floor and withdrawing,
// every command awaited; the server acknowledges only after the SQLite commit
// (synchronous = FULL), so this is what durability costs. Run twice on the
// same connections: back to back (a closed loop: the most the server can
// acknowledge), then paced (each tablet one command every few seconds: the
// latency of one command when the server is not saturated).
import { preciseNow } from './messages'
import type { Options } from './options'
import { connectPeer, must } from './peer'
import { sleep, startFloor, stop, tempDir } from './processes'
import { delegations, segmentId } from './room'
import { summarize, type Summary } from './stats'
import { WorkerPool } from './workers'
import { commitLatency } from './commitLatency'

export interface LoopResult {
  /** 0 for the closed loop. */
  paceMs: number
  seconds: number
  acked: number
  perSecond: number
  latency: Summary
  /** The server's own time per command (parse, decide, commit with its fsync), from its log. */
  serverMs: Summary
  errors: Record<string, number>
}

export interface AckResult {
  /** One append to the store, alone: the least any durable ack can take on this disk. */
  commit: Summary
  tablets: number
  closed: LoopResult | null
  paced: LoopResult | null
}

export async function acks(options: Options): Promise<AckResult> {
  const commit = await commitLatency()
  const server = await startFloor({
    dataDir: tempDir('acks'),
    chairToken: options.chairToken,
    rateLimit: options.ackRateLimit,
    nodeFlags: options.profileFlags('acks'),
  })
  const chair = await connectPeer(server.url, { token: options.chairToken })
  const pool = await WorkerPool.start(options.workers)
  try {
    await must(chair, { type: 'set-segment', segmentId })
    const tokens: string[] = []
    for (const delegation of await delegations(chair, server.url, options.tablets)) {
      tokens.push(String((await must(chair, { type: 'issue-token', delegationId: delegation.id })).token))
    }
    // The room as it is in session: the chair's console and one screen stay connected and get every state.
    const display = await connectPeer(server.url)
    // The tablets skim their states (see skimmingParser.ts): what is timed is the server, not 200 parsers on 2 cores.
    const connected = await pool.connect(server.url, tokens, options.concurrency, true)
    if (connected.count !== tokens.length) {
      throw new Error(`only ${connected.count} of ${tokens.length} tablets connected: ${connected.failures.join('; ')}`)
    }
    await sleep(options.settleMs)
    const closed = options.ackClosed ? await loop(pool, server.commandMs, options.ackSeconds * 1000, 0) : null
    if (closed) await sleep(options.settleMs)
    const paced =
      options.ackPaceMs > 0 ? await loop(pool, server.commandMs, options.ackSeconds * 1000, options.ackPaceMs) : null
    display.close()
    return { commit, tablets: tokens.length, closed, paced }
  } finally {
    chair.close()
    await pool.close()
    await stop(server.process)
  }
}

async function loop(pool: WorkerPool, commandMs: number[], durationMs: number, paceMs: number): Promise<LoopResult> {
  commandMs.length = 0
  // The tablets withdraw what they left waiting after the time is up: not part of the figures.
  let inTime = Infinity
  const cutoff = setTimeout(() => (inTime = commandMs.length), durationMs)
  const started = preciseNow()
  const results = await pool.loop(durationMs, paceMs)
  const seconds = (preciseNow() - started) / 1000
  clearTimeout(cutoff)
  const latencies: number[] = []
  const errors: Record<string, number> = {}
  let acked = 0
  for (const result of results) {
    for (const latency of result.latencies) latencies.push(latency)
    acked += result.acked
    for (const [code, count] of Object.entries(result.errors)) errors[code] = (errors[code] ?? 0) + count
  }
  const serverMs = summarize(commandMs.slice(0, inTime))
  return { paceMs, seconds, acked, perSecond: acked / seconds, latency: summarize(latencies), serverMs, errors }
}
