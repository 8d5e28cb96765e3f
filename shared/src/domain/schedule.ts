import type { Meeting, ProgrammeSegment } from '../protocol'

/**
 * When an activated segment must end: the programme's end, whenever it is
 * opened, so the console agrees with the programme (a segment opened late
 * overruns it, and the console says so).
 */
export function segmentEndsAt(segment: Pick<ProgrammeSegment, 'endsAt'>): number {
  return Date.parse(segment.endsAt)
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
