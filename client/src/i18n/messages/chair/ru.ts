import type { chairEn } from './en'

/** The chair route's strings; a key left out falls back to English. */
export const chairRu: Partial<Record<keyof typeof chairEn, string>> = {}
