import { useEffect } from 'react'
import type { Language } from '@floor/shared'
import { applyDocumentLanguage } from './LanguageContext'
import { useLoadedLanguages } from './useLoadedLanguages'

/** Keeps `<html lang dir>` on the screen's leading language, once the screen is drawn in it. */
export function useDocumentLanguage(language: Language): void {
  const [drawn] = useLoadedLanguages([language]) ?? []
  useEffect(() => {
    if (drawn) applyDocumentLanguage(drawn)
  }, [drawn])
}
