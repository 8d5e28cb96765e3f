// The byte size of the `state` message as the list grows, and the proof that
// a running timer costs no traffic: the clock runs in the clients.
import type { Options } from './options'
import { connectPeer, must, type Peer } from './peer'
import { sleep, startFloor, stop, tempDir } from './processes'
import { delegations, segmentId } from './room'

export interface SizeResult {
  waiting: number
  displayBytes: number
  chairBytes: number
  delegateBytes: number
}

export interface TicksResult {
  seconds: number
  /** Socket.IO messages (anything but engine.io's ping and pong) per second. */
  messagesPerSecond: number
  heartbeats: number
}

export async function sizesAndTicks(options: Options): Promise<{ sizes: SizeResult[]; ticks: TicksResult | null }> {
  const server = await startFloor({
    dataDir: tempDir('sizes'),
    chairToken: options.chairToken,
    // Filling a list of 200 at once is what a limiter is for; here it would only make the setup slow.
    rateLimit: options.ackRateLimit,
  })
  const chair = await connectPeer(server.url, { token: options.chairToken })
  const peers: Peer[] = [chair]
  try {
    await must(chair, { type: 'set-segment', segmentId })
    const roster = await delegations(chair, server.url, 201)
    const tablet = await connectPeer(server.url, {
      token: String((await must(chair, { type: 'issue-token', delegationId: roster[0]!.id })).token),
    })
    const display = await connectPeer(server.url)
    peers.push(tablet, display)

    const sizes: SizeResult[] = []
    let waiting = 0
    for (const target of [50, 200]) {
      let version = 0
      for (; waiting < target; waiting++) {
        version = (await must(chair, { type: 'request-floor', delegationId: roster[waiting]!.id })).version
      }
      await Promise.all(peers.map((peer) => peer.version(version)))
      sizes.push({ waiting, displayBytes: display.stateBytes, chairBytes: chair.stateBytes, delegateBytes: tablet.stateBytes })
    }

    if (!options.only.has('ticks')) return { sizes, ticks: null }
    // A speaker on the floor, the timer running, and then nothing at all happens.
    const given = await must(chair, { type: 'next' })
    await display.version(given.version)
    if (display.state.floor?.timer.runningSince == null) throw new Error('the timer is not running')
    return { sizes, ticks: await countMessages(display, options.ticksSeconds) }
  } finally {
    for (const peer of peers) peer.close()
    await stop(server.process)
  }
}

/** Counts what reaches a display at the engine.io level, heartbeats apart. */
async function countMessages(display: Peer, seconds: number): Promise<TicksResult> {
  let messages = 0
  let heartbeats = 0
  const onPacket = (packet: { type: string }) => {
    if (packet.type === 'ping' || packet.type === 'pong') heartbeats += 1
    else messages += 1
  }
  display.socket.io.engine.on('packet', onPacket)
  await sleep(seconds * 1000)
  display.socket.io.engine.off('packet', onPacket)
  return { seconds, messagesPerSecond: messages / seconds, heartbeats }
}
