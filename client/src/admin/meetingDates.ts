import type { Language } from '@floor/shared'

/**
 * A meeting's dates in its own time zone, in the page's language:
 * `19 Jun 2017, 10:00 – 13:00`. Null when it has no programme.
 */
export function meetingDates(language: Language, timeZone: string, startsAt: string | null, endsAt: string | null): string | null {
  if (!startsAt || !endsAt) return null
  const start = Date.parse(startsAt)
  const end = Date.parse(endsAt)
  if (Number.isNaN(start) || Number.isNaN(end)) return null
  let format: Intl.DateTimeFormat
  try {
    // English as the UN writes it: 19 Jun 2017, day before month.
    format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, {
      timeZone,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
  } catch {
    return `${startsAt} – ${endsAt}`
  }
  return end > start ? format.formatRange(start, end) : format.format(start)
}
