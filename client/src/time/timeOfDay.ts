import type { Language } from '@floor/shared'
import { useFloor } from '../store/FloorSessionContext'

/**
 * Times of day are read in the meeting's zone (Geneva for the demo), not the
 * device's: a co-facilitator who flew in, a tablet set to another zone and the
 * room display all keep the programme's times.
 */
export function useMeetingTimeZone(): string | undefined {
  return useFloor((state) => state.meeting?.meeting.timeZone)
}

const formats = new Map<string, Intl.DateTimeFormat>()

/** A cached formatter: building one per render is measurable on a list of two hundred. */
export function dateFormat(language: Language, timeZone: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${timeZone ?? ''}|${JSON.stringify(options)}`
  let found = formats.get(key)
  if (!found) {
    found = new Intl.DateTimeFormat(language, { ...options, timeZone })
    formats.set(key, found)
  }
  return found
}

/** `14:05` in the meeting's zone (`h23`: never `24:05` just after midnight). */
export function timeOfDay(epochMs: number, language: Language, timeZone: string | undefined): string {
  return dateFormat(language, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(epochMs)
}
