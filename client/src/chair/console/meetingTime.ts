import type { Language } from '@floor/shared'
import { dateFormat } from '../../time/timeOfDay'

/** `Monday 19 June 2017` in the meeting's zone: a programme may be of another year than today's. */
export function dayTitle(epochMs: number, language: Language, timeZone: string | undefined): string {
  return dateFormat(language, timeZone, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(epochMs)
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
