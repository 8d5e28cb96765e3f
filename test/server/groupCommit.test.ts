import { describe, expect, it } from 'vitest'
import type { DomainEvent, MeetingSummary } from '@floor/shared'
import { MeetingHost, type AcceptedChange } from '../../server/src/meetingHost'
import { logOf, type MeetingLog } from '../../server/src/store/eventStore'
import { expectAccepted } from '../support/expectAccepted'
import { memoryStore } from '../support/memoryStore'
import { smallMeeting } from '../support/smallMeeting'

const chair = { role: 'chair' } as const
const at = Date.parse('2017-06-19T10:30:00+02:00')

/** A meeting's log that counts its commits and can be told to fail the next ones. */
function countingLog(): MeetingLog & { commits: DomainEvent[][]; failing: boolean } {
  const inner = logOf(memoryStore(), smallMeeting.meeting.id)
  const log = {
    commits: [] as DomainEvent[][],
    failing: false,
    shared: false,
    append: async (events: readonly DomainEvent[], summary?: MeetingSummary) => {
      if (log.failing) throw new Error('disk full')
      await inner.append(events, summary)
      log.commits.push([...events])
    },
    loadAfter: inner.loadAfter,
    loadForRestart: inner.loadForRestart,
    saveSnapshot: inner.saveSnapshot,
  }
  return log
}

async function panelInSession() {
  const log = countingLog()
  let ids = 0
  const storeFailures: string[] = []
  const host = await MeetingHost.create(log, smallMeeting, () => at, () => `r${++ids}`, (error, meetingId) =>
    storeFailures.push(`${meetingId}: ${(error as Error).message}`),
  )
  await host.execute({ type: 'set-segment', segmentId: 'panel-1' }, chair)
  const changes: AcceptedChange[] = []
  host.subscribe((change) => changes.push(change))
  log.commits.length = 0
  return { host, log, changes, storeFailures }
}

describe('group commit', () => {
  it('appends the commands of one turn in one commit, in arrival order, each acknowledged after it', async () => {
    const { host, log, changes } = await panelInSession()
    const before = host.state.version
    const asked = ['MEX', 'msf', 'CHE'].map((delegationId) => host.submit({ type: 'request-floor', delegationId }, chair))
    expect(log.commits).toHaveLength(0) // nothing is decided, let alone acknowledged, before the commit
    const acks = (await Promise.all(asked)).map((execution) => expectAccepted(execution.ack))
    expect(log.commits).toHaveLength(1)
    expect(acks.map((ack) => ack.version)).toEqual([before + 1, before + 2, before + 3])
    expect(host.state.segments['panel-1']?.queue.map((r) => r.delegationId)).toEqual(['MEX', 'CHE', 'msf'])
    expect(changes.map((change) => change.command?.type)).toEqual(['request-floor', 'request-floor', 'request-floor'])
  })

  it('keeps conflicts and idempotency across a batch: two nexts on one version, one request asked twice', async () => {
    const { host } = await panelInSession()
    await host.execute({ type: 'request-floor', delegationId: 'MEX' }, chair)
    await host.execute({ type: 'request-floor', delegationId: 'CHE' }, chair)
    const seen = host.state.version
    const [first, second, asked, again] = await Promise.all([
      host.submit({ type: 'next', expectedVersion: seen }, chair),
      host.submit({ type: 'next', expectedVersion: seen }, chair),
      host.submit({ type: 'request-floor', delegationId: 'TUR' }, chair),
      host.submit({ type: 'request-floor', delegationId: 'TUR' }, chair),
    ])
    expectAccepted(first!.ack)
    expect(second!.ack).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(expectAccepted(again!.ack).requestId).toBe(expectAccepted(asked!.ack).requestId)
    expect(host.state.floor?.delegationId).toBe('MEX')
    expect(host.state.segments['panel-1']?.queue.map((r) => r.delegationId)).toEqual(['CHE', 'TUR'])
  })

  it('is all or nothing: when the commit fails every command in it is refused with internal and nothing changed', async () => {
    const { host, log, changes, storeFailures } = await panelInSession()
    const before = host.state
    log.failing = true
    const executions = await Promise.all([
      host.submit({ type: 'request-floor', delegationId: 'MEX' }, chair),
      host.submit({ type: 'request-floor', delegationId: 'CHE' }, chair),
      host.submit({ type: 'nonsense' }, chair),
    ])
    expect(executions.map((e) => e.ack.ok || e.ack.error.code)).toEqual(['internal', 'internal', 'invalid'])
    expect(host.state).toBe(before)
    expect(changes).toEqual([])
    // The operator hears of it once per failed commit, at error level in the server's log.
    expect(storeFailures).toEqual(['gcm-3: disk full'])

    log.failing = false
    const retried = await host.submit({ type: 'request-floor', delegationId: 'CHE' }, chair)
    expect(expectAccepted(retried.ack).version).toBe(before.version + 1)
    expect(host.state.segments['panel-1']?.queue.map((r) => r.delegationId)).toEqual(['CHE'])
  })

  it('runs a command given at once after those already waiting, never before them', async () => {
    const { host } = await panelInSession()
    const waiting = host.submit({ type: 'request-floor', delegationId: 'MEX' }, chair)
    const now = await host.execute({ type: 'next' }, chair)
    expect(expectAccepted(now.ack).version).toBe(expectAccepted((await waiting).ack).version + 1)
    expect(host.state.floor?.delegationId).toBe('MEX')
  })
})

