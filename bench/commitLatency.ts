// The floor under every durable ack: the server's own SQLite store appending
// one event per transaction (WAL, synchronous = FULL, so one fsync each),
// timed in this process with nothing else going on.
import type { DomainEvent } from '@floor/shared'
import { sqliteStore } from '../server/src/store/sqliteStore'
import { tempDir } from './processes'
import { summarize, type Summary } from './stats'

export async function commitLatency(count = 2000): Promise<Summary> {
  const store = sqliteStore(tempDir('commit'))
  try {
    const times: number[] = []
    for (let version = 1; version <= count; version++) {
      const event: DomainEvent = { type: 'request-withdrawn', requestId: `r${version}`, segmentId: 'panel-1', version, at: Date.now() }
      const started = performance.now()
      await store.append('bench', [event])
      times.push(performance.now() - started)
    }
    return summarize(times)
  } finally {
    await store.close()
  }
}
