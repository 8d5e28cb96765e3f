import type { Language } from '@floor/shared'
import { en, type Messages } from './messages/en'
import { languages } from './languages'

/** Where a screen's catalogues are: here, on their way, or refused by the network. */
export type CatalogueStatus = 'loaded' | 'loading' | 'failed'

type OtherLanguage = Exclude<Language, 'en'>

/**
 * Some of the client's strings, in every language: English in the code of
 * the pages that use them, each other language a chunk of its own, fetched
 * when a screen is first drawn in it. A tablet in English never downloads the
 * other five languages, nor the chair's strings in any.
 */
export interface CataloguePart {
  name: string
  en: Partial<Messages>
  others: Record<OtherLanguage, () => Promise<Partial<Messages>>>
}

/** The catalogues of a page: every screen's strings, and the parts its screen adds. */
export interface Catalogues {
  /** A page's screen needs these strings too: their English is here at once, other languages come with `load`. */
  add(...parts: CataloguePart[]): void
  /** The strings of that language that are here, every part merged. */
  get(language: Language): Partial<Messages> | undefined
  /** Fetches each part in that language once; later calls share the fetch. A refused fetch is tried again on the next call. */
  load(language: Language): Promise<void>
  /** `loaded` when every part is here in every one of them, `failed` when one could not be fetched, else `loading`. */
  status(languages: readonly Language[]): CatalogueStatus
  /** Called after a part arrives, fails, or is added. */
  subscribe(listener: () => void): () => void
}

export function createCatalogues(base: CataloguePart): Catalogues {
  const parts: CataloguePart[] = []
  const merged = new Map<Language, Partial<Messages>>()
  /** `part:language` of what is here, being fetched, or was refused. */
  const here = new Set<string>()
  const pending = new Map<string, Promise<void>>()
  const failed = new Set<string>()
  const listeners = new Set<() => void>()
  const changed = () => {
    for (const listener of listeners) listener()
  }
  const keep = (part: CataloguePart, language: Language, messages: Partial<Messages>) => {
    merged.set(language, { ...merged.get(language), ...messages })
    here.add(`${part.name}:${language}`)
  }
  const fetchPart = (part: CataloguePart, language: OtherLanguage): Promise<void> => {
    const key = `${part.name}:${language}`
    let fetching = pending.get(key)
    if (!fetching) {
      fetching = part.others[language]().then(
        (messages) => {
          keep(part, language, messages)
          pending.delete(key)
          failed.delete(key)
          changed()
        },
        (error: unknown) => {
          pending.delete(key)
          failed.add(key)
          changed()
          throw error
        },
      )
      pending.set(key, fetching)
    }
    return fetching
  }
  const catalogues: Catalogues = {
    add(...added) {
      const fresh = added.filter((part) => !parts.some((known) => known.name === part.name))
      if (fresh.length === 0) return
      for (const part of fresh) {
        parts.push(part)
        keep(part, 'en', part.en)
      }
      changed()
    },
    get: (language) => merged.get(language),
    async load(language) {
      if (language === 'en') return
      await Promise.all(parts.filter((part) => !here.has(`${part.name}:${language}`)).map((part) => fetchPart(part, language)))
    },
    status(wanted) {
      const keys = wanted.flatMap((language) => parts.map((part) => `${part.name}:${language}`))
      if (keys.every((key) => here.has(key))) return 'loaded'
      return keys.some((key) => failed.has(key) && !pending.has(key)) ? 'failed' : 'loading'
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  catalogues.add(base)
  return catalogues
}

/** The page's catalogues: every screen's strings; each import below is a chunk of the build. */
export const catalogues = createCatalogues({
  name: 'base',
  en,
  others: {
    fr: async () => (await import('./messages/fr')).fr,
    es: async () => (await import('./messages/es')).es,
    ar: async () => (await import('./messages/ar')).ar,
    zh: async () => (await import('./messages/zh')).zh,
    ru: async () => (await import('./messages/ru')).ru,
  },
})

// Under Vitest every part is there in every language before the first test,
// so tests (and the browser tests' `translate`) read any string synchronously,
// as a page does once its language has arrived. The build drops this block.
if (import.meta.env.MODE === 'test') {
  const [{ chairPart }, { adminPart }, { reportPart }] = await Promise.all([
    import('./messages/chair/part'),
    import('./messages/admin/part'),
    import('./messages/report/part'),
  ])
  catalogues.add(chairPart, adminPart, reportPart)
  await Promise.all(languages.map((language) => catalogues.load(language)))
}
