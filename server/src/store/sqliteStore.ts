import Database from 'better-sqlite3'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { isKnownEventType, type DomainEvent, type MeetingState, type MeetingSummary } from '@floor/shared'
import { damagedStore, exitStatus, StartupProblem } from '../startupProblems'
import { VersionTaken, type EventStore } from './eventStore'
import { damagedSnapshot, readSnapshot, snapshotFormat } from './snapshots'
import { migrateToSchema2, migrateToSchema3, schema, schemaVersion } from './sqliteSchema'

export { snapshotFormat } from './snapshots'

/** Another Floor server holds the data folder: two writers would give the log the same versions twice. */
function dataFolderInUse(dataDir: string, pid: string | undefined): StartupProblem {
  return new StartupProblem(
    `the data folder ${dataDir} is in use by another Floor server${pid ? `, pid ${pid}` : ''}`,
    exitStatus.folderInUse,
  )
}

/**
 * One server per data folder: SQLite's exclusive locking mode takes the
 * database's lock at once and keeps it until the process ends (the kernel
 * releases it after a kill -9 too, so a crash never leaves a stale lock).
 * The holder's pid is written beside it for the message a second server prints.
 */
function holdExclusively(db: Database.Database, dataDir: string): void {
  const pidFile = join(dataDir, 'floor.pid')
  db.pragma('locking_mode = EXCLUSIVE')
  try {
    db.exec('BEGIN EXCLUSIVE; COMMIT')
  } catch (error) {
    db.close()
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error
    throw dataFolderInUse(dataDir, existsSync(pidFile) ? readFileSync(pidFile, 'utf8').trim() : undefined)
  }
  writeFileSync(pidFile, `${process.pid}\n`, { mode: 0o600 })
}

/** The tables a schema-3 store has, and only event types this Floor knows: anything else stops the start. */
function checkIntact(db: Database.Database, path: string): void {
  const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[])
  for (const table of ['events', 'snapshots', 'meetings', 'settings', 'statement_files']) {
    if (!tables.has(table)) throw damagedStore(path, `has lost its ${table} table`)
  }
  for (const type of db.prepare('SELECT DISTINCT type FROM events').pluck().all() as string[]) {
    if (!isKnownEventType(type)) throw damagedStore(path, `holds an event of a type this Floor does not know (${type.slice(0, 40)})`)
  }
}

export type SqliteStore = EventStore & { path: string; pragmas(): { journalMode: string; synchronous: number } }

/** The append-only event log of every meeting in one SQLite file under the data folder. */
export interface SqliteOptions {
  /** Told of what the store skipped but could live without (a damaged snapshot). */
  warn?: (message: string) => void
}

