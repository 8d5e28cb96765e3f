import type pg from 'pg'
import { isKnownEventType } from '@floor/shared'
import { damagedStore } from '../startupProblems'

/** The schema version this code writes, kept in `floor_schema`. */
export const postgresSchemaVersion = 1

/** Any constant shared by every node: the key of the lock that lets one node at a time create or migrate the schema. */
const schemaLock = 0x466c6f6f72 // "Floor"

// Bodies, summaries and states are JSON kept as text, not jsonb: jsonb refuses a
// \u0000 in a string, which a delegate's pasted text may hold, and would reorder keys.
const schema = `
  CREATE TABLE events (
    meeting_id text    NOT NULL,
    version    integer NOT NULL,
    idx        integer NOT NULL, -- the event's place among its version's events
    type       text    NOT NULL,
    at         bigint  NOT NULL,
    body       text    NOT NULL,
    PRIMARY KEY (meeting_id, version, idx) -- orders the nodes' appends: a version is taken once
  );
  CREATE TABLE snapshots (
    meeting_id text    PRIMARY KEY,
    version    integer NOT NULL, -- the last version the state includes
    format     integer NOT NULL,
    state      text    NOT NULL
  );
  CREATE TABLE meetings (
    id      text      PRIMARY KEY,
    created bigserial NOT NULL, -- the catalogue's order
    summary text      NOT NULL
  );
  CREATE TABLE settings (
    key   text PRIMARY KEY,
    value text NOT NULL
  );
  CREATE TABLE statement_files (
    meeting_id   text    NOT NULL,
    statement_id text    NOT NULL,
    content_type text    NOT NULL,
    bytes        integer NOT NULL,
    body         bytea   NOT NULL,
    PRIMARY KEY (meeting_id, statement_id)
  );
`

const tables = ['events', 'snapshots', 'meetings', 'settings', 'statement_files']

/**
 * Creates the schema in an empty database, or checks the one there: written by
 * this Floor or an older one, with all its tables, and only event types this
 * Floor knows; anything else stops the start with the store untouched. One node
 * at a time (an advisory lock held to the end of the transaction), so nodes
 * started together neither create the tables twice nor see them half made.
 */
export async function prepareSchema(client: pg.ClientBase, place: string): Promise<void> {
  await client.query('BEGIN')
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [schemaLock])
    const exists = async (table: string) => (await client.query('SELECT to_regclass($1) AS found', [table])).rows[0].found !== null
    if (!(await exists('floor_schema'))) {
      if (await exists('events')) throw damagedStore(place, 'has an events table but no floor_schema: it is not a Floor database')
      await client.query(schema)
      await client.query('CREATE TABLE floor_schema (version integer NOT NULL)')
      await client.query('INSERT INTO floor_schema (version) VALUES ($1)', [postgresSchemaVersion])
    }
    const version = Number((await client.query('SELECT max(version) AS version FROM floor_schema')).rows[0].version)
    if (version > postgresSchemaVersion) throw damagedStore(place, `was written by a newer Floor (schema ${version})`)
    // Older schemas migrate here, in this transaction, when there are any.
    for (const table of tables) if (!(await exists(table))) throw damagedStore(place, `has lost its ${table} table`)
    const types = await client.query<{ type: string }>('SELECT DISTINCT type FROM events')
    for (const { type } of types.rows) {
      if (!isKnownEventType(type)) throw damagedStore(place, `holds an event of a type this Floor does not know (${type.slice(0, 40)})`)
    }
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  }
}
