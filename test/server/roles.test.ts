import { afterEach, describe, expect, it } from 'vitest'
import { chairToken, startServer, type Client, type Harness } from './support/harness'

/**
 * The role matrix: every command against the chair, the delegation concerned,
 * another delegation and a display. Each row runs on a fresh server where
 * Panel 1 is active, Mexico has the floor and Switzerland, Türkiye and MSF wait.
 */
interface Row {
  type: string
  command: (ids: Ids) => Record<string, unknown>
  /** What the delegation concerned (Switzerland) may do, sending `concernedCommand` or the same command. */
  concerned: 'ok' | 'forbidden'
  concernedCommand?: (ids: Ids) => Record<string, unknown>
  /** What the chair sends once the one concerned has acted, where the row's command is spent. */
  chairCommand?: (ids: Ids) => Record<string, unknown>
  /** Commands sent before the row's command so the chair's can succeed. */
  before?: Array<Record<string, unknown>>
}
interface Ids {
  che: string
  msf: string
}

const rows: Row[] = [
  {
    type: 'request-floor',
    command: () => ({ type: 'request-floor', delegationId: 'FRA' }),
    concerned: 'ok',
    concernedCommand: () => ({ type: 'request-floor', kind: 'right-of-reply' }),
  },
  {
    type: 'withdraw',
    command: (ids) => ({ type: 'withdraw', requestId: ids.che }),
    concerned: 'ok',
    chairCommand: (ids) => ({ type: 'withdraw', requestId: ids.msf }),
  },
  { type: 'next', command: () => ({ type: 'next' }), concerned: 'forbidden' },
  { type: 'give-floor', command: (ids) => ({ type: 'give-floor', requestId: ids.che }), concerned: 'forbidden' },
  { type: 'end-floor', command: () => ({ type: 'end-floor' }), concerned: 'forbidden' },
  { type: 'pause-timer', command: () => ({ type: 'pause-timer' }), concerned: 'forbidden' },
  {
    type: 'resume-timer',
    command: () => ({ type: 'resume-timer' }),
    concerned: 'forbidden',
    before: [{ type: 'pause-timer' }],
  },
  { type: 'add-time', command: () => ({ type: 'add-time', seconds: 30 }), concerned: 'forbidden' },
  { type: 'move', command: (ids) => ({ type: 'move', requestId: ids.che, toIndex: 2 }), concerned: 'forbidden' },
  { type: 'remove', command: (ids) => ({ type: 'remove', requestId: ids.che }), concerned: 'forbidden' },
  { type: 'call-to-seat', command: (ids) => ({ type: 'call-to-seat', requestId: ids.msf }), concerned: 'forbidden' },
  { type: 'set-segment', command: () => ({ type: 'set-segment', segmentId: 'panel-2' }), concerned: 'forbidden' },
  { type: 'set-guideline', command: () => ({ type: 'set-guideline', seconds: 120 }), concerned: 'forbidden' },
  { type: 'open-list', command: () => ({ type: 'open-list' }), concerned: 'forbidden', before: [{ type: 'close-list' }] },
  { type: 'close-list', command: () => ({ type: 'close-list' }), concerned: 'forbidden' },
  {
    type: 'add-delegation',
    command: () => ({ type: 'add-delegation', name: 'Caritas Internationalis', category: 'stakeholder' }),
    concerned: 'forbidden',
  },
  { type: 'issue-token', command: () => ({ type: 'issue-token', delegationId: 'CHE' }), concerned: 'forbidden' },
  {
    type: 'add-segment',
    command: () => ({ type: 'add-segment', title: 'Closing', startsAt: '2017-06-20T17:00:00+02:00', endsAt: '2017-06-20T18:00:00+02:00' }),
    concerned: 'forbidden',
  },
  { type: 'update-segment', command: () => ({ type: 'update-segment', segmentId: 'lunch-1', title: 'Long lunch' }), concerned: 'forbidden' },
  { type: 'remove-segment', command: () => ({ type: 'remove-segment', segmentId: 'lunch-1' }), concerned: 'forbidden' },
  { type: 'undo', command: () => ({ type: 'undo' }), concerned: 'forbidden', before: [{ type: 'end-floor' }] },
]

let harness: Harness
afterEach(async () => harness?.close())

async function morning(): Promise<{ chair: Client; display: Client; concerned: Client; other: Client; ids: Ids }> {
  harness = await startServer()
  const chair = await harness.client(chairToken)
  await chair.send({ type: 'set-segment', segmentId: 'panel-1' })
  for (const delegationId of ['MEX', 'CHE', 'TUR', 'msf']) await chair.send({ type: 'request-floor', delegationId })
  await chair.send({ type: 'next' })
  const concerned = await harness.tablet('CHE')
  const other = await harness.tablet('TUR')
  const display = await harness.client()
  const state = await chair.waitFor((s) => s.queue.length === 3)
  const idOf = (id: string) => state.queue.find((e) => e.delegationId === id)!.requestId
  return { chair, display, concerned, other, ids: { che: idOf('CHE'), msf: idOf('msf') } }
}

describe('who may send what', () => {
  it('covers every command of the protocol', async () => {
    const { commandTypes } = await import('@floor/shared')
    expect(rows.map((r) => r.type).sort()).toEqual([...commandTypes].sort())
  })

  it.each(rows)('$type: chair allowed, display and another delegation forbidden, the one concerned as specified', async (row) => {
    const { chair, display, concerned, other, ids } = await morning()
    for (const command of row.before ?? []) expect((await chair.send(command)).ok).toBe(true)
    const version = harness.server.host.state.version

    const fromDisplay = await display.send(row.command(ids))
    expect(fromDisplay).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    // Another delegation acting on Switzerland's behalf.
    const onBehalf = row.type === 'request-floor' ? { type: 'request-floor', delegationId: 'CHE' } : row.command(ids)
    expect(await other.send(onBehalf)).toMatchObject({ ok: false, error: { code: 'forbidden' } })

    const fromConcerned = await concerned.send((row.concernedCommand ?? row.command)(ids))
    if (row.concerned === 'forbidden') {
      expect(fromConcerned).toMatchObject({ ok: false, error: { code: 'forbidden' } })
      expect((await chair.clock()) > 0).toBe(true)
      expect(harness.server.host.state.version).toBe(version)
      const fromChair = await chair.send(row.command(ids))
      expect(fromChair).toMatchObject({ ok: true, version: version + 1 })
      await display.waitFor((s) => s.version === version + 1)
    } else {
      expect(fromConcerned).toMatchObject({ ok: true, version: version + 1 })
      const fromChair = await chair.send((row.chairCommand ?? row.command)(ids))
      expect(fromChair).toMatchObject({ ok: true, version: version + 2 })
    }
  })
})
