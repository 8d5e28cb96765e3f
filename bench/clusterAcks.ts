// Durable acks on PostgreSQL: the chair on node A sends add-time ±30 s back to
// back, each awaiting its ack (`ok: true` only after PostgreSQL's COMMIT). The
// floor under it is measured in the same run on the same database: one event
// inserted and committed with `pg` directly, in a table of its own, with
// nothing else going on.
import pg from 'pg'
import type { DomainEvent } from '@floor/shared'
import { postgresStore } from '../server/src/store/postgresStore'
import { preciseNow } from './messages'
import type { Options } from './options'
import type { Peer } from './peer'
import type { ServerChild } from './processes'
import { summarize, type Summary } from './stats'

export interface ClusterAckResult {
  /** One INSERT in its own transaction (one round trip), from this process over one connection. */
  commit: Summary
  /** The server's own `postgresStore` appending one event, from this process: the store's statement alone. */
  storeAppend: Summary
  seconds: number
  acked: number
  perSecond: number
  latency: Summary
  /** Node A's own time per command (parse, decide, commit), from its log. */
  serverMs: Summary
  errors: Record<string, number>
}

export async function clusterAcks(a: ServerChild, chair: Peer, databaseUrl: string, options: Options): Promise<ClusterAckResult> {
  const commit = await bareCommit(databaseUrl)
  const storeAppend = await appendLatency(databaseUrl)
  a.commandMs.length = 0
  const latencies: number[] = []
  const errors: Record<string, number> = {}
  let sign = 1
  const started = preciseNow()
  const deadline = started + options.clusterAckSeconds * 1000
  while (preciseNow() < deadline) {
    sign = -sign
    const sent = preciseNow()
    const ack = await chair.send({ type: 'add-time', seconds: 30 * sign })
    if (ack.ok) latencies.push(preciseNow() - sent)
    else errors[ack.error.code] = (errors[ack.error.code] ?? 0) + 1
  }
  const seconds = (preciseNow() - started) / 1000
  return {
    commit,
    storeAppend,
    seconds,
    acked: latencies.length,
    perSecond: latencies.length / seconds,
    latency: summarize(latencies),
    serverMs: summarize(a.commandMs),
    errors,
  }
}

/**
 * One event, one statement, its own transaction (INSERT then COMMIT in one
 * round trip), as postgresStore appends: the least a durable ack on this
 * database can take. A table of its own, shaped like the store's `events`.
 */
async function bareCommit(databaseUrl: string, count = 1000): Promise<Summary> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    await client.query('DROP TABLE IF EXISTS bench_commit')
    await client.query(
      'CREATE TABLE bench_commit (meeting_id text NOT NULL, version integer NOT NULL, idx integer NOT NULL, type text NOT NULL, at bigint NOT NULL, body text NOT NULL, PRIMARY KEY (meeting_id, version, idx))',
    )
    const insert = 'INSERT INTO bench_commit (meeting_id, version, idx, type, at, body) VALUES ($1, $2, 0, $3, $4, $5)'
    const times: number[] = []
    for (let version = 1; version <= count; version++) {
      const event = { type: 'time-added', seconds: 30, version, at: Date.now() }
      const started = performance.now()
      await client.query({ name: 'bench-commit', text: insert, values: ['bench', version, event.type, event.at, JSON.stringify(event)] })
      times.push(performance.now() - started)
    }
    await client.query('DROP TABLE bench_commit')
    return summarize(times)
  } finally {
    await client.end()
  }
}

/** The store's own append (its one statement: the events and, when given, the catalogue's line), for a meeting no node serves. */
async function appendLatency(databaseUrl: string, count = 1000): Promise<Summary> {
  const store = await postgresStore(databaseUrl, { poolSize: 1 })
  try {
    const times: number[] = []
    for (let version = 1; version <= count; version++) {
      const event: DomainEvent = { type: 'request-withdrawn', requestId: `r${version}`, segmentId: 'panel-1', version, at: Date.now() }
      const started = performance.now()
      await store.append('bench-store-append', [event])
      times.push(performance.now() - started)
    }
    return summarize(times)
  } finally {
    await store.close()
  }
}
