import pg from 'pg'
import type { DomainEvent, MeetingState, MeetingSummary } from '@floor/shared'
import { exitStatus, redactedUrl, StartupProblem } from '../startupProblems'
import { VersionTaken, type EventStore } from './eventStore'
import { prepareSchema } from './postgresSchema'
import { damagedSnapshot, readSnapshot, snapshotFormat } from './snapshots'

export interface PostgresOptions {
  /** Told of what the store skipped or lived through (a damaged snapshot, a connection PostgreSQL closed). */
  warn?: (message: string) => void
  /** Connections per node; 10 unless told. */
  poolSize?: number
}

// One statement is one transaction: the events and the catalogue's line are
// committed together or not at all, in one round trip. A version another node
// took first breaks the primary key, and the whole statement is undone.
const appendEvents = `
  WITH appended AS (
    INSERT INTO events (meeting_id, version, idx, type, at, body)
    SELECT $1, e.version, e.idx, e.type, e.at, e.body
    FROM unnest($2::integer[], $3::integer[], $4::text[], $5::bigint[], $6::text[]) AS e(version, idx, type, at, body)
  )
  INSERT INTO meetings (id, summary) SELECT $1, $7::text WHERE $7::text IS NOT NULL
  ON CONFLICT (id) DO UPDATE SET summary = excluded.summary`
// A snapshot replaces only an older one (or one of another format): two nodes may save theirs in either order.
const upsertSnapshot = `
  INSERT INTO snapshots (meeting_id, version, format, state) VALUES ($1, $2, $3, $4)
  ON CONFLICT (meeting_id) DO UPDATE SET version = excluded.version, format = excluded.format, state = excluded.state
  WHERE snapshots.version < excluded.version OR snapshots.format <> excluded.format`
const selectAfter = 'SELECT body FROM events WHERE meeting_id = $1 AND version > $2 ORDER BY version, idx'

/**
 * The event log of every meeting in PostgreSQL, shared by several nodes
 * (PROTOCOL.md section 8). Every method rejects while PostgreSQL cannot be
 * reached and works again, by itself, once it can: the pool drops the
 * connections that died and opens new ones.
 */