/** Two nodes' hosts of one meeting on one store: each appends without hearing of the other's commits. */
async function twoNodes() {
  const store = memoryStore()
  const shared = { ...store, shared: true }
  let ids = 0
  const first = await MeetingHost.create(logOf(shared, smallMeeting.meeting.id), smallMeeting, () => at, () => `a${++ids}`)
  await first.execute({ type: 'set-segment', segmentId: 'panel-1' }, chair)
  const second = await MeetingHost.load(logOf(shared, smallMeeting.meeting.id), () => at, () => `b${++ids}`)
  return { store, first, second }
}

describe('several writers, one order', () => {
  it('decides again on the caught-up meeting when another node took the version first', async () => {
    const { store, first, second } = await twoNodes()
    expectAccepted((await first.execute({ type: 'request-floor', delegationId: 'MEX' }, chair)).ack)
    const changes: AcceptedChange[] = []
    second.subscribe((change) => changes.push(change))
    const late = expectAccepted((await second.execute({ type: 'request-floor', delegationId: 'CHE' }, chair)).ack)
    expect(late.version).toBe(first.state.version + 1)
    expect(second.state.segments['panel-1']?.queue.map((r) => r.delegationId)).toEqual(['MEX', 'CHE'])
    // The other node's change is announced before this one's, so its clients see both.
    expect(changes.map((change) => change.actor?.role ?? 'another node')).toEqual(['another node', 'chair'])
    const versions = store.events(smallMeeting.meeting.id).map((event) => event.version)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(new Set(versions).size).toBe(versions.length)
  })

  it('keeps expectedVersion across nodes: two nexts on the same version, exactly one wins', async () => {
    const { first, second } = await twoNodes()
    await first.execute({ type: 'request-floor', delegationId: 'MEX' }, chair)
    await first.execute({ type: 'request-floor', delegationId: 'CHE' }, chair)
    await second.applyRemote([]) // nothing to apply
    const seen = first.state.version
    const [a, b] = await Promise.all([
      first.execute({ type: 'next', expectedVersion: seen }, chair),
      second.execute({ type: 'next', expectedVersion: seen }, chair),
    ])
    expect([a!.ack.ok, b!.ack.ok].filter(Boolean)).toHaveLength(1)
    expect(b!.ack).toMatchObject({ ok: false, error: { code: 'conflict' } })
    await second.catchUp()
    expect(second.state).toEqual(first.state)
  })

  it('applies another node’s events once, and reads the log when some were missed', async () => {
    const { first, second } = await twoNodes()
    const one = await first.execute({ type: 'request-floor', delegationId: 'MEX' }, chair)
    await second.applyRemote(one.events)
    await second.applyRemote(one.events) // heard twice: applied once
    expect(second.state).toEqual(first.state)
    await first.execute({ type: 'request-floor', delegationId: 'CHE' }, chair) // this one's message is lost
    const three = await first.execute({ type: 'request-floor', delegationId: 'TUR' }, chair)
    await second.applyRemote(three.events)
    expect(second.state).toEqual(first.state)
    expect(second.state.segments['panel-1']?.queue.map((r) => r.delegationId)).toEqual(['MEX', 'CHE', 'TUR'])
  })
})
