import type { Language } from '@floor/shared'

/**
 * `10:42` in the meeting's time zone (Europe/Zurich for the demo meeting), as
 * the room display and the printed programme show it, whatever zone the
 * tablet itself is set to; the device's zone until the programme has loaded.
 */
export function timeOfDay(language: Language, epochMs: number, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone }).format(epochMs)
}
