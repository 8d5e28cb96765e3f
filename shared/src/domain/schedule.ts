import type { Meeting, ProgrammeSegment } from '../protocol'

/**
 * When an activated segment must end: its scheduled end if the programme dates
 * it today (in the meeting's time zone), otherwise the activation time plus its
 * scheduled length, so a rehearsal on another day still gets a useful forecast.
 */
export function segmentEndsAt(segment: ProgrammeSegment, meeting: Meeting, now: number): number {
  const startsAt = Date.parse(segment.startsAt)
  const endsAt = Date.parse(segment.endsAt)
  if (isDatedToday(segment, meeting, now)) return endsAt
  return now + Math.max(0, endsAt - startsAt)
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
