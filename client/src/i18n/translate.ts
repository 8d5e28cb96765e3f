import type { Category, Kind, Language } from '@floor/shared'
import { catalogues } from './catalogues'
import type { MessageKey } from './messages/en'

export type { MessageKey, Messages } from './messages/en'

export type MessageValues = Record<string, string | number>

const pluralRules = new Map<Language, Intl.PluralRules>()

function pluralCategory(language: Language, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language)
  if (!rules) {
    rules = new Intl.PluralRules(language)
    pluralRules.set(language, rules)
  }
  return rules.select(count)
}

function formatValue(language: Language, value: string | number): string {
  return typeof value === 'number' ? value.toLocaleString(language) : value
}

/**
 * Picks the branch of one `{count, plural, one {…} few {…} other {…}}` (ICU's
 * syntax, exact `=0` branches too) for the language's plural category, `#`
 * standing for the number. Russian has one/few/many, Arabic zero/one/two/few/many.
 */
function selectPlural(language: Language, branches: string, count: number): string {
  const options = new Map<string, string>()
  let index = 0
  while (index < branches.length) {
    const open = branches.indexOf('{', index)
    if (open < 0) break
    const selector = branches.slice(index, open).trim()
    let depth = 1
    let close = open + 1
    while (close < branches.length && depth > 0) {
      if (branches[close] === '{') depth += 1
      else if (branches[close] === '}') depth -= 1
      close += 1
    }
    options.set(selector, branches.slice(open + 1, close - 1))
    index = close
  }
  const chosen = options.get(`=${count}`) ?? options.get(pluralCategory(language, count)) ?? options.get('other') ?? ''
  return chosen.replace(/#/g, formatValue(language, count))
}

/** The end of the `{…}` that opens at `start`, nested braces included. */
function closingBrace(template: string, start: number): number {
  let depth = 0
  for (let index = start; index < template.length; index += 1) {
    if (template[index] === '{') depth += 1
    else if (template[index] === '}') {
      depth -= 1
      if (depth === 0) return index
    }
  }
  return -1
}

/** Fills `{name}` placeholders and `{count, plural, …}` choices. */
export function formatMessage(language: Language, template: string, values?: MessageValues): string {
  if (!values) return template
  let out = ''
  let index = 0
  while (index < template.length) {
    const open = template.indexOf('{', index)
    if (open < 0) break
    const close = closingBrace(template, open)
    if (close < 0) break
    out += template.slice(index, open)
    const inner = template.slice(open + 1, close)
    const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner)
    if (plural) {
      const value = values[plural[1]!]
      out += typeof value === 'number' ? formatMessage(language, selectPlural(language, plural[2]!, value), values) : template.slice(open, close + 1)
    } else {
      const value = /^\w+$/.test(inner) ? values[inner] : undefined
      out += value === undefined ? template.slice(open, close + 1) : formatValue(language, value)
    }
    index = close + 1
  }
  return out + template.slice(index)
}

/**
 * The message in that language with `{placeholders}` filled in and plural
 * forms picked by the language's rules (`Intl.PluralRules`). Numbers are
 * written the language's way. The language's catalogue must have arrived
 * (`LanguageProvider` and `useLoadedLanguages` wait for it): until it has,
 * the English text stands in; the key itself where the page never added the
 * part that holds it.
 */
export function translate(language: Language, key: MessageKey, values?: MessageValues): string {
  return formatMessage(language, catalogues.get(language)?.[key] ?? catalogues.get('en')?.[key] ?? key, values)
}

/** The placeholders a message uses (`{name}`, `{count, plural, …}` and those inside its branches): every translation must use the same. */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>()
  const visit = (text: string) => {
    let index = 0
    while (index < text.length) {
      const open = text.indexOf('{', index)
      if (open < 0) return
      const close = closingBrace(text, open)
      if (close < 0) return
      const inner = text.slice(open + 1, close)
      const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner)
      if (plural) {
        names.add(plural[1]!)
        const branches = plural[2]!
        let start = branches.indexOf('{')
        while (start >= 0) {
          const end = closingBrace(branches, start)
          if (end < 0) break
          visit(branches.slice(start + 1, end))
          start = branches.indexOf('{', end + 1)
        }
      } else if (/^\w+$/.test(inner)) names.add(inner)
      index = close + 1
    }
  }
  visit(template)
  return [...names].sort()
}

export function categoryLabel(language: Language, category: Category): string {
  return translate(language, `category.${category}`)
}

export function kindLabel(language: Language, kind: Kind): string {
  return translate(language, `kind.${kind}`)
}
