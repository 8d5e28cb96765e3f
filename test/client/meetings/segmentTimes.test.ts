import { describe, expect, it } from 'vitest'
import { instantsOf, nextSlot, timesOf } from '../../../client/src/chair/console/segmentTimes'

describe('a segment’s times, typed in the meeting’s zone', () => {
  it('become instants with the zone’s offset on that date, summer or winter', () => {
    expect(instantsOf({ date: '2017-06-19', start: '15:00', end: '17:50' }, 'Europe/Zurich')).toEqual({
      ok: true,
      startsAt: '2017-06-19T15:00:00+02:00',
      endsAt: '2017-06-19T17:50:00+02:00',
    })
    expect(instantsOf({ date: '2026-12-04', start: '10:00', end: '13:00' }, 'Europe/Zurich')).toMatchObject({
      startsAt: '2026-12-04T10:00:00+01:00',
    })
    expect(instantsOf({ date: '2030-03-04', start: '09:30', end: '10:00' }, 'America/New_York')).toMatchObject({
      startsAt: '2030-03-04T09:30:00-05:00',
    })
  })

  it('refuses an end before the start, and a field left empty', () => {
    expect(instantsOf({ date: '2017-06-19', start: '15:00', end: '14:00' }, 'Europe/Zurich')).toEqual({ ok: false, problem: 'order' })
    expect(instantsOf({ date: '2017-06-19', start: '15:00', end: '15:00' }, 'Europe/Zurich')).toEqual({ ok: false, problem: 'order' })
    expect(instantsOf({ date: '', start: '15:00', end: '16:00' }, 'Europe/Zurich')).toEqual({ ok: false, problem: 'incomplete' })
  })

  it('reads a segment back as the meeting’s zone shows it, wherever the device is', () => {
    expect(timesOf({ startsAt: '2017-06-19T13:15:00Z', endsAt: '2017-06-19T15:00:00Z' }, 'Europe/Zurich')).toEqual({
      date: '2017-06-19',
      start: '15:15',
      end: '17:00',
    })
  })

  it('offers the hour after the last segment for a new one', () => {
    const segments = [{ startsAt: '2017-06-19T15:00:00+02:00', endsAt: '2017-06-19T17:50:00+02:00' }]
    expect(nextSlot(segments, 'Europe/Zurich', 0)).toEqual({ date: '2017-06-19', start: '17:50', end: '18:50' })
  })
})
