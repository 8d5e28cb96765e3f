import type { Category, Kind, Language } from '@floor/shared'
import { ar } from './messages/ar'
import { en, type MessageKey, type Messages } from './messages/en'
import { es } from './messages/es'
import { fr } from './messages/fr'
import { ru } from './messages/ru'
import { zh } from './messages/zh'

export type { MessageKey } from './messages/en'

const catalogues: Record<Language, Partial<Messages>> = { en, fr, es, ar, zh, ru }

export type MessageValues = Record<string, string | number>

/**
 * The message in that language, English where it has no translation yet, with
 * `{placeholders}` filled in. Numbers are written the language's way.
 */
export function translate(language: Language, key: MessageKey, values?: MessageValues): string {
  const template = catalogues[language][key] ?? en[key]
  if (!values) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name]
    if (value === undefined) return whole
    return typeof value === 'number' ? value.toLocaleString(language) : value
  })
}

export function categoryLabel(language: Language, category: Category): string {
  return translate(language, `category.${category}`)
}

export function kindLabel(language: Language, kind: Kind): string {
  return translate(language, `kind.${kind}`)
}
