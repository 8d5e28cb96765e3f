import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { Language } from '@floor/shared'
import { directionOf, type Direction } from './languages'
import { translate, type MessageKey, type MessageValues } from './translate'
import { useLoadedLanguages } from './useLoadedLanguages'

const LanguageContext = createContext<Language>('en')
const LanguageChoiceContext = createContext<((language: Language) => void) | null>(null)

/**
 * The language of everything rendered below; one per screen (the display may
 * nest a second). `onChange`: how a `LanguageSwitch` below changes it. Draws
 * in a language once its catalogue is here: nothing before the first one
 * arrives, the language drawn before while another is on its way.
 */
export function LanguageProvider({
  language,
  onChange,
  children,
}: {
  language: Language
  onChange?: (language: Language) => void
  children: ReactNode
}) {
  const [drawn] = useLoadedLanguages([language]) ?? []
  if (!drawn) return null
  const choice = (
    <LanguageContext.Provider value={drawn}>{children}</LanguageContext.Provider>
  )
  return onChange ? <LanguageChoiceContext.Provider value={onChange}>{choice}</LanguageChoiceContext.Provider> : choice
}

/** How the nearest provider's language is changed; null where the page has no picker. */
export function useLanguageChoice(): ((language: Language) => void) | null {
  return useContext(LanguageChoiceContext)
}

export function useLanguage(): Language {
  return useContext(LanguageContext)
}

export interface Translator {
  language: Language
  dir: Direction
  t: (key: MessageKey, values?: MessageValues) => string
}

/** `t('display.nextSpeakers')` in the language of the nearest provider. */
export function useTranslate(): Translator {
  const language = useLanguage()
  return useMemo(
    () => ({ language, dir: directionOf(language), t: (key, values) => translate(language, key, values) }),
    [language],
  )
}

/** Sets `<html lang dir>` so the browser lays out, hyphenates and reads aloud in that language. */
export function applyDocumentLanguage(language: Language, root: HTMLElement = document.documentElement): void {
  root.lang = language
  root.dir = directionOf(language)
}
