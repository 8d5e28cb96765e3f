import type { CataloguePart } from '../../catalogues'
import { adminEn } from './en'

/** The setup page's strings: English in the code of the pages that show them, each other language fetched when it is chosen. */
export const adminPart: CataloguePart = {
  name: 'admin',
  en: adminEn,
  others: {
    fr: async () => (await import('./fr')).adminFr,
    es: async () => (await import('./es')).adminEs,
    ar: async () => (await import('./ar')).adminAr,
    zh: async () => (await import('./zh')).adminZh,
    ru: async () => (await import('./ru')).adminRu,
  },
}
