import { afterEach, describe, expect, it } from 'vitest'
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
    const tablet = await harness.client(token.ok ? String(token.token) : '')
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
    expect(replay(store.load())).toEqual(harness.server.host.state)
  })
})
