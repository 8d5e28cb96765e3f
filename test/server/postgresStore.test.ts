import pg from 'pg'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { meetingCreated, replay, summaryOf, type DomainEvent, type MeetingSummary } from '@floor/shared'
import { exitStatus } from '../../server/src/startupProblems'
import { VersionTaken, type EventStore } from '../../server/src/store/eventStore'
import { postgresStore } from '../../server/src/store/postgresStore'
import { freshDatabase, startPostgres, type Engine } from '../support/engines'
import { smallMeeting } from '../support/smallMeeting'

// What only a store shared by several nodes must do; the rest is the contract suite's (storeContract.test.ts).
let postgres: Engine
beforeAll(async () => {
  postgres = await startPostgres()
})
afterAll(() => postgres?.remove())

const stores: EventStore[] = []
afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()))
  // A test that stopped PostgreSQL leaves it running for the next.
  await postgres.start()
})

/** A node's store: its own pool on the database. */
async function node(url: string, warn?: (message: string) => void): Promise<EventStore> {
  const store = await postgresStore(url, warn ? { warn } : {})
  stores.push(store)
  return store
}

async function sql(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}

const at = Date.parse('2017-06-19T10:30:00+02:00')
const created: DomainEvent = meetingCreated({ ...smallMeeting, meeting: { ...smallMeeting.meeting, id: 'a' } }, at)
const summary: MeetingSummary = summaryOf(replay([created]))
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

describe('the PostgreSQL store of several nodes', () => {
  it('gives each version to one node: of two appending it at once, exactly one commits and the other gets VersionTaken', async () => {
    const url = await freshDatabase(postgres)
    const [one, two] = await Promise.all([node(url), node(url)])
    await one.append('a', [created], summary)
    const winners: DomainEvent[][] = []
    for (let version = 1; version <= 20; version++) {
      const batches = [
        [request(version, `one-${version}`)],
        [request(version, `two-${version}`), request(version, `two-${version}-b`)],
      ]
      const outcomes = await Promise.allSettled([one.append('a', batches[0]!), two.append('a', batches[1]!)])
      const committed = outcomes.flatMap((outcome, i) => (outcome.status === 'fulfilled' ? [batches[i]!] : []))
      const refused = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []))
      expect(committed).toHaveLength(1)
      expect(refused).toEqual([expect.any(VersionTaken)])
      expect(refused[0]).toMatchObject({ meetingId: 'a', version })
      winners.push(committed[0]!)
    }
    expect(await two.load('a')).toEqual([created, ...winners.flat()])
    expect(await one.loadAfter('a', 18)).toEqual([...winners[18]!, ...winners[19]!])
  })

  it('lets nodes started together on an empty database make its schema once', async () => {
    const url = await freshDatabase(postgres)
    const [one, two, three] = await Promise.all([node(url), node(url), node(url)])
    await one.append('a', [created], summary)
    expect(await two.load('a')).toEqual([created])
    expect(await three.meetings()).toEqual([summary])
  })

  it('keeps the newest snapshot when two nodes save theirs in the opposite order', async () => {
    const url = await freshDatabase(postgres)
    const [one, two] = await Promise.all([node(url), node(url)])
    await one.append('a', [created, request(1, 'r1')], summary)
    const older = replay([created])
    const newer = replay(await one.load('a'))
    await one.saveSnapshot('a', newer)
    await two.saveSnapshot('a', older)
    expect(await two.loadForRestart('a')).toEqual({ snapshot: newer, events: [] })
  })

  it('rejects while PostgreSQL is down, without ending the process, and works again by itself once it is back', async () => {
    const url = await freshDatabase(postgres)
    const store = await node(url, () => {})
    await store.append('a', [created], summary)
    // Several connections, idle in the pool when PostgreSQL ends them.
    await Promise.all([store.load('a'), store.meetings(), store.getSetting('x'), store.hasMeeting('a')])
    await postgres.stop()
    const refused = store.append('a', [request(1, 'lost')])
    await expect(refused).rejects.toThrow()
    await expect(refused).rejects.not.toBeInstanceOf(VersionTaken)
    await expect(store.load('a')).rejects.toThrow()
    await postgres.start()
    await store.append('a', [request(1, 'kept')])
    expect(await store.load('a')).toEqual([created, request(1, 'kept')])
  })

  it('commits synchronously even where the database says otherwise, and refuses a connection string that turns it off', async () => {
    const url = await freshDatabase(postgres)
    await sql(url, `ALTER DATABASE ${new URL(url).pathname.slice(1)} SET synchronous_commit = off`)
    // The store checks its sessions at start: it would refuse if the database's setting reached them.
    await node(url)
    const off = new URL(url)
    off.searchParams.set('options', '-c synchronous_commit=off')
    await expect(postgresStore(off.toString())).rejects.toMatchObject({ exitStatus: exitStatus.config, message: /synchronous_commit off/ })
  })
})

describe('the PostgreSQL store at start', () => {
  async function refusal(change: string): Promise<unknown> {
    const url = await freshDatabase(postgres)
    const store = await postgresStore(url)
    await store.append('a', [created], summary)
    await store.close()
    await sql(url, change)
    return postgresStore(url).then(
      (store) => store.close().then(() => 'started'),
      (error: unknown) => error,
    )
  }

  it('refuses a schema written by a newer Floor, a lost table, an event type it does not know, with its own exit status', async () => {
    const damaged = (what: RegExp) => expect.objectContaining({ exitStatus: exitStatus.damagedStore, message: expect.stringMatching(what) })
    expect(await refusal('UPDATE floor_schema SET version = 99')).toEqual(damaged(/was written by a newer Floor \(schema 99\)/))
    expect(await refusal('DROP TABLE meetings')).toEqual(damaged(/has lost its meetings table/))
    expect(await refusal("UPDATE events SET type = 'speaker-teleported'")).toEqual(damaged(/does not know \(speaker-teleported\)/))
    expect(await refusal('DROP TABLE floor_schema')).toEqual(damaged(/not a Floor database/))
  })

  it('says where without the password', async () => {
    const url = new URL(await freshDatabase(postgres))
    url.password = 'secret'
    await sql(url.toString(), 'CREATE TABLE events (id integer)')
    const error = await postgresStore(url.toString()).catch((error: Error) => error)
    expect(error).toMatchObject({ exitStatus: exitStatus.damagedStore, message: expect.stringContaining(url.host) })
    expect((error as Error).message).not.toContain('secret')
  })
})
