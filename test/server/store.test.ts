import { afterEach, describe, expect, it } from 'vitest'
import { expectAccepted } from '../support/expectAccepted'
import { replay } from '@floor/shared'
import { sqliteStore } from '../../server/src/store/sqliteStore'
import { chairToken, startServer, tempDataDir, type Harness } from './support/harness'

let harness: Harness | undefined
const folders: Array<() => void> = []
afterEach(async () => {
  await harness?.close()
  harness = undefined
  for (const remove of folders.splice(0)) remove()
})

function folder(): string {
  const { dir, remove } = tempDataDir()
  folders.push(remove)
  return dir
}

describe('the SQLite event log', () => {
  it('runs in WAL mode with synchronous=FULL, also when an existing database is reopened', () => {
    const dir = folder()
    const first = sqliteStore(dir)
    expect(first.pragmas()).toEqual({ journalMode: 'wal', synchronous: 2 })
    first.close()
    const reopened = sqliteStore(dir)
    expect(reopened.pragmas()).toEqual({ journalMode: 'wal', synchronous: 2 })
    reopened.close()
  })

  it('keeps the meeting across a restart: same list, same ids, same version, same floor', async () => {
    const dir = folder()
    harness = await startServer({ store: sqliteStore(dir) })
    const chair = await harness.client(chairToken)
    await chair.send({ type: 'set-segment', segmentId: 'panel-1' })
    for (const delegationId of ['MEX', 'CHE', 'msf']) await chair.send({ type: 'request-floor', delegationId })
    await chair.send({ type: 'next' })
    const token = await chair.send({ type: 'issue-token', delegationId: 'TUR' })
    const before = await chair.waitFor((s) => s.version === 6)
    const stateBefore = harness.server.host.state
    await harness.close()

    harness = await startServer({ store: sqliteStore(dir) })
    expect(harness.server.host.state).toEqual(stateBefore)
    const after = await harness.client(chairToken)
    expect({ ...after.state, serverTime: 0 }).toEqual({
      ...before,
      serverTime: 0,
      queue: before.queue.map((e) => ({ ...e, expectedStartAt: expect.any(Number) })),
    })
    // The tablet token issued before the restart still opens the tablet.
    const tablet = await harness.client(String(expectAccepted(token).token))
    expect(tablet.state.delegationId).toBe('TUR')
  })

  it('stores what replays to the live state', async () => {
    const dir = folder()
    const store = sqliteStore(dir)
    harness = await startServer({ store })
    const chair = await harness.client(chairToken)
    await chair.send({ type: 'set-segment', segmentId: 'panel-1' })
    await chair.send({ type: 'request-floor', delegationId: 'MEX' })
    await chair.send({ type: 'request-floor', delegationId: 'VAT', kind: 'point-of-order' })
    await chair.send({ type: 'next' })
    await chair.send({ type: 'pause-timer' })
    expect(replay(await store.load(harness.server.meetings.defaultId))).toEqual(harness.server.host.state)
  })
})

describe('snapshots', () => {
  it('restart from the latest snapshot and the events after it, to the same state as replaying the whole log', async () => {
    const { eventsPerSnapshot } = await import('../../server/src/meetingHost')
    const dir = folder()
    const store = sqliteStore(dir)
    harness = await startServer({ store, rateLimit: { burst: 1e6, perSecond: 1e6 } })
    const chair = await harness.client(chairToken)
    await chair.send({ type: 'set-segment', segmentId: 'panel-1' })
    // Enough changes for one snapshot, and a tail after it: ten delegations asking and withdrawing side by side.
    const lanes = ['MEX', 'TUR', 'FRA', 'VAT', 'PSE', 'iom', 'unhcr', 'msf', 'psi', 'coparmex']
    const rounds = Math.ceil((eventsPerSnapshot / 2 + 10) / lanes.length)
    await Promise.all(
      lanes.map(async (delegationId) => {
        for (let i = 0; i < rounds; i++) {
          const ack = await chair.send({ type: 'request-floor', delegationId })
          await chair.send({ type: 'withdraw', requestId: String(expectAccepted(ack).requestId) })
        }
      }),
    )
    await chair.send({ type: 'request-floor', delegationId: 'CHE' })
    const live = harness.server.host.state
    const restart = await store.loadForRestart(harness.server.meetings.defaultId)
    expect(restart.snapshot?.version).toBeGreaterThan(eventsPerSnapshot - 10)
    expect(restart.events.length).toBeLessThan(eventsPerSnapshot)
    await harness.close()

    harness = await startServer({ store: sqliteStore(dir) })
    expect(harness.server.host.state).toEqual(live)
    expect(replay(await harness.store.load(live.meeting.id))).toEqual(live)
  })

  it('ignores a snapshot of another format and replays the whole log', async () => {
    const dir = folder()
    const store = sqliteStore(dir)
    harness = await startServer({ store })
    const chair = await harness.client(chairToken)
    await chair.send({ type: 'set-segment', segmentId: 'panel-1' })
    const id = harness.server.meetings.defaultId
    await store.saveSnapshot(id, { ...harness.server.host.state, version: 999 })
    await harness.close()
    harness = undefined
    const { default: Database } = await import('better-sqlite3')
    const db = new Database(store.path)
    db.prepare('UPDATE snapshots SET format = format + 1').run()
    db.close()
    const reopened = sqliteStore(dir)
    expect((await reopened.loadForRestart(id)).snapshot).toBeNull()
    expect((await reopened.loadForRestart(id)).events).toHaveLength(2)
    reopened.close()
  })
})