export async function postgresStore(url: string, options: PostgresOptions = {}): Promise<EventStore> {
  const place = redactedUrl(url)
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 10_000,
    keepAlive: true,
    // An ok ack means committed on PostgreSQL's disk: never let a server's or a role's setting turn that off.
    options: '-c synchronous_commit=on',
  })
  // An idle connection that PostgreSQL closes (a restart, an outage) is dropped by the pool; unheard, its error would end the process.
  pool.on('error', (error) => options.warn?.(`PostgreSQL closed an idle connection: ${error.message}`))
  try {
    const client = await pool.connect()
    // Between two queries a checked-out client has no listener of its own either.
    const onError = () => {}
    client.on('error', onError)
    try {
      await prepareSchema(client, place)
      const { rows } = await client.query<{ synchronous_commit: string }>('SHOW synchronous_commit')
      if (rows[0]?.synchronous_commit === 'off') {
        throw new StartupProblem(`the database ${place} runs with synchronous_commit off, which its connection string asks for; Floor needs it on.`, exitStatus.config)
      }
    } finally {
      client.removeListener('error', onError)
      client.release()
    }
  } catch (error) {
    await pool.end().catch(() => {})
    throw error
  }

  const query = (name: string, text: string, values: unknown[]) => pool.query({ name, text, values })
  const parse = (rows: Array<{ body: string }>) => rows.map((row) => JSON.parse(row.body) as DomainEvent)
  let closed: Promise<void> | undefined

  return {
    shared: true,
    append: async (meetingId, events, summary) => {
      if (events.length === 0 && !summary) return
      const columns = { version: [] as number[], idx: [] as number[], type: [] as string[], at: [] as number[], body: [] as string[] }
      events.forEach((event, i) => {
        const previous = events[i - 1]
        columns.version.push(event.version)
        columns.idx.push(previous?.version === event.version ? columns.idx[i - 1]! + 1 : 0)
        columns.type.push(event.type)
        columns.at.push(event.at)
        columns.body.push(JSON.stringify(event))
      })
      const summaryText = summary ? JSON.stringify(summary) : null
      try {
        await query('floor-append', appendEvents, [meetingId, columns.version, columns.idx, columns.type, columns.at, columns.body, summaryText])
      } catch (error) {
        const { code, table } = error as { code?: string; table?: string }
        if (code === '23505' && table === 'events') throw new VersionTaken(meetingId, events[0]!.version)
        throw error
      }
    },
    load: async (meetingId) =>
      parse((await query('floor-load', 'SELECT body FROM events WHERE meeting_id = $1 ORDER BY version, idx', [meetingId])).rows),
    loadAfter: async (meetingId, version) => parse((await query('floor-load-after', selectAfter, [meetingId, version])).rows),
    loadForRestart: async (meetingId) => {
      const { rows } = await query('floor-snapshot', 'SELECT state FROM snapshots WHERE meeting_id = $1 AND format = $2', [meetingId, snapshotFormat])
      let snapshot: MeetingState | null = null
      if (rows[0]) {
        snapshot = readSnapshot(rows[0].state)
        if (!snapshot) options.warn?.(damagedSnapshot(meetingId))
      }
      // The events after the snapshot's own version: it holds exactly the state after that version.
      const events = parse((await query('floor-load-after', selectAfter, [meetingId, snapshot?.version ?? -1])).rows)
      return { snapshot, events }
    },
    saveSnapshot: async (meetingId, state) => {
      await query('floor-save-snapshot', upsertSnapshot, [meetingId, state.version, snapshotFormat, JSON.stringify(state)])
    },
    meetings: async () =>
      (await query('floor-meetings', 'SELECT summary FROM meetings ORDER BY created', [])).rows.map((row) => JSON.parse(row.summary) as MeetingSummary),
    hasMeeting: async (meetingId) => (await query('floor-has-meeting', 'SELECT 1 FROM meetings WHERE id = $1', [meetingId])).rowCount! > 0,
    getSetting: async (key) => (await query('floor-setting', 'SELECT value FROM settings WHERE key = $1', [key])).rows[0]?.value as string | undefined,
    setSetting: async (key, value) => {
      await query('floor-set-setting', 'INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value])
    },
    claimSetting: async (key, value) => {
      await query('floor-claim-setting', 'INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [key, value])
      // A statement of its own: it sees the value another node committed while this one's insert waited.
      return (await query('floor-setting', 'SELECT value FROM settings WHERE key = $1', [key])).rows[0].value as string
    },
    saveStatementFile: async (meetingId, statementId, file) => {
      const body = Buffer.from(file.body.buffer, file.body.byteOffset, file.body.byteLength)
      await query(
        'floor-save-file',
        `INSERT INTO statement_files (meeting_id, statement_id, content_type, bytes, body) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (meeting_id, statement_id) DO UPDATE SET content_type = excluded.content_type, bytes = excluded.bytes, body = excluded.body`,
        [meetingId, statementId, file.contentType, body.byteLength, body],
      )
    },
    statementFile: async (meetingId, statementId) => {
      const text = 'SELECT content_type, body FROM statement_files WHERE meeting_id = $1 AND statement_id = $2'
      const row = (await query('floor-file', text, [meetingId, statementId])).rows[0] as { content_type: string; body: Buffer } | undefined
      return row ? { contentType: row.content_type, body: row.body } : undefined
    },
    deleteStatementFile: async (meetingId, statementId) => {
      await query('floor-delete-file', 'DELETE FROM statement_files WHERE meeting_id = $1 AND statement_id = $2', [meetingId, statementId])
    },
    close: () => (closed ??= pool.end()),
  }
}
