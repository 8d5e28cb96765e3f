import { todayIn, wallClockIn, zonedIso } from '../../time/zoneTime'

/** What the segment form holds: a date and two times of day, as the meeting's zone reads them. */
export interface SegmentTimes {
  /** `YYYY-MM-DD` */
  date: string
  /** `HH:mm` */
  start: string
  end: string
}

export type SegmentInstants = { ok: true; startsAt: string; endsAt: string } | { ok: false; problem: 'incomplete' | 'order' }

/**
 * The instants, ISO 8601 with the zone's offset on that date, of a segment
 * typed as "19 June, 15:00 to 17:50 in Geneva"; the end must come after the
 * start (a segment past midnight is two segments).
 */
export function instantsOf({ date, start, end }: SegmentTimes, timeZone: string): SegmentInstants {
  const startsAt = zonedIso({ date, time: start }, timeZone)
  const endsAt = zonedIso({ date, time: end }, timeZone)
  if (!startsAt || !endsAt) return { ok: false, problem: 'incomplete' }
  if (Date.parse(endsAt) <= Date.parse(startsAt)) return { ok: false, problem: 'order' }
  return { ok: true, startsAt, endsAt }
}

/** A segment's times as the form shows them, on the day it starts in the meeting's zone. */
export function timesOf(segment: { startsAt: string; endsAt: string }, timeZone: string): SegmentTimes | null {
  const start = wallClockIn(timeZone, segment.startsAt)
  const end = wallClockIn(timeZone, segment.endsAt)
  if (!start || !end) return null
  return { date: start.date, start: start.time, end: end.time }
}

const hourMs = 3_600_000

/**
 * A new segment's first guess: an hour after the last one in the programme,
 * on its day; an hour from the next full hour today when the programme is empty.
 */
export function nextSlot(segments: ReadonlyArray<{ startsAt: string; endsAt: string }>, timeZone: string, nowMs: number): SegmentTimes {
  const lastEnd = Math.max(...segments.map((segment) => Date.parse(segment.endsAt)).filter(Number.isFinite))
  const from = Number.isFinite(lastEnd) ? lastEnd : Math.ceil(nowMs / hourMs) * hourMs
  const start = wallClockIn(timeZone, from)
  const end = wallClockIn(timeZone, from + hourMs)
  if (!start || !end || end.date !== start.date) return { date: start?.date ?? todayIn(timeZone, nowMs), start: start?.time ?? '10:00', end: '23:59' }
  return { date: start.date, start: start.time, end: end.time }
}
