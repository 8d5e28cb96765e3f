import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { alpha3ToAlpha2, isValid } from 'i18n-iso-countries'
import { describe, expect, it } from 'vitest'
import { DelegationId, demoMeeting, memberStates, type Delegation } from '@floor/shared'

const roster = demoMeeting().delegations
const byId = (id: string): Delegation => {
  const delegation = roster.find((d) => d.id === id)
  if (!delegation) throw new Error(`${id} is not on the roster`)
  return delegation
}

describe('the Member States', () => {
  const states = roster.filter((d) => d.category === 'member-state')

  it('are the 193 Member States, each under a distinct, valid ISO alpha-3 code', () => {
    expect(states).toHaveLength(193)
    expect(new Set(states.map((s) => s.id)).size).toBe(193)
    for (const { id } of states) {
      expect(id).toMatch(/^[A-Z]{3}$/)
      expect(isValid(id) && alpha3ToAlpha2(id) !== undefined, id).toBe(true)
    }
  })

  it.each([
    ['BOL', 'Bolivia (Plurinational State of)'],
    ['TUR', 'Türkiye'],
    ['NLD', 'Netherlands (Kingdom of the)'],
    ['VNM', 'Viet Nam'],
    ['CZE', 'Czechia'],
    ['CIV', "Côte d'Ivoire"],
    ['PRK', "Democratic People's Republic of Korea"],
    ['KOR', 'Republic of Korea'],
    ['IRN', 'Iran (Islamic Republic of)'],
    ['VEN', 'Venezuela (Bolivarian Republic of)'],
    ['GBR', 'United Kingdom of Great Britain and Northern Ireland'],
    ['USA', 'United States of America'],
    ['RUS', 'Russian Federation'],
    ['SYR', 'Syrian Arab Republic'],
    ['LAO', "Lao People's Democratic Republic"],
    ['FSM', 'Micronesia (Federated States of)'],
    ['MDA', 'Republic of Moldova'],
    ['TZA', 'United Republic of Tanzania'],
    ['SWZ', 'Eswatini'],
    ['MKD', 'North Macedonia'],
    ['CPV', 'Cabo Verde'],
    ['BRN', 'Brunei Darussalam'],
    ['GMB', 'Gambia'],
    ['COD', 'Democratic Republic of the Congo'],
    ['COG', 'Congo'],
    ['STP', 'Sao Tome and Principe'],
    ['TLS', 'Timor-Leste'],
    ['SSD', 'South Sudan'],
  ])('%s is written "%s", as the UN writes it', (id, name) => {
    expect(byId(id)).toMatchObject({ category: 'member-state', name })
  })

  it.each([
    ['fr', 'FRA', 'France'],
    ['fr', 'MEX', 'Mexique'],
    ['fr', 'BOL', 'Bolivie (État plurinational de)'],
    ['fr', 'CZE', 'Tchéquie'],
    ['es', 'DEU', 'Alemania'],
    ['es', 'MEX', 'México'],
    ['es', 'GBR', 'Reino Unido de Gran Bretaña e Irlanda del Norte'],
    ['es', 'TUR', 'Türkiye'],
    ['zh', 'MEX', '墨西哥'],
    ['zh', 'CHE', '瑞士'],
    ['zh', 'KOR', '大韩民国'],
    ['ru', 'MEX', 'Мексика'],
    ['ru', 'RUS', 'Российская Федерация'],
    ['ru', 'USA', 'Соединенные Штаты Америки'],
    ['ar', 'MEX', 'المكسيك'],
    ['ar', 'SYR', 'الجمهورية العربية السورية'],
    ['ar', 'CIV', 'كوت ديفوار'],
  ] as const)('in %s, %s is "%s"', (language, id, name) => {
    expect(byId(id).names?.[language]).toBe(name)
  })

  it('have a name in each of the five other official languages', () => {
    for (const state of states) {
      for (const language of ['fr', 'es', 'ru', 'zh', 'ar'] as const) {
        expect(state.names?.[language], `${state.id} in ${language}`).toMatch(/\S/)
      }
    }
  })

  it('come from a generated file that matches its generator', () => {
    const script = fileURLToPath(new URL('../../../scripts/generateRoster.mjs', import.meta.url))
    expect(execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' })).toContain('up to date')
    expect(memberStates).toHaveLength(193)
  })
})

describe('the rest of the roster', () => {
  it('has the Holy See and the State of Palestine as observer States', () => {
    expect(byId('VAT')).toMatchObject({ category: 'observer-state', name: 'Holy See' })
    expect(byId('PSE')).toMatchObject({ category: 'observer-state', name: 'State of Palestine' })
    expect(roster.filter((d) => d.category === 'observer-state').map((d) => d.id)).toEqual(['VAT', 'PSE'])
    expect(byId('VAT').names).toMatchObject({ fr: 'Saint-Siège', es: 'Santa Sede' })
  })

  it.each([
    ['iom', 'igo'],
    ['eu', 'igo'],
    ['icrc', 'igo'],
    ['ifrc', 'igo'],
    ['unhcr', 'un-entity'],
    ['ohchr', 'un-entity'],
    ['ilo', 'un-entity'],
    ['unodc', 'un-entity'],
    ['undp', 'un-entity'],
    ['unicef', 'un-entity'],
    ['msf', 'stakeholder'],
    ['psi', 'stakeholder'],
    ['coparmex', 'stakeholder'],
    ['gritim-upf', 'stakeholder'],
    ['swedish-red-cross', 'stakeholder'],
    ['dag-hammarskjold-foundation', 'stakeholder'],
    ['mpi', 'stakeholder'],
  ])('has %s as %s', (id, category) => {
    expect(byId(id).category).toBe(category)
  })

  it('uses ids the protocol accepts, each once: ISO codes for States, slugs for the others', () => {
    expect(new Set(roster.map((d) => d.id)).size).toBe(roster.length)
    for (const delegation of roster) {
      expect(DelegationId.safeParse(delegation.id).success, delegation.id).toBe(true)
      const isState = delegation.category === 'member-state' || delegation.category === 'observer-state'
      expect(/^[A-Z]{3}$/.test(delegation.id), delegation.id).toBe(isState)
    }
  })
})
