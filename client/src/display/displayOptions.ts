import type { Language } from '@floor/shared'
import { parseLanguageList } from '../i18n/languages'

export type DisplayTheme = 'standard' | 'contrast'

export interface DisplayOptions {
  /** One or two languages, the first one leading (`?lang=en,fr`). */
  languages: [Language] | [Language, Language]
  theme: DisplayTheme
}

/**
 * Reads `?lang=` and `?theme=` from the display's address; anything unknown
 * falls back to the defaults. Without `?lang=`, the meeting's own display
 * languages (its setup's `displayLanguages`), else English alone.
 */
export function displayOptionsOf(search: string, meetingLanguages?: readonly Language[]): DisplayOptions {
  const params = new URLSearchParams(search)
  const asked = params.get('lang') ?? meetingLanguages?.join(',') ?? null
  const [first = 'en', second] = parseLanguageList(asked, 2)
  return {
    languages: second ? [first, second] : [first],
    theme: params.get('theme') === 'contrast' ? 'contrast' : 'standard',
  }
}
