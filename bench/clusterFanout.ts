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
  /**
   * From node A's log line of the change to node B's (both `Date.now()`, 1 ms resolution):
   * the events through Redis and B applying them.
   */
  transport: Summary
  /** From node B's log line of the change to its last display holding it: B's own fan-out. */
  otherFanout: Summary
  /** The same on node A, from its log line of the change. */
  sameFanout: Summary
  /** Node A's own time per command (parse, decide, PostgreSQL commit), from its log. */
  commandMs: Summary
  /** From asking the workers to connect to the last display holding its first `state`, per node. */
  connectMs: { a: number; b: number }
}

export async function clusterFanout(a: ServerChild, b: ServerChild, chair: Peer, options: Options): Promise<ClusterFanoutResult> {
  const n = options.clusterDisplays
  const pools: WorkerPool[] = []
  let logA: Logged | undefined
  let logB: Logged | undefined
  try {
    const poolA = await WorkerPool.start(options.clusterWorkers)
    pools.push(poolA)
    const poolB = await WorkerPool.start(options.clusterWorkers)
    pools.push(poolB)
    const connectMs = { a: await connect(poolA, a, n, options), b: await connect(poolB, b, n, options) }
    await sleep(options.settleMs)
    logA = loggedAt(a, '"command accepted"')
    logB = loggedAt(b, '"change from another node"')

    let version = chair.state.version
    let sign = 1
    const sameNode: number[] = []
    const otherNode: number[] = []
    const hop: number[] = []
    const transport: number[] = []
    const otherFanout: number[] = []
    const sameFanout: number[] = []
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
        const [loggedA, loggedB] = [logA!.at.get(expected), logB!.at.get(expected)]
        if (loggedA !== undefined && loggedB !== undefined) transport.push(loggedB - loggedA)
        if (loggedB !== undefined) otherFanout.push(atB - loggedB)
        if (loggedA !== undefined) sameFanout.push(atA - loggedA)
      }
      const rest = options.minGapMs - (preciseNow() - started)
      if (rest > 0) await sleep(rest)
    }
    return {
      n,
      sameNode: summarize(sameNode),
      otherNode: summarize(otherNode),
      hop: summarize(hop),
      transport: summarize(transport),
      otherFanout: summarize(otherFanout),
      sameFanout: summarize(sameFanout),
      commandMs: summarize(a.commandMs),
      connectMs,
    }
  } finally {
    logA?.stop()
    logB?.stop()
    await Promise.all(pools.map((pool) => pool.close()))
  }
}

interface Logged {
  /** By version: the `time` of the node's log line for that change. */
  at: Map<number, number>
  stop(): void
}

/** Reads a node's log (pino's JSON lines on its stdout) for the lines of one message. */
function loggedAt(node: ServerChild, message: string): Logged {
  const at = new Map<number, number>()
  let partial = ''
  const onData = (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) {
      if (!line.includes(message)) continue
      const { version, time } = JSON.parse(line) as { version?: unknown; time?: unknown }
      if (typeof version === 'number' && typeof time === 'number') at.set(version, time)
    }
  }
  node.process.stdout?.on('data', onData)
  return { at, stop: () => node.process.stdout?.off('data', onData) }
}

/**
 * N displays on one node from cold; resolves with how long until the last holds its first `state`.
 * They skim their states (skimmingParser.ts), as the ack benchmark's tablets do: two thousand
 * simulated displays parsing every view on the two cores both nodes use would weigh on the
 * figures as much as the servers do; a real display parses on its own CPU.
 */
async function connect(pool: WorkerPool, node: ServerChild, n: number, options: Options): Promise<number> {
  const started = preciseNow()
  const connected = await pool.connect(node.url, new Array<null>(n).fill(null), options.concurrency, true)
  if (connected.count !== n) {
    throw new Error(`only ${connected.count} of ${n} displays connected to ${node.url}: ${connected.failures.join('; ')}`)
  }
  return connected.at - started
}
