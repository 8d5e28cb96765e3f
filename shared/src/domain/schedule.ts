import type { Meeting, ProgrammeSegment } from '../protocol'
import { zonedClockAt } from './zonedTime'

const dayMs = 86_400_000

/**
 * When an activated segment must end: the programme's end, so the console
 * agrees with the programme (a segment opened late overruns it, and the
 * console says so). A segment run on another day than the programme dates it
 * (a rehearsal, the 2017 demo run today) ends at the programme's hour on the
 * day it runs, not years ago.
 */
export function segmentEndsAt(segment: Pick<ProgrammeSegment, 'startsAt' | 'endsAt'>, meeting: Meeting, now: number): number {
  const endsAt = Date.parse(segment.endsAt)
  const zone = meeting.timeZone
  const start = zonedClockAt(zone, Date.parse(segment.startsAt))
  const today = zonedClockAt(zone, now)
  const daysLater = Math.round((Date.UTC(today.year, today.month - 1, today.day) - Date.UTC(start.year, start.month - 1, start.day)) / dayMs)
  if (daysLater === 0) return endsAt
  const end = zonedClockAt(zone, endsAt)
  return instantOfWallClock(zone, Date.UTC(end.year, end.month - 1, end.day + daysLater, end.hour, end.minute, end.second))
}

/** The instant at which the zone's wall clock reads `wallClockAsUtc` (its fields read as if UTC). */
function instantOfWallClock(zone: string, wallClockAsUtc: number): number {
  const offsetAt = (instant: number) => {
    const c = zonedClockAt(zone, instant)
    return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - instant
  }
  const guess = wallClockAsUtc - offsetAt(wallClockAsUtc)
  return wallClockAsUtc - offsetAt(guess)
}

/** Whether the programme dates the segment on the day of `now`, in the meeting's time zone. */
export function isDatedToday(segment: Pick<ProgrammeSegment, 'startsAt'>, meeting: Meeting, now: number): boolean {
  return calendarDay(Date.parse(segment.startsAt), meeting.timeZone) === calendarDay(now, meeting.timeZone)
}

const dayFormats = new Map<string, Intl.DateTimeFormat>()

/** YYYY-MM-DD of an instant in a time zone. */
export function calendarDay(epochMs: number, timeZone: string): string {
  let format = dayFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    dayFormats.set(timeZone, format)
  }
  return format.format(epochMs)
}
