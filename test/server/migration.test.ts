import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { meetingCreated, type DomainEvent } from '@floor/shared'
import { hashToken } from '../../server/src/auth'
import { sqliteStore } from '../../server/src/store/sqliteStore'
import { smallMeeting } from '../support/smallMeeting'
import { adminToken, connectClient, startServer, tempDataDir, type Harness } from './support/harness'

let harness: Harness | undefined
const folders: Array<() => void> = []
afterEach(async () => {
  await harness?.close()
  harness = undefined
  for (const remove of folders.splice(0)) remove()
})

/** The schema of a version-1 data folder, as the first wave wrote it. */
const version1Schema = `
  CREATE TABLE events (seq INTEGER PRIMARY KEY, version INTEGER NOT NULL, type TEXT NOT NULL, at INTEGER NOT NULL, body TEXT NOT NULL);
  CREATE TABLE snapshots (seq INTEGER PRIMARY KEY, format INTEGER NOT NULL, state TEXT NOT NULL);
  CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
`

const at = Date.parse('2017-06-19T10:30:00+02:00')
const tabletToken = 'a-tablet-token-from-version-one'
const v1ChairToken = 'the-chair-token-of-version-one'

/** A data folder left by version 1: one meeting, a request waiting, a tablet token, the kept chair token. */
function version1Folder(): string {
  const { dir, remove } = tempDataDir()
  folders.push(remove)
  const db = new Database(join(dir, 'floor.sqlite'))
  db.exec(version1Schema)
  const events: DomainEvent[] = [
    meetingCreated(smallMeeting, at),
    { type: 'segment-activated', segmentId: 'panel-1', endsAt: at + 3_600_000, version: 1, at },
    { type: 'floor-requested', requestId: 'r1', delegationId: 'MEX', kind: 'statement', segmentId: 'panel-1', position: 0, version: 2, at },
    { type: 'token-issued', delegationId: 'CHE', tokenHash: hashToken(tabletToken), version: 3, at },
  ]
  const insert = db.prepare('INSERT INTO events (version, type, at, body) VALUES (?, ?, ?, ?)')
  for (const event of events) insert.run(event.version, event.type, event.at, JSON.stringify(event))
  db.prepare('INSERT INTO snapshots (seq, format, state) VALUES (4, 1, ?)').run('{"version":3}')
  db.prepare("INSERT INTO settings (key, value) VALUES ('chairToken', ?)").run(v1ChairToken)
  db.close()
  return dir
}

describe('a version-1 data folder', () => {
  it('becomes the default meeting at start: nothing lost, its tokens still valid', async () => {
    const dir = version1Folder()
    harness = await startServer({ store: sqliteStore(dir), chairToken: undefined })
    expect(harness.server.meetings.defaultId).toBe('gcm-3')
    expect(harness.server.host.state.version).toBe(3)
    const chair = await connectClient(harness.url, v1ChairToken)
    expect(chair.state.queue.map((e) => e.delegationId)).toEqual(['MEX'])
    const tablet = await connectClient(harness.url, tabletToken)
    expect(tablet.state).toMatchObject({ role: 'delegate', delegationId: 'CHE', meeting: { id: 'gcm-3' } })
    const list = await (await fetch(`${harness.url}/api/meetings`)).json()
    expect(list).toEqual([expect.objectContaining({ id: 'gcm-3', archived: false })])
    chair.socket.disconnect()
    tablet.socket.disconnect()
  })

  it('migrates once: a second start finds the same meeting and the same log', async () => {
    const dir = version1Folder()
    sqliteStore(dir).close()
    const store = sqliteStore(dir)
    expect((await store.load('gcm-3')).map((e) => e.version)).toEqual([0, 1, 2, 3])
    expect((await store.meetings()).map((m) => m.id)).toEqual(['gcm-3'])
    store.close()
  })
})

describe('restart with several meetings', () => {
  it('keeps every meeting, its list and its chair token; loads none but the default until it is used', async () => {
    const { dir, remove } = tempDataDir()
    folders.push(remove)
    harness = await startServer({ store: sqliteStore(dir) })
    const headers = { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' }
    const ids: string[] = []
    for (const title of ['Room XX morning', 'Room XX afternoon']) {
      const setup = { title, timeZone: 'Europe/Zurich', segments: [{ id: 's1', title: 'Debate', startsAt: '2017-06-19T10:00:00+02:00', endsAt: '2017-06-19T13:00:00+02:00' }] }
      const created = await (await fetch(`${harness.url}/api/meetings`, { method: 'POST', headers, body: JSON.stringify(setup) })).json()
      const chair = await connectClient(harness.url, created.chairToken)
      await chair.send({ type: 'set-segment', segmentId: 's1' })
      await chair.send({ type: 'request-floor', delegationId: title.includes('morning') ? 'MEX' : 'CHE' })
      chair.socket.disconnect()
      ids.push(created.id)
    }
    await harness.close()

    harness = await startServer({ store: sqliteStore(dir) })
    // The default meeting, which routes without an id reach, is always in memory; the others wait for their first use.
    expect(harness.server.meetings.loaded()).toEqual(['gcm-3'])
    expect((await (await fetch(`${harness.url}/api/meetings`)).json()).map((m: { id: string }) => m.id)).toEqual(['gcm-3', ...ids])
    const links = await (await fetch(`${harness.url}/api/meetings/${ids[1]}/links`, { headers })).json()
    const afternoon = await connectClient(harness.url, links.chairToken)
    expect(afternoon.state.queue.map((e) => e.delegationId)).toEqual(['CHE'])
    expect(harness.server.meetings.loaded()).toEqual(['gcm-3', ids[1]])
    afternoon.socket.disconnect()
  })
})
