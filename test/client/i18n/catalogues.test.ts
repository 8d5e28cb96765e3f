import { describe, expect, it } from 'vitest'
import { Language } from '@floor/shared'
import { catalogues } from '../../../client/src/i18n/catalogues'
import { formatMessage, placeholdersOf, translate } from '../../../client/src/i18n/translate'

// Under Vitest the page's catalogues hold every part in every language, merged.
const english = catalogues.get('en') as Record<string, string>
const others = Language.options.filter((language) => language !== 'en')

describe('the catalogues of the six UN languages', () => {
  it('cover every screen: the chair’s, the setup page’s and the report’s parts too', () => {
    expect(english).toHaveProperty('chair.app')
    expect(english).toHaveProperty('admin.app')
    expect(english).toHaveProperty('report.link')
    expect(english).toHaveProperty('delegate.title')
  })

  it.each(others)('%s has every key of the English catalogue, and no other', (language) => {
    const catalogue = catalogues.get(language) as Record<string, string | undefined>
    const missing = Object.keys(english).filter((key) => !catalogue[key]?.trim())
    const extra = Object.keys(catalogue).filter((key) => !(key in english))
    expect({ missing, extra }).toEqual({ missing: [], extra: [] })
  })

  it.each(others)('%s uses the same placeholders as English in every message', (language) => {
    const catalogue = catalogues.get(language) as Record<string, string | undefined>
    const differing = Object.keys(english)
      .filter((key) => catalogue[key] !== undefined)
      .filter((key) => placeholdersOf(catalogue[key]!).join() !== placeholdersOf(english[key]!).join())
      .map((key) => `${key}: ${placeholdersOf(english[key]!).join()} ≠ ${placeholdersOf(catalogue[key]!).join()}`)
    expect(differing).toEqual([])
  })
})

describe('placeholders and plurals', () => {
  it('names the placeholders of a message, those inside plural branches too', () => {
    expect(placeholdersOf('{name} added, {count, plural, one {# seat for {who}} other {# seats}}')).toEqual(['count', 'name', 'who'])
    expect(placeholdersOf('No placeholder here')).toEqual([])
  })

  it('fills placeholders and writes numbers the language’s way', () => {
    expect(formatMessage('fr', '{count} sur {total}', { count: 1200, total: 3 })).toBe('1\u202f200 sur 3')
    expect(formatMessage('en', 'Hello {who}', {})).toBe('Hello {who}')
  })

  it('picks Russian’s one, few and many forms', () => {
    const template = '{count, plural, one {# оратор} few {# оратора} many {# ораторов} other {# оратора}}'
    expect([1, 3, 5, 21, 22, 11].map((count) => formatMessage('ru', template, { count }))).toEqual([
      '1 оратор',
      '3 оратора',
      '5 ораторов',
      '21 оратор',
      '22 оратора',
      '11 ораторов',
    ])
  })

  it('picks Arabic’s zero, one, two, few and many forms', () => {
    const template = '{count, plural, zero {لا أحد} one {متكلم واحد} two {متكلمان} few {# متكلمين} many {# متكلمًا} other {# متكلم}}'
    expect([0, 1, 2, 3, 11, 100].map((count) => formatMessage('ar', template, { count }))).toEqual([
      'لا أحد',
      'متكلم واحد',
      'متكلمان',
      `${(3).toLocaleString('ar')} متكلمين`,
      `${(11).toLocaleString('ar')} متكلمًا`,
      `${(100).toLocaleString('ar')} متكلم`,
    ])
  })

  it('prefers an exact =n branch, and French counts 0 and 1 as one', () => {
    const template = '{count, plural, =0 {personne} one {# orateur} other {# orateurs}}'
    expect([0, 1, 2].map((count) => formatMessage('fr', template, { count }))).toEqual(['personne', '1 orateur', '2 orateurs'])
  })

  it('translates the chair’s count of waiting speakers with the language’s plural', () => {
    expect(translate('en', 'chair.list.waiting', { count: 2 })).toBe('2 waiting')
    expect([1, 2, 21, 25].map((count) => translate('ru', 'chair.list.waiting', { count }))).toEqual(['1 ожидает', '2 ожидают', '21 ожидает', '25 ожидают'])
    expect(translate('ar', 'chair.list.waiting', { count: 2 })).toBe('متكلمان في الانتظار')
  })
})
