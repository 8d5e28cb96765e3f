// Failover: displays connect through HAProxy, so they are spread over both
// nodes, and reconnect as the web client does. Node B is killed with
// `kill -9`; right after, the chair (connected to node A directly) makes a
// change. Timed from the kill until every display, those that were on B and
// reconnected through HAProxy included, holds a state with that change.
import { preciseNow } from './messages'
import type { Options } from './options'
import { must, type Peer } from './peer'
import { sleep, type ServerChild } from './processes'
import type { Haproxy } from './clusterHaproxy'
import { summarize, type Summary } from './stats'
import { WorkerPool } from './workers'

export interface FailoverTrial {
  /** From the kill to the last display holding the change made right after it; NaN if not all did in time. */
  ms: number
  /** Displays that HAProxy had on the killed node just before. */
  onVictim: number
  /** From the kill until HAProxy's checks marked the node down. */
  downMs: number
  /** From the kill until the killed process was reaped: the kernel closes its sockets on the way. */
  exitMs: number
  /** From the kill to the chair's ack of the change, on the surviving node. */
  ackMs: number
  /** Statuses other than UP that HAProxy gave the surviving node meanwhile (a check too slow under the load). */
  survivorStatuses: string[]
  /** The displays' reconnections after the kill, and their attempts that failed (each costs a longer back-off). */
  reconnects: number
  failedAttempts: number
  failureReasons: string[]
  /** From the kill until the last display saw its connection close. */
  lastLostMs: number
  /** The longest from a display's loss of its connection to its reconnection (the client's back-off and the handshake). */
  slowestReconnectMs: number
  /** The longest from a reconnection to the first `state` after it. */
  slowestStateMs: number
  /** Why the trial did not finish, when it did not. */
  problem?: string
}

export interface FailoverResult {
  displays: number
  trials: FailoverTrial[]
  /** Over the trials that finished. */
  summary: Summary
}

/** The nodes behind HAProxy by name; `restart` starts a killed one again on its port. */
export interface FailoverCluster {
  haproxy: Haproxy
  survivor: ServerChild
  victim: ServerChild
  victimName: string
  restart(port: number): Promise<ServerChild>
}

const allWithinMs = 30_000

export async function failover(cluster: FailoverCluster, chair: Peer, options: Options): Promise<FailoverResult> {
  const n = options.failoverDisplays
  const trials: FailoverTrial[] = []
  let victim = cluster.victim
  for (let trial = 0; trial < options.failoverTrials; trial++) {
    if (trial > 0) {
      victim = await cluster.restart(victim.port)
      await cluster.haproxy.until(cluster.victimName, 'UP')
    }
    trials.push(await kill(cluster, victim, chair, n, options))
  }
  return { displays: n, trials, summary: summarize(trials.map((t) => t.ms).filter(Number.isFinite)) }
}

async function kill(cluster: FailoverCluster, victim: ServerChild, chair: Peer, n: number, options: Options): Promise<FailoverTrial> {
  const pool = await WorkerPool.start(options.clusterWorkers)
  try {
    const connected = await pool.connect(cluster.haproxy.url, new Array<null>(n).fill(null), options.concurrency, false, 120_000, true)
    if (connected.count !== n) throw new Error(`only ${connected.count} of ${n} displays connected through HAProxy: ${connected.failures.join('; ')}`)
    await pool.reached(chair.state.version, 30_000)
    await sleep(options.settleMs)
    // Both nodes up and steady before the kill: a check that timed out under the connections' load leaves `UP 1/2`.
    for (const name of cluster.haproxy.names) await cluster.haproxy.until(name, 'UP')
    const onVictim = (await cluster.haproxy.servers()).get(cluster.victimName)?.sessions ?? NaN
    await pool.reconnections() // from zero: only what follows the kill

    const expected = chair.state.version + 1
    // Told before the kill, so that no state can arrive before the workers watch for it.
    const reached = pool.reached(expected, allWithinMs)
    reached.catch(() => {}) // awaited below, after the ack
    const exited = new Promise<number>((resolve) => victim.process.once('exit', () => resolve(preciseNow())))
    const killedAt = preciseNow()
    process.kill(victim.pid, 'SIGKILL')
    const statuses = watch(cluster.haproxy, cluster.victimName, killedAt)
    let ackMs = NaN
    let ms = NaN
    let problem: string | undefined
    try {
      const ack = await must(chair, { type: 'add-time', seconds: expected % 2 === 0 ? 30 : -30 })
      ackMs = preciseNow() - killedAt
      if (ack.version !== expected) throw new Error(`expected version ${expected}, node ${cluster.survivor.url} made ${ack.version}`)
      ms = (await reached) - killedAt
    } catch (error) {
      problem = String(error)
    }
    const { downMs, survivorStatuses } = await statuses()
    const counts = await pool.reconnections()
    const exitMs = (await exited) - killedAt
    return {
      ms,
      onVictim,
      downMs,
      exitMs,
      ackMs,
      survivorStatuses,
      reconnects: counts.reconnects,
      failedAttempts: counts.failedAttempts,
      failureReasons: counts.reasons,
      lastLostMs: counts.lastLostAt > 0 ? counts.lastLostAt - killedAt : NaN,
      slowestReconnectMs: counts.slowestReconnectMs,
      slowestStateMs: counts.slowestStateMs,
      ...(problem ? { problem } : {}),
    }
  } finally {
    await pool.close()
  }
}

/**
 * Polls HAProxy's status page every 25 ms from the kill: when it marked the
 * victim down, and whether it doubted any other node meanwhile. The stop
 * function waits, at most 10 s, for the victim to be down.
 */
function watch(haproxy: Haproxy, victim: string, since: number): () => Promise<{ downMs: number; survivorStatuses: string[] }> {
  let downMs = NaN
  let running = true
  const others = new Set<string>()
  const polling = (async () => {
    while (running) {
      const servers = await haproxy.servers().catch(() => undefined)
      for (const [name, { status }] of servers ?? []) {
        if (name === victim && status === 'DOWN' && Number.isNaN(downMs)) downMs = preciseNow() - since
        if (name !== victim && status !== 'UP') others.add(`${name} ${status}`)
      }
      await sleep(25)
    }
  })()
  return async () => {
    const deadline = preciseNow() + 10_000
    while (Number.isNaN(downMs) && preciseNow() < deadline) await sleep(25)
    running = false
    await polling
    return { downMs, survivorStatuses: [...others] }
  }
}
