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
  /** From the kill to the chair's ack of the change, on the surviving node. */
  ackMs: number
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
    const onVictim = (await cluster.haproxy.servers()).get(cluster.victimName)?.sessions ?? NaN

    const expected = chair.state.version + 1
    // Told before the kill, so that no state can arrive before the workers watch for it.
    const reached = pool.reached(expected, allWithinMs)
    reached.catch(() => {}) // awaited below, after the ack
    const killedAt = preciseNow()
    process.kill(victim.pid, 'SIGKILL')
    const down = cluster.haproxy.until(cluster.victimName, 'DOWN', allWithinMs, 25).then(() => preciseNow() - killedAt)
    const ack = await must(chair, { type: 'add-time', seconds: expected % 2 === 0 ? 30 : -30 })
    const ackMs = preciseNow() - killedAt
    if (ack.version !== expected) throw new Error(`expected version ${expected}, node ${cluster.survivor.url} made ${ack.version}`)
    let ms = NaN
    let problem: string | undefined
    try {
      ms = (await reached) - killedAt
    } catch (error) {
      problem = String(error)
    }
    const downMs = await down.catch(() => NaN)
    return { ms, onVictim, downMs, ackMs, ...(problem ? { problem } : {}) }
  } finally {
    await pool.close()
  }
}
