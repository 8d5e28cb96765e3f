import { useEffect } from 'react'
import type { Language } from '@floor/shared'
import { applyDocumentLanguage } from './LanguageContext'

/** Keeps `<html lang dir>` on the screen's leading language. */
export function useDocumentLanguage(language: Language): void {
  useEffect(() => applyDocumentLanguage(language), [language])
}
