import type { Database } from 'better-sqlite3'
import { replay, summaryOf, type DomainEvent } from '@floor/shared'

/** `PRAGMA user_version` of a data folder this code writes; version 1 had one meeting and no version. */
export const schemaVersion = 3

/** Schema 3: written statements' files (section 9), per meeting; their metadata is in the log. */
const statementFilesTable = `
  CREATE TABLE IF NOT EXISTS statement_files (
    meeting_id   TEXT    NOT NULL,
    statement_id TEXT    NOT NULL,
    content_type TEXT    NOT NULL,
    bytes        INTEGER NOT NULL,
    body         BLOB    NOT NULL,
    PRIMARY KEY (meeting_id, statement_id)
  );
`

export const schema = `
  CREATE TABLE IF NOT EXISTS events (
    seq        INTEGER PRIMARY KEY,
    meeting_id TEXT    NOT NULL,
    version    INTEGER NOT NULL,
    type       TEXT    NOT NULL,
    at         INTEGER NOT NULL,
    body       TEXT    NOT NULL
  );
  CREATE INDEX IF NOT EXISTS events_by_meeting ON events (meeting_id, seq);
  CREATE TABLE IF NOT EXISTS snapshots (
    meeting_id TEXT    PRIMARY KEY,
    seq        INTEGER NOT NULL, -- the last event the snapshot includes
    format     INTEGER NOT NULL,
    state      TEXT    NOT NULL
  );
  CREATE TABLE IF NOT EXISTS meetings (
    id      TEXT PRIMARY KEY,
    summary TEXT NOT NULL    -- the catalogue's line, JSON; rowid keeps the order of creation
  );
  CREATE TABLE IF NOT EXISTS settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
` + statementFilesTable

/** A version-2 data folder gains the statements' table; nothing else changes. */
export function migrateToSchema3(db: Database): void {
  db.exec(statementFilesTable)
}

/**
 * A version-1 data folder held one meeting: its events get that meeting's id,
 * it becomes the default meeting and enters the catalogue. Its chair token
 * (setting `chairToken`) and tablet tokens (in the log) stay valid. All in one
 * transaction: a crash half-way leaves the folder as it was.
 */
export function migrateToSchema2(db: Database): void {
  db.transaction(() => {
    const bodies = db.prepare('SELECT body FROM events ORDER BY seq').pluck().all() as string[]
    const events = bodies.map((body) => JSON.parse(body) as DomainEvent)
    const state = replay(events)
    const meetingId = state.meeting.id
    db.exec("ALTER TABLE events ADD COLUMN meeting_id TEXT NOT NULL DEFAULT ''")
    db.prepare('UPDATE events SET meeting_id = ?').run(meetingId)
    // Version 1's snapshots hold a state of another shape: the log alone is replayed.
    db.exec('DROP TABLE IF EXISTS snapshots')
    db.exec(schema)
    if (events.length > 0) {
      db.prepare('INSERT INTO meetings (id, summary) VALUES (?, ?)').run(meetingId, JSON.stringify(summaryOf(state)))
      db.prepare('INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)').run('defaultMeetingId', meetingId)
    }
  })()
}
