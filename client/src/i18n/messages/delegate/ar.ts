import type { delegateEn } from './en'

/** The delegate route's strings; a key left out falls back to English. */
export const delegateAr: Partial<Record<keyof typeof delegateEn, string>> = {}
