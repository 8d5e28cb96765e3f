import type { Language } from '@floor/shared'
import { en, type Messages } from './messages/en'
import { languages } from './languages'

/** Where a language's catalogue is: here, on its way, or refused by the network. */
export type CatalogueStatus = 'loaded' | 'loading' | 'failed'

/**
 * The catalogues a page has. English is in the page's own code; each other
 * language is a chunk of its own, fetched when a screen first needs it, so a
 * tablet in English never downloads the other five.
 */
export interface Catalogues {
  /** The language's catalogue if it is loaded. */
  get(language: Language): Messages | undefined
  /** Fetches the catalogue once; later calls share the same answer. A failed fetch is tried again on the next call. */
  load(language: Language): Promise<Messages>
  /** `loaded` when every one of them is, `failed` when one of them could not be fetched, else `loading`. */
  status(languages: readonly Language[]): CatalogueStatus
  /** Called after each catalogue arrives or fails. */
  subscribe(listener: () => void): () => void
}

export type CatalogueLoaders = Record<Exclude<Language, 'en'>, () => Promise<Messages>>

export function createCatalogues(loaders: CatalogueLoaders): Catalogues {
  const loaded = new Map<Language, Messages>([['en', en]])
  const pending = new Map<Language, Promise<Messages>>()
  const failed = new Set<Language>()
  const listeners = new Set<() => void>()
  const changed = () => {
    for (const listener of listeners) listener()
  }
  return {
    get: (language) => loaded.get(language),
    load(language) {
      const there = loaded.get(language)
      if (there) return Promise.resolve(there)
      let fetching = pending.get(language)
      if (!fetching) {
        fetching = loaders[language as Exclude<Language, 'en'>]().then(
          (messages) => {
            loaded.set(language, messages)
            pending.delete(language)
            failed.delete(language)
            changed()
            return messages
          },
          (error: unknown) => {
            pending.delete(language)
            failed.add(language)
            changed()
            throw error
          },
        )
        pending.set(language, fetching)
      }
      return fetching
    },
    status(wanted) {
      if (wanted.every((language) => loaded.has(language))) return 'loaded'
      return wanted.some((language) => failed.has(language) && !pending.has(language)) ? 'failed' : 'loading'
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** The page's catalogues: each import below is a chunk of the build. */
export const catalogues = createCatalogues({
  fr: async () => (await import('./messages/fr')).fr,
  es: async () => (await import('./messages/es')).es,
  ar: async () => (await import('./messages/ar')).ar,
  zh: async () => (await import('./messages/zh')).zh,
  ru: async () => (await import('./messages/ru')).ru,
})

// Under Vitest every catalogue is there before the first test, so tests (and
// the browser tests' `translate`) read any language synchronously, as a page
// does once its language has arrived. The build drops this line.
if (import.meta.env.MODE === 'test') await Promise.all(languages.map((language) => catalogues.load(language)))
