import { describe, expect, it } from 'vitest'
import { routeOf } from '../../client/src/app/routes'
import { displayOptionsOf } from '../../client/src/display/displayOptions'
import { emblemLetters, flagCodeOf, flagUrl } from '../../client/src/flags/flagImages'
import { delegationName, rosterOf } from '../../client/src/i18n/delegationNames'
import { directionOf, parseLanguageList, preferredLanguage } from '../../client/src/i18n/languages'
import { categoryLabel, translate } from '../../client/src/i18n/translate'
import { takeToken } from '../../client/src/net/token'
import { smallRoster } from '../support/smallMeeting'

describe('routes', () => {
  it('knows the fixed links, with or without a trailing slash', () => {
    expect(routeOf('/')).toBe('landing')
    expect(routeOf('/chair')).toBe('chair')
    expect(routeOf('/delegate/')).toBe('delegate')
    expect(routeOf('/display')).toBe('display')
    expect(routeOf('/display/overlay')).toBe('overlay')
    expect(routeOf('/admin')).toBe('admin')
    expect(routeOf('/administration')).toBe('not-found')
  })
})

describe('takeToken', () => {
  function browser(hash: string) {
    const stored = new Map<string, string>()
    const addresses: string[] = []
    return {
      location: { hash, pathname: '/chair', search: '?x=1' },
      storage: { getItem: (key: string) => stored.get(key) ?? null, setItem: (key: string, value: string) => void stored.set(key, value) },
      history: { state: null, replaceState: (_state: unknown, _title: string, url?: string | URL | null) => void addresses.push(String(url)) },
      addresses,
      stored,
    }
  }

  it('moves the token from the link into session storage and out of the address bar', () => {
    const b = browser('#token=s3cret')
    expect(takeToken('chair', b.location, b.storage, b.history)).toBe('s3cret')
    expect(b.stored.get('floor.token.chair')).toBe('s3cret')
    expect(b.addresses).toEqual(['/chair?x=1'])
  })

  it('finds it again after a reload, when the address no longer carries it', () => {
    const b = browser('')
    b.stored.set('floor.token.delegate', 'tablet-token')
    expect(takeToken('delegate', b.location, b.storage, b.history)).toBe('tablet-token')
    expect(takeToken('chair', b.location, b.storage, b.history)).toBeNull()
    expect(b.addresses).toEqual([])
  })
})

describe('languages', () => {
  it('reads one or two languages from ?lang=, ignoring unknown and repeated ones', () => {
    expect(parseLanguageList('en,fr', 2)).toEqual(['en', 'fr'])
    expect(parseLanguageList('AR, de, ar, zh, ru', 2)).toEqual(['ar', 'zh'])
    expect(parseLanguageList('de', 2)).toEqual(['en'])
    expect(parseLanguageList(null, 2)).toEqual(['en'])
  })

  it('lays Arabic out right to left', () => {
    expect(directionOf('ar')).toBe('rtl')
    expect(directionOf('zh')).toBe('ltr')
  })

  it('takes the first UN language among the browser’s preferences', () => {
    expect(preferredLanguage(['de-CH', 'fr-CH', 'en'])).toBe('fr')
    expect(preferredLanguage(['de'])).toBe('en')
  })

  it('translates, fills placeholders the language’s way, and falls back to English', () => {
    expect(translate('fr', 'display.more', { count: 12 })).toBe('et 12 de plus')
    expect(translate('fr', 'display.more', { count: 1200 })).toBe(`et ${(1200).toLocaleString('fr')} de plus`)
    expect(translate('ar', 'display.more', { count: 12 })).toBe(`و${(12).toLocaleString('ar')} آخرون`)
    expect(categoryLabel('ru', 'member-state')).toBe('Государство-член')
    expect(translate('zh', 'app.name')).toBe('Floor')
  })

  it('names delegations in the language asked, from the roster, else in English', () => {
    const roster = rosterOf(smallRoster)
    const turkiye = { delegationId: 'TUR', name: 'Türkiye' }
    expect(delegationName('fr', turkiye, roster)).toBe('Turquie')
    expect(delegationName('es', turkiye, roster)).toBe('Türkiye')
    expect(delegationName('fr', turkiye, null)).toBe('Türkiye')
  })
})

describe('flags', () => {
  it('maps States’ alpha-3 ids to their flags, observers included', () => {
    expect(flagCodeOf('MEX')).toBe('MX')
    expect(flagCodeOf('CHE')).toBe('CH')
    expect(flagCodeOf('VAT')).toBe('VA')
    expect(flagCodeOf('PSE')).toBe('PS')
    // A file among the built assets (inlined as data: under the tests' Vite), one per flag.
    expect(flagUrl('MX')).toMatch(/MX-[\w-]+\.svg$|^data:image\/svg\+xml/)
    expect(flagUrl('MX')).not.toBe(flagUrl('CH'))
    expect(flagUrl('ZZ')).toBeNull()
  })

  it('gives organizations a badge with their acronym or initials instead', () => {
    expect(flagCodeOf('iom')).toBeNull()
    expect(flagCodeOf('european-union')).toBe('EU')
    expect(emblemLetters('International Organization for Migration')).toBe('IOM')
    expect(emblemLetters('Médecins Sans Frontières')).toBe('MSF')
    expect(emblemLetters('UNHCR')).toBe('UNHCR')
    expect(emblemLetters('Office of the High Commissioner for Human Rights (OHCHR)')).toBe('OHCHR')
  })
})

describe('display options', () => {
  it('shows English on the standard theme unless the address says otherwise', () => {
    expect(displayOptionsOf('')).toEqual({ languages: ['en'], theme: 'standard' })
    expect(displayOptionsOf('?lang=en,fr&theme=contrast')).toEqual({ languages: ['en', 'fr'], theme: 'contrast' })
    expect(displayOptionsOf('?lang=ar,en,fr&theme=pink')).toEqual({ languages: ['ar', 'en'], theme: 'standard' })
  })
})
