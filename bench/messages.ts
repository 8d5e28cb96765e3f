/**
 * What the orchestrator and its load workers say to each other over IPC.
 * Times are epoch milliseconds with sub-millisecond precision
 * (`performance.timeOrigin + performance.now()`), comparable across processes.
 */

export type ToWorker =
  /**
   * Opens one socket per token (`null`: a display), at most `concurrency` handshakes in flight.
   * `skim`: read only the version of each `state` instead of parsing all of it (see skimmingParser.ts).
   * `reconnect`: reconnect as the web client does (failover through a load balancer); absent: never.
   */
  | { type: 'connect'; url: string; tokens: (string | null)[]; concurrency: number; skim: boolean; reconnect?: boolean }
  /** Report `reached` once every socket of this worker holds a `state` of at least this version. */
  | { type: 'expect'; version: number }
  /**
   * Tablets: request the floor and withdraw, awaiting each ack, until the time is up.
   * `paceMs` 0: back to back (a closed loop); otherwise each tablet sends one command every `paceMs`.
   */
  | { type: 'loop'; durationMs: number; paceMs: number }
  /** Report the reconnection counters (sockets connected with `reconnect`) and set them to zero. */
  | { type: 'count' }
  | { type: 'close' }

export type FromWorker =
  | { type: 'ready' }
  /** `at`: when the last socket got its first `state`; `slowestMs`: the longest single handshakes. */
  | { type: 'connected'; at: number; count: number; failures: string[]; slowestMs: number[] }
  /** `at`: when the last socket got that version. */
  | { type: 'reached'; version: number; at: number }
  | { type: 'looped'; latencies: Float64Array; acked: number; errors: Record<string, number> }
  /**
   * Since the last `count`: reconnections that succeeded, attempts that failed, and why (a few);
   * the last moment a socket lost its connection, the longest from a loss to the reconnection,
   * and the longest from a reconnection to the first `state` after it.
   */
  | {
      type: 'counted'
      reconnects: number
      failedAttempts: number
      reasons: string[]
      lastLostAt: number
      slowestReconnectMs: number
      slowestStateMs: number
    }
  | { type: 'failed'; message: string }

/** One clock for every process of the benchmark. */
export function preciseNow(): number {
  return performance.timeOrigin + performance.now()
}
