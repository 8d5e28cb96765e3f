import type { Language } from '@floor/shared'

const englishSuffix: Record<Intl.LDMLPluralRule, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' }
const englishRules = new Intl.PluralRules('en', { type: 'ordinal' })

/** Arabic ordinals are words up to ten (masculine: the speaker, المتكلم); then the number. */
const arabicWords = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر']

/**
 * A place on the list the way each language writes it: `3rd`, `3e`, `3.º`,
 * `الثالث`, `第3位`, `3-й`. Read as "you are 3rd on the list of speakers".
 */
export function ordinal(language: Language, place: number): string {
  const n = Math.max(1, Math.floor(place))
  switch (language) {
    case 'en':
      return `${n}${englishSuffix[englishRules.select(n)]}`
    case 'fr':
      return n === 1 ? '1er' : `${n}e`
    case 'es':
      return `${n}.º`
    case 'ar':
      return arabicWords[n - 1] ?? `رقم ${n.toLocaleString('ar')}`
    case 'zh':
      return `第${n}位`
    case 'ru':
      return `${n}-й`
  }
}