export function sqliteStore(dataDir: string, options: SqliteOptions = {}): SqliteStore {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const path = join(dataDir, 'floor.sqlite')
  const db = new Database(path)
  holdExclusively(db, dataDir)
  // Set on every open: better-sqlite3 reopens an existing WAL database with
  // synchronous=NORMAL, which may lose the last commits on a power cut.
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  const version = Number(db.pragma('user_version', { simple: true }))
  const isVersion1 = version === 0 && db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'events'").get() !== undefined
  if (version > schemaVersion) throw damagedStore(path, `was written by a newer Floor (schema ${version})`)
  if (isVersion1) migrateToSchema2(db)
  else if (version === 0) db.exec(schema)
  else if (version === 2) migrateToSchema3(db)
  db.pragma(`user_version = ${schemaVersion}`)
  checkIntact(db, path)
  // The folder holds tokens: its files are the server's alone.
  for (const file of ['floor.sqlite', 'floor.sqlite-wal']) if (existsSync(join(dataDir, file))) chmodSync(join(dataDir, file), 0o600)

  const insert = db.prepare('INSERT INTO events (meeting_id, version, type, at, body) VALUES (?, ?, ?, ?, ?)')
  const lastVersion = db.prepare('SELECT version FROM events WHERE meeting_id = ? ORDER BY seq DESC LIMIT 1').pluck()
  const upsertMeeting = db.prepare(
    `INSERT INTO meetings (id, summary) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET summary = excluded.summary`,
  )
  const appendBatch = db.transaction((meetingId: string, events: readonly DomainEvent[], summary?: MeetingSummary) => {
    const first = events[0]
    if (first) {
      // One process writes this file, but the rule is the contract's: the log never takes a version twice.
      const last = lastVersion.get(meetingId) as number | undefined
      if (last !== undefined && last >= first.version) throw new VersionTaken(meetingId, first.version)
    }
    for (const event of events) insert.run(meetingId, event.version, event.type, event.at, JSON.stringify(event))
    if (summary) upsertMeeting.run(meetingId, JSON.stringify(summary))
  })
  const selectAll = db.prepare('SELECT body FROM events WHERE meeting_id = ? ORDER BY seq').pluck()
  const selectAfterSeq = db.prepare('SELECT body FROM events WHERE meeting_id = ? AND seq > ? ORDER BY seq').pluck()
  const selectAfterVersion = db.prepare('SELECT body FROM events WHERE meeting_id = ? AND version > ? ORDER BY seq').pluck()
  const selectSnapshot = db.prepare('SELECT seq, state FROM snapshots WHERE meeting_id = ? AND format = ?')
  // The snapshot ends at the state's last event, even when later events were appended meanwhile.
  const saveSnapshot = db.prepare(
    `INSERT OR REPLACE INTO snapshots (meeting_id, seq, format, state)
     SELECT ?, coalesce(max(seq), 0), ?, ? FROM events WHERE meeting_id = ? AND version <= ?`,
  )
  const selectMeetings = db.prepare('SELECT summary FROM meetings ORDER BY rowid').pluck()
  const selectMeeting = db.prepare('SELECT 1 FROM meetings WHERE id = ?').pluck()
  const selectSetting = db.prepare('SELECT value FROM settings WHERE key = ?').pluck()
  const upsertSetting = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  )
  const insertSettingOnce = db.prepare('INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)')
  const insertFile = db.prepare(
    'INSERT OR REPLACE INTO statement_files (meeting_id, statement_id, content_type, bytes, body) VALUES (?, ?, ?, ?, ?)',
  )
  const selectFile = db.prepare('SELECT content_type AS contentType, body FROM statement_files WHERE meeting_id = ? AND statement_id = ?')
  const deleteFile = db.prepare('DELETE FROM statement_files WHERE meeting_id = ? AND statement_id = ?')
  const parse = (bodies: unknown[]): DomainEvent[] => bodies.map((body) => JSON.parse(body as string) as DomainEvent)

  // Every method works at once, as better-sqlite3 does; `async` only gives the interface its promises
  // (and turns a throw, such as VersionTaken or a full disk, into a rejection).
  return {
    path,
    shared: false,
    append: async (meetingId, events, summary) => {
      if (events.length > 0 || summary) appendBatch(meetingId, events, summary)
    },
    load: async (meetingId) => parse(selectAll.all(meetingId)),
    loadAfter: async (meetingId, version) => parse(selectAfterVersion.all(meetingId, version)),
    loadForRestart: async (meetingId) => {
      let row = selectSnapshot.get(meetingId, snapshotFormat) as { seq: number; state: string } | undefined
      let snapshot: MeetingState | null = null
      if (row) {
        snapshot = readSnapshot(row.state)
        // A snapshot only saves time: a damaged one is passed over and the whole log replayed.
        if (!snapshot) {
          options.warn?.(damagedSnapshot(meetingId))
          row = undefined
        }
      }
      return { snapshot, events: parse(row ? selectAfterSeq.all(meetingId, row.seq) : selectAll.all(meetingId)) }
    },
    saveSnapshot: async (meetingId, state) => {
      saveSnapshot.run(meetingId, snapshotFormat, JSON.stringify(state), meetingId, state.version)
    },
    meetings: async () => selectMeetings.all().map((summary) => JSON.parse(summary as string) as MeetingSummary),
    hasMeeting: async (meetingId) => selectMeeting.get(meetingId) !== undefined,
    getSetting: async (key) => selectSetting.get(key) as string | undefined,
    setSetting: async (key, value) => {
      upsertSetting.run(key, value)
    },
    claimSetting: async (key, value) => {
      insertSettingOnce.run(key, value)
      return selectSetting.get(key) as string
    },
    saveStatementFile: async (meetingId, statementId, file) => {
      insertFile.run(meetingId, statementId, file.contentType, file.body.byteLength, Buffer.from(file.body.buffer, file.body.byteOffset, file.body.byteLength))
    },
    statementFile: async (meetingId, statementId) => {
      const row = selectFile.get(meetingId, statementId) as { contentType: string; body: Buffer } | undefined
      return row ? { contentType: row.contentType, body: row.body } : undefined
    },
    deleteStatementFile: async (meetingId, statementId) => {
      deleteFile.run(meetingId, statementId)
    },
    close: async () => {
      if (db.open) db.close()
    },
    /** The durability this connection runs with (synchronous 2 is FULL). */
    pragmas: () => ({
      journalMode: String(db.pragma('journal_mode', { simple: true })),
      synchronous: Number(db.pragma('synchronous', { simple: true })),
    }),
  }
}
