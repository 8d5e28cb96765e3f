import { describe, expect, it } from 'vitest'
import { demoMeeting } from '@floor/shared'
import { fold, searchRoster } from '../../../client/src/chair/rosterSearch'

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
