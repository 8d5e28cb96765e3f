import type { Language } from '@floor/shared'
import { useFloor } from '../store/FloorSessionContext'

/**
 * Times of day are read in the meeting's zone (Geneva for the demo), not the
 * laptop's: a co-facilitator who flew in keeps the programme's times.
 */
export function useMeetingTimeZone(): string | undefined {
  return useFloor((state) => state.meeting?.meeting.timeZone)
}

const formats = new Map<string, Intl.DateTimeFormat>()

function format(language: Language, timeZone: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${timeZone ?? ''}|${JSON.stringify(options)}`
  let found = formats.get(key)
  if (!found) {
    found = new Intl.DateTimeFormat(language, { ...options, timeZone })
    formats.set(key, found)
  }
  return found
}

/** `14:05` in the meeting's zone. */
export function timeOfDay(epochMs: number, language: Language, timeZone: string | undefined): string {
  return format(language, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(epochMs)
}

/** `Monday 19 June` in the meeting's zone. */
export function dayTitle(epochMs: number, language: Language, timeZone: string | undefined): string {
  return format(language, timeZone, { weekday: 'long', day: 'numeric', month: 'long' }).format(epochMs)
}

/**
 * Reads what a chair types for a guideline: `3` or `3:00` (minutes), `90s`
 * (seconds), `2:30`. Null when it is not a duration.
 */
export function parseDuration(text: string): number | null {
  const value = text.trim().toLowerCase()
  let match = /^(\d{1,3}):([0-5]\d)$/.exec(value)
  if (match) return Number(match[1]) * 60 + Number(match[2])
  match = /^(\d{1,4})\s*s$/.exec(value)
  if (match) return Number(match[1])
  match = /^(\d{1,2}(?:[.,]\d+)?)\s*(?:min|m)?$/.exec(value)
  if (match) return Math.round(Number(match[1]!.replace(',', '.')) * 60)
  return null
}
