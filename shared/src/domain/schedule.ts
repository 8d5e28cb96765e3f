import type { Meeting, ProgrammeSegment } from '../protocol'
import { instantOfWallClock, zonedClockAt } from './zonedTime'

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
