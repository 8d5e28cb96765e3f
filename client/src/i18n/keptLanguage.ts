import { useCallback, useState } from 'react'
import type { Language } from '@floor/shared'
import { isLanguage, preferredLanguage } from './languages'

/**
 * The language this browser keeps under `key` (local storage, as the chair's
 * and the tablet's are kept), else the first kept under one of `alsoFrom`,
 * else the browser's own.
 */
export function keptLanguage(key: string, alsoFrom: readonly string[] = []): Language {
  try {
    for (const where of [key, ...alsoFrom]) {
      const kept = window.localStorage.getItem(where)
      if (kept && isLanguage(kept)) return kept
    }
  } catch {
    // No storage (a locked-down browser): the browser's language will do.
  }
  return preferredLanguage()
}

/** A page's language, remembered per browser under `key` when the user picks one. */
export function useKeptLanguage(key: string, alsoFrom: readonly string[] = []): [Language, (language: Language) => void] {
  const [language, setLanguage] = useState<Language>(() => keptLanguage(key, alsoFrom))
  const choose = useCallback(
    (next: Language) => {
      setLanguage(next)
      try {
        window.localStorage.setItem(key, next)
      } catch {
        // Not kept: the choice holds until the page is left.
      }
    },
    [key],
  )
  return [language, choose]
}
