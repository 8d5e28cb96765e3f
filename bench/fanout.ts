// Fan-out: from the chair's command to the moment the last of N displays holds
// the new version, for Floor and for the bare Socket.IO baseline. Both servers
// run side by side with N displays each and the iterations alternate between
// them (ABBA), so that whatever else the machine is doing weighs on both alike.
// The connection-time and memory-per-client figures are measured on the way.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { io, type Socket } from 'socket.io-client'
import { preciseNow } from './messages'
import type { Options } from './options'
import { startNeighbour, type Neighbour } from './neighbour'
import { connectPeer, must, type Peer } from './peer'
import { rssKiB, sleep, startBaseline, startFloor, stop, tempDir, type ServerChild } from './processes'
import { roomInSession } from './room'
import { summarize, type Summary } from './stats'
import { WorkerPool } from './workers'

export interface ServerRun {
  latency: Summary
  /** From asking the workers to connect to the last display holding its first `state`. */
  connectMs: number
  /** The longest single handshake: about 1,000 or 3,000 ms means a dropped SYN was retried. */
  slowestHandshakeMs: number
  rssBeforeKiB: number
  rssAfterKiB: number
}

export interface FanoutResult {
  n: number
  /** Floor's own time per command in the measured iterations: parse, decide, commit (from its log). */
  floorCommandMs: Summary
  /** Changes made in the second meeting running beside the measured one while it was measured. */
  neighbourChanges: number
  /** The display `state` message with the room in session: a speaker and `waiting` requests. */
  payloadBytes: number
  baselinePayloadBytes: number
  floor: ServerRun
  baseline: ServerRun
}

/** One of the two servers under test, with its own displays and its own way to make a change. */
interface Contender {
  server: ServerChild
  pool: WorkerPool
  version: number
  /** Makes one change; resolves with the version the server acknowledged. */
  fire: () => Promise<number>
  latencies: number[]
  connectMs: number
  slowestHandshakeMs: number
  rssBeforeKiB: number
  rssAfterKiB: number
}

export async function fanout(n: number, options: Options): Promise<FanoutResult> {
  const iterations = n >= 5000 ? options.bigIterations : options.iterations
  const dataDir = tempDir(`fanout-${n}`)
  const servers: ServerChild[] = []
  const pools: WorkerPool[] = []
  let chair: Peer | undefined
  let trigger: Socket | undefined
  let neighbour: Neighbour | undefined
  try {
    const adminToken = `${options.chairToken}-admin`
    const floorServer = await startFloor({ dataDir, chairToken: options.chairToken, adminToken, nodeFlags: options.profileFlags('fanout', n) })
    servers.push(floorServer)
    neighbour = await startNeighbour(floorServer.url, adminToken)
    chair = await connectPeer(floorServer.url, { token: options.chairToken })
    await roomInSession(chair, floorServer.url, options.waiting)
    const probe = await connectPeer(floorServer.url)
    probe.close()
    const payloadFile = join(dataDir, 'display-state.json')
    writeFileSync(payloadFile, JSON.stringify(probe.state))

    const baselineServer = await startBaseline(payloadFile)
    servers.push(baselineServer)
    const baselineProbe = await connectPeer(baselineServer.url)
    baselineProbe.close()
    trigger = await triggerSocket(baselineServer.url)

    // add-time alternating +30 s and -30 s: a real change of the display view with nothing else moving.
    let sign = 1
    const floorChair = chair
    const floor = await contender(floorServer, chair.state.version, options, pools, async () => {
      sign = -sign
      return (await must(floorChair, { type: 'add-time', seconds: 30 * sign })).version
    })
    const baselineTrigger = trigger
    const baseline = await contender(baselineServer, baselineProbe.state.version, options, pools, async () => {
      return ((await baselineTrigger.timeout(30_000).emitWithAck('go')) as { version: number }).version
    })

    for (const c of [floor, baseline]) await connectDisplays(c, n, options)
    await sleep(options.settleMs)
    for (const c of [floor, baseline]) c.rssAfterKiB = rssKiB(c.server.pid)

    for (let round = 0; round < options.warmup + iterations; round++) {
      if (round === options.warmup) floorServer.commandMs.length = 0
      for (const c of round % 2 === 0 ? [floor, baseline] : [baseline, floor]) {
        const started = preciseNow()
        const latency = await iterate(c)
        if (round >= options.warmup) c.latencies.push(latency)
        // Floor's chair gets a command every other iteration: well under its default limit of 20 a second.
        const rest = options.minGapMs - (preciseNow() - started)
        if (rest > 0) await sleep(rest)
      }
    }
    await neighbour.stop()
    return {
      n,
      neighbourChanges: neighbour.changes,
      floorCommandMs: summarize(floorServer.commandMs),
      payloadBytes: probe.stateBytes,
      baselinePayloadBytes: baselineProbe.stateBytes,
      floor: run(floor),
      baseline: run(baseline),
    }
  } finally {
    await neighbour?.stop()
    chair?.close()
    trigger?.disconnect()
    await Promise.all(pools.map((pool) => pool.close()))
    await Promise.all(servers.map((server) => stop(server.process)))
  }
}

async function contender(
  server: ServerChild,
  version: number,
  options: Options,
  pools: WorkerPool[],
  fire: () => Promise<number>,
): Promise<Contender> {
  const pool = await WorkerPool.start(options.workers)
  pools.push(pool)
  return { server, pool, version, fire, latencies: [], connectMs: NaN, slowestHandshakeMs: NaN, rssBeforeKiB: NaN, rssAfterKiB: NaN }
}

/** The baseline's stand-in for the chair: it never joins the displays' room. */
async function triggerSocket(url: string): Promise<Socket> {
  const socket = io(url, { auth: { trigger: true }, transports: ['websocket'], forceNew: true, reconnection: false })
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve)
    socket.once('connect_error', reject)
  })
  return socket
}

/** N displays from cold, timed, with the server's resident memory read just before. */
async function connectDisplays(c: Contender, n: number, options: Options): Promise<void> {
  await sleep(options.settleMs)
  c.rssBeforeKiB = rssKiB(c.server.pid)
  const started = preciseNow()
  const connected = await c.pool.connect(c.server.url, new Array<null>(n).fill(null), options.concurrency)
  if (connected.count !== n) {
    throw new Error(`only ${connected.count} of ${n} displays connected: ${connected.failures.join('; ')}`)
  }
  c.connectMs = connected.at - started
  c.slowestHandshakeMs = connected.slowestMs
}

/** One change: from just before the emit to the last display holding the new version. */
async function iterate(c: Contender): Promise<number> {
  const expected = c.version + 1
  const reached = c.pool.reached(expected, 60_000)
  const started = preciseNow()
  const acked = c.fire()
  const at = await reached
  c.version = await acked
  if (c.version !== expected) throw new Error(`expected version ${expected}, the server made ${c.version}`)
  return at - started
}

function run(c: Contender): ServerRun {
  const { latencies, connectMs, slowestHandshakeMs, rssBeforeKiB, rssAfterKiB } = c
  return { latency: summarize(latencies), connectMs, slowestHandshakeMs, rssBeforeKiB, rssAfterKiB }
}
