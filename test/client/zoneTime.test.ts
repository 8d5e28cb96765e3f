import { describe, expect, it } from 'vitest'
import { formatOffset, todayIn, wallClockIn, zonedIso, zoneOffsetMinutes } from '../../client/src/time/zoneTime'

describe('wall-clock times in a meeting’s time zone', () => {
  it('knows each zone’s offset from UTC at an instant, summer and winter', () => {
    expect(zoneOffsetMinutes('Europe/Zurich', Date.parse('2026-12-04T09:00:00Z'))).toBe(60)
    expect(zoneOffsetMinutes('Europe/Zurich', Date.parse('2026-07-01T08:00:00Z'))).toBe(120)
    expect(zoneOffsetMinutes('America/New_York', Date.parse('2026-12-04T15:00:00Z'))).toBe(-300)
    expect(zoneOffsetMinutes('America/New_York', Date.parse('2026-07-01T14:00:00Z'))).toBe(-240)
    expect(zoneOffsetMinutes('Asia/Kolkata', Date.parse('2026-07-01T04:30:00Z'))).toBe(330)
    expect(zoneOffsetMinutes('UTC', Date.parse('2026-07-01T04:30:00Z'))).toBe(0)
  })

  it('writes 10:00 in a zone as an ISO instant with that day’s offset', () => {
    expect(zonedIso({ date: '2026-12-04', time: '10:00' }, 'Europe/Zurich')).toBe('2026-12-04T10:00:00+01:00')
    expect(zonedIso({ date: '2026-06-19', time: '10:00' }, 'Europe/Zurich')).toBe('2026-06-19T10:00:00+02:00')
    expect(zonedIso({ date: '2026-12-04', time: '10:00' }, 'America/New_York')).toBe('2026-12-04T10:00:00-05:00')
    expect(zonedIso({ date: '2026-06-19', time: '15:00' }, 'America/New_York')).toBe('2026-06-19T15:00:00-04:00')
    expect(zonedIso({ date: '2026-12-04', time: '10:00' }, 'Asia/Kolkata')).toBe('2026-12-04T10:00:00+05:30')
    expect(zonedIso({ date: '2026-12-04', time: '10:00' }, 'UTC')).toBe('2026-12-04T10:00:00+00:00')
  })

  it('names the instant meant, on the days the clocks change too', () => {
    // Zurich moves from +01:00 to +02:00 at 02:00 on 29 March 2026, back at 03:00 on 25 October.
    const before = zonedIso({ date: '2026-03-29', time: '01:30' }, 'Europe/Zurich')!
    const after = zonedIso({ date: '2026-03-29', time: '10:00' }, 'Europe/Zurich')!
    expect(before).toBe('2026-03-29T01:30:00+01:00')
    expect(after).toBe('2026-03-29T10:00:00+02:00')
    expect(Date.parse(after) - Date.parse(before)).toBe(7.5 * 3600_000)
    expect(zonedIso({ date: '2026-10-25', time: '10:00' }, 'Europe/Zurich')).toBe('2026-10-25T10:00:00+01:00')
  })

  it('refuses what is not a date and a time', () => {
    expect(zonedIso({ date: '', time: '10:00' }, 'Europe/Zurich')).toBeNull()
    expect(zonedIso({ date: '2026-12-04', time: '10' }, 'Europe/Zurich')).toBeNull()
  })

  it('reads an instant back as the wall clock of the meeting’s zone', () => {
    expect(wallClockIn('Europe/Zurich', '2017-06-19T08:00:00Z')).toEqual({ date: '2017-06-19', time: '10:00' })
    expect(wallClockIn('Asia/Kolkata', '2026-12-04T20:00:00Z')).toEqual({ date: '2026-12-05', time: '01:30' })
    expect(wallClockIn('Europe/Zurich', 'not a date')).toBeNull()
  })

  it('says which day it is in a zone, which may not be the browser’s', () => {
    const lateInLondon = Date.parse('2026-12-04T23:30:00Z')
    expect(todayIn('Europe/London', lateInLondon)).toBe('2026-12-04')
    expect(todayIn('Asia/Tokyo', lateInLondon)).toBe('2026-12-05')
    expect(todayIn('America/Los_Angeles', lateInLondon)).toBe('2026-12-04')
  })

  it('writes offsets with their sign, hours and minutes', () => {
    expect(formatOffset(60)).toBe('+01:00')
    expect(formatOffset(-240)).toBe('-04:00')
    expect(formatOffset(330)).toBe('+05:30')
    expect(formatOffset(-570)).toBe('-09:30')
    expect(formatOffset(0)).toBe('+00:00')
  })
})
