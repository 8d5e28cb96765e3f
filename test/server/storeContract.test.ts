import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { meetingCreated, replay, summaryOf, type DomainEvent, type MeetingSummary } from '@floor/shared'
import { VersionTaken, type EventStore } from '../../server/src/store/eventStore'
import { postgresStore } from '../../server/src/store/postgresStore'
import { sqliteStore } from '../../server/src/store/sqliteStore'
import { freshDatabase, startPostgres, type Engine } from '../support/engines'
import { memoryStore } from '../support/memoryStore'
import { smallMeeting } from '../support/smallMeeting'
import { tempDataDir } from './support/harness'

// One PostgreSQL for the file, a fresh database for each test.
let postgres: Engine
beforeAll(async () => {
  postgres = await startPostgres()
})
afterAll(() => postgres?.remove())

const cleanups: Array<() => unknown> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** A store to test, and how to open the same data again (after `close`). */
type Opened = { store: EventStore; reopen: () => Promise<EventStore> }

/** Every `EventStore` passes the same contract. */
const implementations: Array<{ name: string; open: () => Promise<Opened> }> = [
  {
    name: 'memory',
    open: async () => {
      const store = memoryStore()
      return { store, reopen: async () => store }
    },
  },
  {
    name: 'SQLite',
    open: async () => {
      const { dir, remove } = tempDataDir()
      const opened: EventStore[] = []
      const open = async () => {
        const store = sqliteStore(dir)
        opened.push(store)
        return store
      }
      cleanups.push(async () => {
        for (const store of opened) await store.close()
        remove()
      })
      return { store: await open(), reopen: open }
    },
  },
  {
    name: 'PostgreSQL',
    open: async () => {
      const url = await freshDatabase(postgres)
      const open = async () => {
        const store = await postgresStore(url)
        cleanups.push(() => store.close())
        return store
      }
      return { store: await open(), reopen: open }
    },
  },
]

const at = Date.parse('2017-06-19T10:30:00+02:00')
const created = (id: string): DomainEvent => meetingCreated({ ...smallMeeting, meeting: { ...smallMeeting.meeting, id } }, at)
const request = (version: number, requestId: string): DomainEvent => ({
  type: 'floor-requested',
  requestId,
  delegationId: 'MEX',
  kind: 'statement',
  segmentId: 'panel-1',
  position: 0,
  version,
  at,
})
const summary = (id: string, title = id): MeetingSummary => ({ ...summaryOf(replay([created(id)])), title })

