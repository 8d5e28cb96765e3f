import type { CataloguePart } from '../../catalogues'
import { reportEn } from './en'

/** The report's strings: English in the code of the pages that show them, each other language fetched when it is chosen. */
export const reportPart: CataloguePart = {
  name: 'report',
  en: reportEn,
  others: {
    fr: async () => (await import('./fr')).reportFr,
    es: async () => (await import('./es')).reportEs,
    ar: async () => (await import('./ar')).reportAr,
    zh: async () => (await import('./zh')).reportZh,
    ru: async () => (await import('./ru')).reportRu,
  },
}
