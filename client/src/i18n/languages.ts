import type { Language } from '@floor/shared'

/** Each language named in itself, for language pickers; in the UN's order. */
export const languageNames: Record<Language, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
  zh: '中文',
  ru: 'Русский',
}

/**
 * The six official languages of the United Nations, in the UN's order. Read
 * from the names above (a `Record` names every language), not from the
 * protocol's zod enum, so that a screen needs no zod to list them.
 */
export const languages = Object.keys(languageNames) as readonly Language[]

export type Direction = 'ltr' | 'rtl'

export function directionOf(language: Language): Direction {
  return language === 'ar' ? 'rtl' : 'ltr'
}

export function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value)
}

/**
 * Reads a list such as `en,fr` (from `?lang=`), keeping known languages once
 * each, at most `max`; falls back to `fallback` when nothing usable is left.
 */
export function parseLanguageList(value: string | null, max: number, fallback: Language = 'en'): Language[] {
  const chosen: Language[] = []
  for (const part of (value ?? '').split(',')) {
    const code = part.trim().toLowerCase()
    if (isLanguage(code) && !chosen.includes(code) && chosen.length < max) chosen.push(code)
  }
  return chosen.length > 0 ? chosen : [fallback]
}

/** The first of the browser's preferred languages that the UN uses, else English. */
export function preferredLanguage(preferences: readonly string[] = navigator.languages): Language {
  for (const tag of preferences) {
    const code = tag.slice(0, 2).toLowerCase()
    if (isLanguage(code)) return code
  }
  return 'en'
}
