import type { CataloguePart } from '../../catalogues'
import { chairEn } from './en'

/** The chair's console's strings: English in the code of the pages that show them, each other language fetched when it is chosen. */
export const chairPart: CataloguePart = {
  name: 'chair',
  en: chairEn,
  others: {
    fr: async () => (await import('./fr')).chairFr,
    es: async () => (await import('./es')).chairEs,
    ar: async () => (await import('./ar')).chairAr,
    zh: async () => (await import('./zh')).chairZh,
    ru: async () => (await import('./ru')).chairRu,
  },
}
