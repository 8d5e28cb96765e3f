// Several nodes (PROTOCOL.md section 8): PostgreSQL 15 and Redis started on
// free ports in temporary folders (clusterEngines.ts), two Floor nodes
// on them with the same settings, and then three measures, each against a
// baseline taken in the same run: durable acks against a bare PostgreSQL
// commit, fan-out to the other node's displays against the chair's own
// node's, and, with HAProxy in front, the time from a node's kill -9 until
// every display holds the next change.
import { freshDatabase, startPostgres, startRedis, type BenchEngine } from './clusterEngines'
import { clusterAcks, type ClusterAckResult } from './clusterAcks'
import { failover, type FailoverResult } from './clusterFailover'
import { clusterFanout, type ClusterFanoutResult } from './clusterFanout'
import { startHaproxy, type Haproxy } from './clusterHaproxy'
import type { Options } from './options'
import { connectPeer, type Peer } from './peer'
import { startFloor, stop, tempDir, type ServerChild } from './processes'
import { roomInSession } from './room'

export interface ClusterResult {
  acks: ClusterAckResult
  fanout: ClusterFanoutResult
  failover: FailoverResult
}

export async function cluster(options: Options, log: (message: string) => void): Promise<ClusterResult> {
  const engines: BenchEngine[] = []
  const nodes: ServerChild[] = []
  let chair: Peer | undefined
  let haproxy: Haproxy | undefined
  try {
    log('cluster: starting PostgreSQL and Redis')
    const postgres = await startPostgres()
    engines.push(postgres)
    const redis = await startRedis()
    engines.push(redis)
    const databaseUrl = await freshDatabase(postgres)
    const adminToken = `${options.chairToken}-admin`
    let index = 0
    /** A node on the shared database and Redis; the same settings for all, a data folder each. */
    const node = async (port?: number) => {
      const started = await startFloor({
        dataDir: tempDir('cluster-node'),
        chairToken: options.chairToken,
        adminToken,
        rateLimit: options.ackRateLimit,
        databaseUrl,
        redisUrl: redis.url,
        ...(port === undefined ? {} : { port }),
        nodeFlags: options.profileFlags('cluster', ++index),
      })
      nodes.push(started)
      return started
    }
    // One after the other: the first seeds the demo meeting in the database, the second finds it there.
    const a = await node()
    const b = await node()
    chair = await connectPeer(a.url, { token: options.chairToken })
    await roomInSession(chair, a.url, options.waiting)

    log(`cluster: durable acks on PostgreSQL, the chair on node A for ${options.clusterAckSeconds} s`)
    // The room's screens, one on each node, get every change meanwhile.
    const screens = [await connectPeer(a.url), await connectPeer(b.url)]
    const acks = await clusterAcks(a, chair, databaseUrl, options)
    for (const screen of screens) screen.close()

    log(`cluster: fan-out to ${options.clusterDisplays} displays on each node, the chair on node A`)
    const fanout = await clusterFanout(a, b, chair, options)

    log(`cluster: failover of ${options.failoverDisplays} displays behind HAProxy, ${options.failoverTrials} kill(s) of node B`)
    haproxy = await startHaproxy([a.port, b.port])
    const failed = await failover(
      { haproxy, survivor: a, victim: b, victimName: haproxy.names[1]!, restart: (port) => node(port) },
      chair,
      options,
    )
    return { acks, fanout, failover: failed }
  } finally {
    chair?.close()
    if (haproxy) await stop(haproxy.process)
    await Promise.all(nodes.map((n) => stop(n.process)))
    await Promise.all(engines.map((engine) => engine.stop()))
  }
}
