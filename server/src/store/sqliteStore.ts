import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { DomainEvent } from '@floor/shared'
import type { EventStore } from './eventStore'

const schema = `
  CREATE TABLE IF NOT EXISTS events (
    seq     INTEGER PRIMARY KEY,
    version INTEGER NOT NULL,
    type    TEXT    NOT NULL,
    at      INTEGER NOT NULL,
    body    TEXT    NOT NULL
  );
  CREATE TABLE IF NOT EXISTS settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
`

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
