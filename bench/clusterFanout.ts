// Fan-out across nodes: displays on node A and on node B, the chair on A. Each
// change is timed twice in the same iteration: until the last display on A
// holds the new version (one node: commit, then A's own fan-out) and until the
// last display on B does (A's commit, the events through Redis, B applying
// them and fanning out to its own displays). The first is the baseline of the
// second, measured on the same change with the same load on the machine.
import { preciseNow } from './messages'
import type { Options } from './options'
import { must, type Peer } from './peer'
import { sleep, type ServerChild } from './processes'
import { summarize, type Summary } from './stats'
import { WorkerPool } from './workers'

export interface ClusterFanoutResult {
  /** Displays on each node. */
  n: number
  /** Until the last display on the chair's node holds the change. */
  sameNode: Summary
  /** Until the last display on the other node holds it. */
  otherNode: Summary
  /** Per iteration, the other node's time minus the chair's node's: what the hop through Redis adds. */
  hop: Summary
  /** Node A's own time per command (parse, decide, PostgreSQL commit), from its log. */
  commandMs: Summary
  /** From asking the workers to connect to the last display holding its first `state`, per node. */
  connectMs: { a: number; b: number }
}

export async function clusterFanout(a: ServerChild, b: ServerChild, chair: Peer, options: Options): Promise<ClusterFanoutResult> {
  const n = options.clusterDisplays
  const pools: WorkerPool[] = []
  try {
    const poolA = await WorkerPool.start(options.clusterWorkers)
    pools.push(poolA)
    const poolB = await WorkerPool.start(options.clusterWorkers)
    pools.push(poolB)
    const connectMs = { a: await connect(poolA, a, n, options), b: await connect(poolB, b, n, options) }
    await sleep(options.settleMs)

    let version = chair.state.version
    let sign = 1
    const sameNode: number[] = []
    const otherNode: number[] = []
    const hop: number[] = []
    for (let round = 0; round < options.warmup + options.clusterIterations; round++) {
      if (round === options.warmup) a.commandMs.length = 0
      const expected = version + 1
      const reachedA = poolA.reached(expected, 60_000)
      const reachedB = poolB.reached(expected, 60_000)
      sign = -sign
      const started = preciseNow()
      // add-time ±30 s, as in the one-node fan-out: a real change of the display view, nothing else moving.
      const acked = must(chair, { type: 'add-time', seconds: 30 * sign })
      const [atA, atB] = await Promise.all([reachedA, reachedB])
      version = (await acked).version
      if (version !== expected) throw new Error(`expected version ${expected}, node A made ${version}`)
      if (round >= options.warmup) {
        sameNode.push(atA - started)
        otherNode.push(atB - started)
        hop.push(atB - atA)
      }
      const rest = options.minGapMs - (preciseNow() - started)
      if (rest > 0) await sleep(rest)
    }
    return {
      n,
      sameNode: summarize(sameNode),
      otherNode: summarize(otherNode),
      hop: summarize(hop),
      commandMs: summarize(a.commandMs),
      connectMs,
    }
  } finally {
    await Promise.all(pools.map((pool) => pool.close()))
  }
}

/** N displays on one node from cold; resolves with how long until the last holds its first `state`. */
async function connect(pool: WorkerPool, node: ServerChild, n: number, options: Options): Promise<number> {
  const started = preciseNow()
  const connected = await pool.connect(node.url, new Array<null>(n).fill(null), options.concurrency)
  if (connected.count !== n) {
    throw new Error(`only ${connected.count} of ${n} displays connected to ${node.url}: ${connected.failures.join('; ')}`)
  }
  return connected.at - started
}
