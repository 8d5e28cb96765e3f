import type { Language, MeetingSummary } from '@floor/shared'
import { dateFormat } from '../time/timeOfDay'
import { formatClock } from '../time/timerDisplay'

/** `3:05`, `1:02:05`: a length of time as the chair's timer writes it, hours when there are any. */
export function durationText(seconds: number): string {
  return formatClock(Math.round(seconds))
}

/** `19 June 2017, 10:15 – 17:50`, or across days `19 June 2017, 10:15 – 20 June 2017, 18:00`: the programme in the meeting's zone. */
export function meetingDates(meeting: MeetingSummary, language: Language): string | null {
  if (meeting.startsAt === null || meeting.endsAt === null) return null
  const format = dateFormat(language, meeting.timeZone, { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' })
  return format.formatRange(Date.parse(meeting.startsAt), Date.parse(meeting.endsAt))
}

/** `10:30:06` in the meeting's zone. */
export function clockTime(iso: string, language: Language, timeZone: string): string {
  return dateFormat(language, timeZone, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(Date.parse(iso))
}

/** `19 June 2017, 18:02` in the meeting's zone. */
export function dateTime(iso: string, language: Language, timeZone: string): string {
  return dateFormat(language, timeZone, { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' }).format(Date.parse(iso))
}

/** A share as a whole percentage; nothing of nothing is 0. */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100)
}
