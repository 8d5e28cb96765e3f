import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { DomainEvent, MeetingState } from '@floor/shared'
import type { EventStore } from './eventStore'

const schema = `
  CREATE TABLE IF NOT EXISTS events (
    seq     INTEGER PRIMARY KEY,
    version INTEGER NOT NULL,
    type    TEXT    NOT NULL,
    at      INTEGER NOT NULL,
    body    TEXT    NOT NULL
  );
  CREATE TABLE IF NOT EXISTS snapshots (
    seq    INTEGER PRIMARY KEY, -- the last event the snapshot includes
    format INTEGER NOT NULL,
    state  TEXT    NOT NULL
  );
  CREATE TABLE IF NOT EXISTS settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
`

/**
 * The shape of the state a snapshot holds. Bump it whenever `MeetingState` or
 * `evolve` changes: older snapshots are then ignored and the log replayed whole.
 */
export const snapshotFormat = 1

/** The append-only event log in one SQLite file under the data folder. */
export function sqliteStore(dataDir: string): EventStore & { path: string; pragmas(): { journalMode: string; synchronous: number } } {
  mkdirSync(dataDir, { recursive: true })
  const path = join(dataDir, 'floor.sqlite')
  const db = new Database(path)
  // Set on every open: better-sqlite3 reopens an existing WAL database with
  // synchronous=NORMAL, which may lose the last commits on a power cut.
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.exec(schema)

  const insert = db.prepare('INSERT INTO events (version, type, at, body) VALUES (?, ?, ?, ?)')
  const appendBatch = db.transaction((events: readonly DomainEvent[]) => {
    for (const event of events) insert.run(event.version, event.type, event.at, JSON.stringify(event))
  })
  const selectAll = db.prepare('SELECT body FROM events ORDER BY seq').pluck()
  const selectAfter = db.prepare('SELECT body FROM events WHERE seq > ? ORDER BY seq').pluck()
  const selectSnapshot = db.prepare('SELECT seq, state FROM snapshots WHERE format = ? ORDER BY seq DESC LIMIT 1')
  const insertSnapshot = db.prepare(
    'INSERT OR REPLACE INTO snapshots (seq, format, state) SELECT coalesce(max(seq), 0), ?, ? FROM events',
  )
  const pruneSnapshots = db.prepare('DELETE FROM snapshots WHERE seq < (SELECT max(seq) FROM snapshots)')
  const saveSnapshot = db.transaction((state: MeetingState) => {
    insertSnapshot.run(snapshotFormat, JSON.stringify(state))
    pruneSnapshots.run()
  })
  const selectAny = db.prepare('SELECT 1 FROM events LIMIT 1').pluck()
  const selectSetting = db.prepare('SELECT value FROM settings WHERE key = ?').pluck()
  const upsertSetting = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  )

  return {
    path,
    append: (events) => {
      if (events.length > 0) appendBatch(events)
    },
    *load() {
      for (const body of selectAll.iterate()) yield JSON.parse(body as string) as DomainEvent
    },
    loadForRestart: () => {
      const row = selectSnapshot.get(snapshotFormat) as { seq: number; state: string } | undefined
      return {
        snapshot: row ? (JSON.parse(row.state) as MeetingState) : null,
        // Lazily: the query runs only when the events are read.
        events: (function* () {
          const bodies = row ? selectAfter.iterate(row.seq) : selectAll.iterate()
          for (const body of bodies) yield JSON.parse(body as string) as DomainEvent
        })(),
      }
    },
    saveSnapshot: (state) => {
      saveSnapshot(state)
    },
    isEmpty: () => selectAny.get() === undefined,
    getSetting: (key) => selectSetting.get(key) as string | undefined,
    setSetting: (key, value) => {
      upsertSetting.run(key, value)
    },
    close: () => {
      if (db.open) db.close()
    },
    /** The durability this connection runs with (synchronous 2 is FULL). */
    pragmas: () => ({
      journalMode: String(db.pragma('journal_mode', { simple: true })),
      synchronous: Number(db.pragma('synchronous', { simple: true })),
    }),
  }
}