describe.each(implementations)('the $name event store', ({ open }) => {
  it('gives back each meeting’s events in the order appended, and nothing of another meeting', async () => {
    const { store } = await open()
    await store.append('a', [created('a')], summary('a'))
    await store.append('b', [created('b')], summary('b'))
    await store.append('a', [request(1, 'r1'), request(1, 'r2')])
    await store.append('b', [request(1, 'x1')])
    expect((await store.load('a')).map((e) => e.type === 'floor-requested' && e.requestId)).toEqual([false, 'r1', 'r2'])
    expect(await store.load('b')).toEqual([created('b'), request(1, 'x1')])
    expect(await store.load('nobody')).toEqual([])
  })

  it('gives back the events after a version, several commands of one group commit included', async () => {
    const { store } = await open()
    await store.append('a', [created('a')], summary('a'))
    await store.append('a', [request(1, 'r1'), request(1, 'r2')])
    // A group commit: two commands' events, versions 2 and 3, in one call.
    await store.append('a', [request(2, 'r3'), request(3, 'r4'), request(3, 'r5')])
    await store.append('b', [created('b'), request(1, 'x1')], summary('b'))
    const ids = async (version: number) => (await store.loadAfter('a', version)).map((e) => (e.type === 'floor-requested' ? e.requestId : e.type))
    expect(await ids(-1)).toEqual(['meeting-created', 'r1', 'r2', 'r3', 'r4', 'r5'])
    expect(await ids(0)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5'])
    expect(await ids(2)).toEqual(['r4', 'r5'])
    expect(await ids(3)).toEqual([])
    expect(await store.loadAfter('nobody', 0)).toEqual([])
  })

  it('refuses a version the meeting already has, writing nothing, and takes the next one', async () => {
    const { store } = await open()
    await store.append('a', [created('a')], summary('a'))
    await store.append('a', [request(1, 'r1')])
    const taken = store.append('a', [request(1, 'late'), request(2, 'later')], { ...summary('a'), title: 'Renamed' })
    await expect(taken).rejects.toBeInstanceOf(VersionTaken)
    await expect(taken).rejects.toMatchObject({ meetingId: 'a', version: 1 })
    await expect(store.append('a', [request(0, 'older')])).rejects.toBeInstanceOf(VersionTaken)
    expect(await store.load('a')).toEqual([created('a'), request(1, 'r1')])
    expect(await store.meetings()).toEqual([summary('a')])
    // Another meeting's versions are its own.
    await store.append('b', [created('b'), request(1, 'x1')], summary('b'))
    await store.append('a', [request(2, 'r2')])
    expect(await store.loadAfter('a', 1)).toEqual([request(2, 'r2')])
  })

  it('keeps the catalogue in the order of creation, each line replaced by the latest', async () => {
    const { store } = await open()
    expect(await store.meetings()).toEqual([])
    await store.append('b', [created('b')], summary('b'))
    await store.append('a', [created('a')], summary('a'))
    await store.append('b', [request(1, 'r1')], { ...summary('b'), archived: true })
    expect(await store.meetings()).toEqual([{ ...summary('b'), archived: true }, summary('a')])
    expect(await store.hasMeeting('a')).toBe(true)
    expect(await store.hasMeeting('c')).toBe(false)
  })

  it('restarts from a meeting’s latest snapshot and the events after it', async () => {
    const { store } = await open()
    await store.append('a', [created('a'), request(1, 'r1')], summary('a'))
    await store.append('b', [created('b')], summary('b'))
    const state = replay(await store.load('a'))
    await store.saveSnapshot('a', state)
    await store.append('a', [request(2, 'r2')])
    const restart = await store.loadForRestart('a')
    expect(restart.snapshot).toEqual(state)
    expect(restart.events).toEqual([request(2, 'r2')])
    const other = await store.loadForRestart('b')
    expect(other.snapshot).toBeNull()
    expect(other.events).toEqual([created('b')])
  })

  it('ends a snapshot at its state’s version, even when later events were appended before it was saved', async () => {
    const { store } = await open()
    await store.append('a', [created('a'), request(1, 'r1')], summary('a'))
    const state = replay(await store.load('a'))
    await store.append('a', [request(2, 'r2'), request(3, 'r3')])
    await store.saveSnapshot('a', state)
    const restart = await store.loadForRestart('a')
    expect(restart.snapshot).toEqual(state)
    expect(restart.events).toEqual([request(2, 'r2'), request(3, 'r3')])
  })

  it('keeps what it committed and its settings across a reopen', async () => {
    const { store, reopen } = await open()
    await store.append('a', [created('a')], summary('a'))
    await store.setSetting('adminToken', 'kept')
    await store.setSetting('adminToken', 'replaced')
    await store.close()
    const again = await reopen()
    expect(await again.load('a')).toEqual([created('a')])
    expect(await again.meetings()).toEqual([summary('a')])
    expect(await again.getSetting('adminToken')).toBe('replaced')
    expect(await again.getSetting('nothing')).toBeUndefined()
  })

  it('keeps any text as it was given, a NUL, quotes and other scripts included', async () => {
    const { store } = await open()
    const odd = 'x\u0000"\\\'\u{1F1F2}\u{1F1FD} مرحبا 你好 \uFFFF'
    await store.append('a', [created('a'), request(1, odd)], summary('a', odd))
    expect(await store.load('a')).toEqual([created('a'), request(1, odd)])
    expect(await store.meetings()).toEqual([summary('a', odd)])
  })

  it('keeps the first value claimed for a setting and answers it to every later claim', async () => {
    const { store } = await open()
    expect(await store.claimSetting('chairToken:a', 'first')).toBe('first')
    expect(await store.claimSetting('chairToken:a', 'second')).toBe('first')
    expect(await store.getSetting('chairToken:a')).toBe('first')
    const [one, two] = await Promise.all([store.claimSetting('chairToken:b', 'x'), store.claimSetting('chairToken:b', 'y')])
    expect(one).toBe(two)
    expect(await store.getSetting('chairToken:b')).toBe(one)
  })

  it('keeps each meeting’s statement files apart, byte for byte, across a reopen, until deleted', async () => {
    const { store, reopen } = await open()
    const pdf = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x0a])
    await store.saveStatementFile('a', 's1', { contentType: 'application/pdf', body: pdf })
    await store.saveStatementFile('b', 's1', { contentType: 'text/plain', body: new TextEncoder().encode('Meeting b') })
    // A view into a larger buffer: only its own bytes are kept.
    await store.saveStatementFile('a', 's2', { contentType: 'text/plain', body: new TextEncoder().encode('xxHelloxx').subarray(2, 7) })
    await store.close()
    const again = await reopen()
    const kept = await again.statementFile('a', 's1')
    expect(kept?.contentType).toBe('application/pdf')
    expect(Uint8Array.from(kept?.body ?? [])).toEqual(pdf)
    expect(new TextDecoder().decode((await again.statementFile('a', 's2'))?.body)).toBe('Hello')
    expect(new TextDecoder().decode((await again.statementFile('b', 's1'))?.body)).toBe('Meeting b')
    expect(await again.statementFile('a', 'missing')).toBeUndefined()
    expect(await again.statementFile('c', 's1')).toBeUndefined()
    await again.deleteStatementFile('a', 's1')
    expect(await again.statementFile('a', 's1')).toBeUndefined()
    expect(await again.statementFile('b', 's1')).toBeDefined()
  })
})

describe('the SQLite store’s schema 3', () => {
  it('migrates a schema-2 data folder: the statements’ table is added, the log untouched', async () => {
    const { dir, remove } = tempDataDir()
    cleanups.push(remove)
    const first = sqliteStore(dir)
    await first.append('a', [created('a')], summary('a'))
    await first.close()
    const db = new Database(join(dir, 'floor.sqlite'))
    db.exec('DROP TABLE statement_files')
    db.pragma('user_version = 2')
    db.close()
    const again = sqliteStore(dir)
    cleanups.push(() => again.close())
    expect(await again.load('a')).toEqual([created('a')])
    await again.saveStatementFile('a', 's1', { contentType: 'text/plain', body: new TextEncoder().encode('kept') })
    expect(new TextDecoder().decode((await again.statementFile('a', 's1'))?.body)).toBe('kept')
    await again.close()
    const check = new Database(join(dir, 'floor.sqlite'))
    expect(check.pragma('user_version', { simple: true })).toBe(3)
    check.close()
  })
})
