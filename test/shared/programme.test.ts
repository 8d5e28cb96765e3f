import { describe, expect, it } from 'vitest'
import { allInterventions, segmentEndsAt } from '@floor/shared'
import { smallMeeting } from '../support/smallMeeting'
import { expectRefused, panelOne, panelOneMorning, queueOf, Room } from '../support/room'
import { expectAccepted } from '../support/expectAccepted'

const panel1 = smallMeeting.segments[0]!

describe('segments', () => {
  it('activates a segment with its scheduled end when the programme dates it today', () => {
    const room = panelOne()
    expect(room.view().segment).toMatchObject({
      id: 'panel-1',
      title: 'Panel 1',
      listOpen: true,
      guidelineSeconds: 180,
      endsAt: Date.parse('2017-06-19T13:00:00+02:00'),
    })
  })

  it('ends a segment at the programme’s end, whenever it is opened', () => {
    expect(segmentEndsAt(panel1, smallMeeting.meeting, Date.parse('2017-06-19T09:00:00+02:00'))).toBe(Date.parse('2017-06-19T13:00:00+02:00'))
    const late = new Room(smallMeeting, Date.parse('2017-06-19T15:34:00+02:00'))
    expectAccepted(late.chair({ type: 'set-segment', segmentId: 'panel-1' }))
    expect(late.view().segment?.endsAt).toBe(Date.parse(panel1.endsAt))
  })

  it('ends a segment run on another day at the programme’s hour on that day, in the meeting’s zone', () => {
    // A rehearsal in winter (Geneva on UTC+1) of a June panel (UTC+2) still ends at 13:00 Geneva time.
    const rehearsal = Date.parse('2026-12-04T10:00:00+01:00')
    expect(segmentEndsAt(panel1, smallMeeting.meeting, rehearsal)).toBe(Date.parse('2026-12-04T13:00:00+01:00'))
    // 23:30 UTC on 18 June is already 19 June in Geneva: the programme's own day.
    expect(segmentEndsAt(panel1, smallMeeting.meeting, Date.parse('2017-06-18T23:30:00Z'))).toBe(Date.parse(panel1.endsAt))
  })

  it('opens lunch with its list closed, and refuses an unknown segment', () => {
    const room = new Room()
    room.chair({ type: 'set-segment', segmentId: 'lunch-1' })
    expect(room.view().segment?.listOpen).toBe(false)
    expectRefused(room.chair({ type: 'set-segment', segmentId: 'panel-9' }), 'not_found')
  })

  it('closes the intervention under way when the chair moves on, and keeps it in the old segment', () => {
    const room = queueOf('MEX')
    room.chair({ type: 'next' })
    room.advance(30_000).chair({ type: 'set-segment', segmentId: 'panel-2' })
    expect(room.view().floor).toBeNull()
    expect(allInterventions(room.state)).toEqual([expect.objectContaining({ segmentId: 'panel-1', spokeSeconds: 30 })])
    expect(room.view().log).toEqual([])
  })

  it('changes nothing when the active segment is set again', () => {
    const room = panelOne()
    const version = room.state.version
    expectAccepted(room.chair({ type: 'set-segment', segmentId: 'panel-1' }))
    expect(room.state.version).toBe(version)
  })
})

describe('opening and closing the list', () => {
  it('closes and reopens the active list', () => {
    const room = panelOne()
    room.chair({ type: 'close-list' })
    expect(room.view().segment?.listOpen).toBe(false)
    room.chair({ type: 'open-list' })
    expect(room.view().segment?.listOpen).toBe(true)
    expectAccepted(room.tablet('MEX', { type: 'request-floor' }))
  })

  it('needs an active segment', () => {
    expectRefused(new Room().chair({ type: 'open-list' }), 'rejected')
    expectRefused(new Room().chair({ type: 'close-list' }), 'rejected')
    expectRefused(new Room().chair({ type: 'set-guideline', seconds: 120 }), 'rejected')
  })
})

describe('the forecast', () => {
  it('adds the speaker’s remaining time and a guideline for each request ahead', () => {
    const room = queueOf('MEX', 'CHE', 'TUR')
    room.chair({ type: 'next' })
    room.advance(60_000)
    const starts = room.view().queue.map((e) => e.expectedStartAt)
    expect(starts).toEqual([room.now + 120_000, room.now + 300_000])
  })

  it('uses the mean of the segment’s finished interventions once three have finished', () => {
    const room = queueOf('MEX', 'CHE', 'TUR', 'FRA', 'VAT', 'PSE')
    for (const spoke of [60_000, 90_000, 120_000]) {
      room.chair({ type: 'next' })
      room.advance(spoke)
    }
    room.chair({ type: 'end-floor' })
    const starts = room.view().queue.map((e) => e.expectedStartAt! - room.now)
    expect(starts).toEqual([0, 90_000, 180_000])
  })

  it('marks the requests that fall after the segment’s end as time permitting', () => {
    const room = new Room(undefined, Date.parse('2017-06-19T12:52:00+02:00'))
    room.chair({ type: 'set-segment', segmentId: 'panel-1' })
    room.request('MEX', 'CHE', 'TUR', 'FRA')
    // Asked a second apart from 12:52: Mexico at 12:52:04, then 12:55, 12:58, and France at 13:01, after the end.
    const flags = room.view().queue.map((e) => [e.delegationId, e.timePermitting])
    expect(flags).toEqual([
      ['MEX', false],
      ['CHE', false],
      ['TUR', false],
      ['FRA', true],
    ])
  })

  it('is empty without an active segment', () => {
    expect(new Room(undefined, panelOneMorning).view().queue).toEqual([])
  })
})
