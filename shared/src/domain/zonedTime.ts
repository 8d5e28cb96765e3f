/** What the wall clock of a time zone reads at an instant, as numbers (`month` from 1, `hour` from 0 to 23). */
export interface ZonedClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const formats = new Map<string, Intl.DateTimeFormat>()

/** One formatter a zone: building one per call is measurable over a day's records. */
function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formats.set(timeZone, format)
  }
  return format
}

/** The wall clock of `timeZone` at an instant (epoch ms), read with Intl: no date library, no clock of its own. */
export function zonedClockAt(timeZone: string, instantMs: number): ZonedClock {
  const parts = partsFormat(timeZone).formatToParts(new Date(instantMs))
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0)
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute'), second: get('second') }
}

/**
 * The instant at which the zone's wall clock reads `wallClockAsUtc` (its
 * fields read as if UTC). The offset at the wall time read as UTC is a first
 * guess; near a change of offset the instant it gives can fall on the other
 * side, so the offset is looked up again there.
 */
export function instantOfWallClock(zone: string, wallClockAsUtc: number): number {
  const offsetAt = (instant: number) => {
    const c = zonedClockAt(zone, instant)
    return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - Math.floor(instant / 1000) * 1000
  }
  return wallClockAsUtc - offsetAt(wallClockAsUtc - offsetAt(wallClockAsUtc))
}
