import type { Language } from '@floor/shared'
import { isLanguage, preferredLanguage } from '../i18n/languages'

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>

const languageKey = 'floor.delegate.language'

/**
 * Local storage, which outlives a browser restart: a tablet left at its seat
 * overnight opens in the morning on its delegation, in its language. Null
 * where storage is refused (some private modes); the tablet then forgets.
 */
export function deviceStorage(): KeyValueStorage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

export function loadLanguage(storage: KeyValueStorage | null): Language {
  const saved = read(storage, languageKey)
  return saved !== null && isLanguage(saved) ? saved : preferredLanguage()
}

export function saveLanguage(storage: KeyValueStorage | null, language: Language): void {
  try {
    storage?.setItem(languageKey, language)
  } catch {
    // Storage full or refused: the choice holds until the page closes.
  }
}

function read(storage: KeyValueStorage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null
  } catch {
    return null
  }
}
