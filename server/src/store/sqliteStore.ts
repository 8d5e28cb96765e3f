import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { DomainEvent, MeetingState, MeetingSummary } from '@floor/shared'
import type { EventStore } from './eventStore'
import { migrateToSchema2, schema, schemaVersion } from './sqliteSchema'

/**
 * The shape of the state a snapshot holds. Bump it whenever `MeetingState` or
 * `evolve` changes: older snapshots are then ignored and the log replayed whole.
 */
export const snapshotFormat = 2

export type SqliteStore = EventStore & { path: string; pragmas(): { journalMode: string; synchronous: number } }

/** The append-only event log of every meeting in one SQLite file under the data folder. */
export function sqliteStore(dataDir: string): SqliteStore {
  mkdirSync(dataDir, { recursive: true })
  const path = join(dataDir, 'floor.sqlite')
  const db = new Database(path)
  // Set on every open: better-sqlite3 reopens an existing WAL database with
  // synchronous=NORMAL, which may lose the last commits on a power cut.
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  const version = Number(db.pragma('user_version', { simple: true }))
  const isVersion1 = version === 0 && db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'events'").get() !== undefined
  if (isVersion1) migrateToSchema2(db)
  else if (version === 0) db.exec(schema)
  db.pragma(`user_version = ${schemaVersion}`)

  const insert = db.prepare('INSERT INTO events (meeting_id, version, type, at, body) VALUES (?, ?, ?, ?, ?)')
  const upsertMeeting = db.prepare(
    `INSERT INTO meetings (id, summary) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET summary = excluded.summary`,
  )
  const appendBatch = db.transaction((meetingId: string, events: readonly DomainEvent[], summary?: MeetingSummary) => {
    for (const event of events) insert.run(meetingId, event.version, event.type, event.at, JSON.stringify(event))
    if (summary) upsertMeeting.run(meetingId, JSON.stringify(summary))
  })
  const selectAll = db.prepare('SELECT body FROM events WHERE meeting_id = ? ORDER BY seq').pluck()
  const selectAfter = db.prepare('SELECT body FROM events WHERE meeting_id = ? AND seq > ? ORDER BY seq').pluck()
  const selectSnapshot = db.prepare('SELECT seq, state FROM snapshots WHERE meeting_id = ? AND format = ?')
  const saveSnapshot = db.prepare(
    `INSERT OR REPLACE INTO snapshots (meeting_id, seq, format, state)
     SELECT ?, coalesce(max(seq), 0), ?, ? FROM events WHERE meeting_id = ?`,
  )
  const selectMeetings = db.prepare('SELECT summary FROM meetings ORDER BY rowid').pluck()
  const selectMeeting = db.prepare('SELECT 1 FROM meetings WHERE id = ?').pluck()
  const selectSetting = db.prepare('SELECT value FROM settings WHERE key = ?').pluck()
  const upsertSetting = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  )
  const parse = function* (bodies: Iterable<unknown>): Iterable<DomainEvent> {
    for (const body of bodies) yield JSON.parse(body as string) as DomainEvent
  }

  return {
    path,
    append: (meetingId, events, summary) => {
      if (events.length > 0 || summary) appendBatch(meetingId, events, summary)
    },
    load: (meetingId) => parse(selectAll.iterate(meetingId)),
    loadForRestart: (meetingId) => {
      const row = selectSnapshot.get(meetingId, snapshotFormat) as { seq: number; state: string } | undefined
      return {
        snapshot: row ? (JSON.parse(row.state) as MeetingState) : null,
        // Lazily: the query runs only when the events are read.
        events: parse({ [Symbol.iterator]: () => (row ? selectAfter.iterate(meetingId, row.seq) : selectAll.iterate(meetingId)) }),
      }
    },
    saveSnapshot: (meetingId, state) => {
      saveSnapshot.run(meetingId, snapshotFormat, JSON.stringify(state), meetingId)
    },
    meetings: () => selectMeetings.all().map((summary) => JSON.parse(summary as string) as MeetingSummary),
    hasMeeting: (meetingId) => selectMeeting.get(meetingId) !== undefined,
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
