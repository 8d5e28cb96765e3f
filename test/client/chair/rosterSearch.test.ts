import { describe, expect, it } from 'vitest'
import { demoMeeting } from '@floor/shared'
import { enterChoice, fold, searchRoster, strongMatch } from '../../../client/src/chair/rosterSearch'
import { rosterAliases } from '../../../client/src/chair/rosterAliases'

const roster = demoMeeting().delegations
const first = (query: string) => searchRoster(roster, query)[0]?.delegation.id

describe('the type-ahead over the whole UN roster', () => {
  it('finds Türkiye by a part of its name with or without the accent, by its code and by its seat', () => {
    const seat = roster.find((d) => d.id === 'TUR')?.seat
    expect(seat).toBeDefined()
    expect(first('tür')).toBe('TUR')
    expect(first('TUR')).toBe('TUR')
    expect(first('tur')).toBe('TUR')
    expect(first(seat!)).toBe('TUR')
  })

  it('reads every official language', () => {
    expect(first('Турц')).toBe('TUR')
    expect(first('土耳其')).toBe('TUR')
    expect(first('تركيا')).toBe('TUR')
    expect(first('Suiza')).toBe('CHE')
    expect(first('Mexique')).toBe('MEX')
  })

  it('finds organizations by acronym and stakeholders by a word of their name', () => {
    expect(first('IOM')).toBe('iom')
    expect(first('msf')).toBe('msf')
    expect(first('frontières')).toBe('msf')
    expect(first('T23')).toBe(roster.find((d) => d.seat === 'T23')?.id)
  })

  it('puts the higher tier first among equal matches, and finds nothing in nothing', () => {
    const ids = searchRoster(roster, 'united').map((match) => match.delegation.id)
    expect(ids[0]).toBe('ARE') // United Arab Emirates, a Member State, before any UN entity
    expect(searchRoster(roster, '   ')).toEqual([])
    expect(searchRoster(roster, 'u', 3)).toHaveLength(3)
  })

  it('folds case and marks away', () => {
    expect(fold('  Côte d’Ivoire ')).toBe('cote d’ivoire')
  })
})

describe('short and former names', () => {
  it('finds a State by the name people say: UK is the United Kingdom, not Ukraine', () => {
    expect(first('UK')).toBe('GBR')
    expect(first('uk')).toBe('GBR')
    expect(first('Ukr')).toBe('UKR')
    expect(first('USA')).toBe('USA')
    expect(first('US')).toBe('USA')
  })

  it.each([
    ['Turkey', 'TUR'],
    ['Vietnam', 'VNM'],
    ['South Korea', 'KOR'],
    ['North Korea', 'PRK'],
    ['Russia', 'RUS'],
    ['Iran', 'IRN'],
    ['Syria', 'SYR'],
    ['Bolivia', 'BOL'],
    ['Venezuela', 'VEN'],
    ['Tanzania', 'TZA'],
    ['Laos', 'LAO'],
    ['Moldova', 'MDA'],
    ['Czech Republic', 'CZE'],
    ['Swaziland', 'SWZ'],
    ['Vatican', 'VAT'],
    ['Holy See', 'VAT'],
    ['Palestine', 'PSE'],
    ['Ivory Coast', 'CIV'],
    ['Burma', 'MMR'],
    ['DRC', 'COD'],
    ['UAE', 'ARE'],
  ])('%s finds %s', (query, id) => {
    expect(first(query)).toBe(id)
  })

  it('shows the alias that matched beside the UN name', () => {
    expect(searchRoster(roster, 'Swazi')[0]).toMatchObject({ delegation: { id: 'SWZ' }, matchedName: { text: 'Swaziland' } })
  })

  it('every alias names a delegation of the UN roster', () => {
    const ids = new Set(roster.map((d) => d.id))
    expect(Object.keys(rosterAliases).filter((id) => !ids.has(id))).toEqual([])
  })
})

describe('Enter', () => {
  it('never picks a weak match when a strong one is listed', () => {
    const matches = searchRoster(roster, 'mali')
    const weak = matches.findIndex((match) => match.score < strongMatch)
    expect(matches[0]!.score).toBeGreaterThanOrEqual(strongMatch)
    expect(weak).toBeGreaterThan(0)
    expect(enterChoice(matches, weak)).toBe(matches[0])
    const guineas = searchRoster(roster, 'guinea')
    expect(enterChoice(guineas, 2)).toBe(guineas[2]) // a strong option the chair moved to stands
  })

  it('picks the only matches there are, weak or not', () => {
    const matches = searchRoster(roster, 'xyzzy')
    expect(enterChoice(matches, 0)).toBeUndefined()
  })
})
