import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { meetingCreated, replay, summaryOf, type DomainEvent, type MeetingSummary } from '@floor/shared'
import type { EventStore } from '../../server/src/store/eventStore'
import { sqliteStore } from '../../server/src/store/sqliteStore'
import { memoryStore } from '../support/memoryStore'
import { smallMeeting } from '../support/smallMeeting'
import { tempDataDir } from './support/harness'

const cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup()
})

/** Every `EventStore` passes the same contract; PostgreSQL will join this list. */
const implementations: Array<{ name: string; open: () => { store: EventStore; reopen: () => EventStore } }> = [
  {
    name: 'memory',
    open: () => {
      const store = memoryStore()
      return { store, reopen: () => store }
    },
  },
  {
    name: 'SQLite',
    open: () => {
      const { dir, remove } = tempDataDir()
      const opened: EventStore[] = []
      const open = () => {
        const store = sqliteStore(dir)
        opened.push(store)
        return store
      }
      cleanups.push(() => {
        for (const store of opened) store.close()
        remove()
      })
      return { store: open(), reopen: open }
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
  it('gives back each meeting’s events in the order appended, and nothing of another meeting', () => {
    const { store } = open()
    store.append('a', [created('a')], summary('a'))
    store.append('b', [created('b')], summary('b'))
    store.append('a', [request(1, 'r1'), request(1, 'r2')])
    store.append('b', [request(1, 'x1')])
    expect([...store.load('a')].map((e) => e.type === 'floor-requested' && e.requestId)).toEqual([false, 'r1', 'r2'])
    expect([...store.load('b')]).toEqual([created('b'), request(1, 'x1')])
    expect([...store.load('nobody')]).toEqual([])
  })

  it('keeps the catalogue in the order of creation, each line replaced by the latest', () => {
    const { store } = open()
    expect(store.meetings()).toEqual([])
    store.append('b', [created('b')], summary('b'))
    store.append('a', [created('a')], summary('a'))
    store.append('b', [request(1, 'r1')], { ...summary('b'), archived: true })
    expect(store.meetings()).toEqual([{ ...summary('b'), archived: true }, summary('a')])
    expect(store.hasMeeting('a')).toBe(true)
    expect(store.hasMeeting('c')).toBe(false)
  })

  it('restarts from a meeting’s latest snapshot and the events after it', () => {
    const { store } = open()
    store.append('a', [created('a'), request(1, 'r1')], summary('a'))
    store.append('b', [created('b')], summary('b'))
    const state = replay(store.load('a'))
    store.saveSnapshot('a', state)
    store.append('a', [request(2, 'r2')])
    const restart = store.loadForRestart('a')
    expect(restart.snapshot).toEqual(state)
    expect([...restart.events]).toEqual([request(2, 'r2')])
    const other = store.loadForRestart('b')
    expect(other.snapshot).toBeNull()
    expect([...other.events]).toEqual([created('b')])
  })

  it('keeps what it committed and its settings across a reopen', () => {
    const { store, reopen } = open()
    store.append('a', [created('a')], summary('a'))
    store.setSetting('adminToken', 'kept')
    store.setSetting('adminToken', 'replaced')
    store.close()
    const again = reopen()
    expect([...again.load('a')]).toEqual([created('a')])
    expect(again.meetings()).toEqual([summary('a')])
    expect(again.getSetting('adminToken')).toBe('replaced')
    expect(again.getSetting('nothing')).toBeUndefined()
  })

  it('keeps each meeting’s statement files apart, byte for byte, across a reopen, until deleted', () => {
    const { store, reopen } = open()
    const pdf = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x0a])
    store.saveStatementFile('a', 's1', { contentType: 'application/pdf', body: pdf })
    store.saveStatementFile('b', 's1', { contentType: 'text/plain', body: new TextEncoder().encode('Meeting b') })
    // A view into a larger buffer: only its own bytes are kept.
    store.saveStatementFile('a', 's2', { contentType: 'text/plain', body: new TextEncoder().encode('xxHelloxx').subarray(2, 7) })
    store.close()
    const again = reopen()
    const kept = again.statementFile('a', 's1')
    expect(kept?.contentType).toBe('application/pdf')
    expect(Uint8Array.from(kept?.body ?? [])).toEqual(pdf)
    expect(new TextDecoder().decode(again.statementFile('a', 's2')?.body)).toBe('Hello')
    expect(new TextDecoder().decode(again.statementFile('b', 's1')?.body)).toBe('Meeting b')
    expect(again.statementFile('a', 'missing')).toBeUndefined()
    expect(again.statementFile('c', 's1')).toBeUndefined()
    again.deleteStatementFile('a', 's1')
    expect(again.statementFile('a', 's1')).toBeUndefined()
    expect(again.statementFile('b', 's1')).toBeDefined()
  })
})

describe('the SQLite store’s schema 3', () => {
  it('migrates a schema-2 data folder: the statements’ table is added, the log untouched', () => {
    const { dir, remove } = tempDataDir()
    cleanups.push(remove)
    const first = sqliteStore(dir)
    first.append('a', [created('a')], summary('a'))
    first.close()
    const db = new Database(join(dir, 'floor.sqlite'))
    db.exec('DROP TABLE statement_files')
    db.pragma('user_version = 2')
    db.close()
    const again = sqliteStore(dir)
    cleanups.push(() => again.close())
    expect([...again.load('a')]).toEqual([created('a')])
    again.saveStatementFile('a', 's1', { contentType: 'text/plain', body: new TextEncoder().encode('kept') })
    expect(new TextDecoder().decode(again.statementFile('a', 's1')?.body)).toBe('kept')
    again.close()
    const check = new Database(join(dir, 'floor.sqlite'))
    expect(check.pragma('user_version', { simple: true })).toBe(3)
    check.close()
  })
})
