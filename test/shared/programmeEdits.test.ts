import { describe, expect, it } from 'vitest'
import { evolve, replay } from '@floor/shared'
import { expectAccepted } from '../support/expectAccepted'
import { expectRefused, panelOne, queueOf, Room } from '../support/room'

describe('programme edits during a meeting', () => {
  it('adds a segment that can then be activated, with the meeting’s guideline, and answers its id', () => {
    const room = new Room()
    const added = expectAccepted(
      room.chair({
        type: 'add-segment',
        title: 'Closing',
        startsAt: '2017-06-19T17:00:00+02:00',
        endsAt: '2017-06-19T18:00:00+02:00',
      }),
    )
    const segmentId = String(added.result.segmentId)
    expect(room.state.programme.at(-1)).toMatchObject({ id: segmentId, title: 'Closing', takesRequests: true })
    room.chair({ type: 'set-segment', segmentId })
    expect(room.view().segment).toMatchObject({ id: segmentId, title: 'Closing', guidelineSeconds: 180, listOpen: true })
  })

  it('refuses a segment that ends before it starts, and changes nothing', () => {
    const room = new Room()
    const before = room.state
    expectRefused(
      room.chair({ type: 'add-segment', title: 'Backwards', startsAt: '2017-06-19T18:00:00+02:00', endsAt: '2017-06-19T17:00:00+02:00' }),
      'invalid',
    )
    expectRefused(room.chair({ type: 'update-segment', segmentId: 'panel-1', endsAt: '2017-06-19T09:00:00+02:00' }), 'invalid')
    expect(room.state).toBe(before)
  })

  it('moves the time-permitting line at once when the active segment is cut short', () => {
    const room = queueOf('MEX', 'CHE', 'TUR', 'FRA')
    expect(room.view().queue.every((entry) => !entry.timePermitting)).toBe(true)
    // 10:30 now; three minutes each: FRA is expected at 10:39. Ending the panel at 10:35 leaves FRA and TUR out.
    room.chair({ type: 'update-segment', segmentId: 'panel-1', endsAt: '2017-06-19T10:35:00+02:00' })
    expect(room.view().segment?.endsAt).toBe(Date.parse('2017-06-19T10:35:00+02:00'))
    expect(room.view().queue.map((entry) => entry.timePermitting)).toEqual([false, false, true, true])
  })

  it('renames a segment for every screen, and replays to the same programme', () => {
    const room = panelOne()
    room.chair({ type: 'update-segment', segmentId: 'panel-1', title: 'Panel 1: borders' })
    expect(room.view().segment?.title).toBe('Panel 1: borders')
    expect(replay(room.log)).toEqual(room.state)
  })

  it('removes a segment nobody asked to speak in, but never the active one or one with requests', () => {
    const room = queueOf('MEX')
    expectRefused(room.chair({ type: 'remove-segment', segmentId: 'panel-1' }), 'rejected')
    expectAccepted(room.chair({ type: 'remove-segment', segmentId: 'lunch-1' }))
    expect(room.state.programme.map((s) => s.id)).not.toContain('lunch-1')
    expectRefused(room.chair({ type: 'remove-segment', segmentId: 'lunch-1' }), 'not_found')

    // A request withdrawn still leaves its segment in the record.
    room.tablet('MEX', { type: 'withdraw' })
    const other = room.state.programme.find((s) => s.id !== 'panel-1')
    if (other) room.chair({ type: 'set-segment', segmentId: other.id })
    expectRefused(room.chair({ type: 'remove-segment', segmentId: 'panel-1' }), 'rejected')
  })

  it('is the chair’s alone', () => {
    const room = new Room()
    expectRefused(room.tablet('MEX', { type: 'remove-segment', segmentId: 'lunch-1' }), 'forbidden')
  })
})

describe('an archived meeting', () => {
  it('refuses every command and keeps its state', () => {
    const room = queueOf('MEX')
    room.state = evolve(room.state, { type: 'meeting-archived', version: room.state.version + 1, at: room.now })
    const before = room.state
    expectRefused(room.chair({ type: 'next' }), 'rejected')
    expectRefused(room.tablet('CHE', { type: 'request-floor' }), 'rejected')
    expect(room.state).toBe(before)
    expect(room.view().queue).toHaveLength(1)
  })
})
