import { describe, expect, it } from 'vitest'
import { demoMeeting } from '@floor/shared'
import { delegationsToAdd, parseStakeholderCsv, type StakeholderCsv } from '../../server/src/http/stakeholderCsv'

function readable(result: StakeholderCsv) {
  if (!result.ok) throw new Error(`expected a readable file, got: ${result.error}`)
  return result
}

const registrationList = [
  'Name,Organization,Category,Email',
  'Jane Doe,Caritas Internationalis,stakeholder,jane@example.org',
  '"Mwangi, Peter","Kenya Human Rights Commission, Nairobi",NGO,',
  'Ana López,International Organization for Migration,igo,',
  'No Organization,,stakeholder,',
  'Marie Curie,Institut Pasteur,observer,',
  '"A ""quoted"" name","A note',
  'that spans two lines",stakeholder,',
  `Long Name,${'x'.repeat(201)},stakeholder,`,
  '',
  'Ahmed Ali,Caritas Internationalis,,',
  'Too,Many,Fields,Here,And,More',
  'Li Wei,UNHCR,UN Entity,',
].join('\r\n')

describe('parseStakeholderCsv', () => {
  it('keeps the good rows, each with the line it starts on', () => {
    const { rows } = readable(parseStakeholderCsv(registrationList))
    expect(rows).toEqual([
      { line: 2, name: 'Jane Doe', organization: 'Caritas Internationalis', category: 'stakeholder' },
      { line: 3, name: 'Mwangi, Peter', organization: 'Kenya Human Rights Commission, Nairobi', category: 'stakeholder' },
      { line: 4, name: 'Ana López', organization: 'International Organization for Migration', category: 'igo' },
      { line: 7, name: 'A "quoted" name', organization: 'A note that spans two lines', category: 'stakeholder' },
      { line: 11, name: 'Ahmed Ali', organization: 'Caritas Internationalis', category: 'stakeholder' },
      { line: 13, name: 'Li Wei', organization: 'UNHCR', category: 'un-entity' },
    ])
  })

  it('reports every bad row with its line number and a reason', () => {
    const { errors } = readable(parseStakeholderCsv(registrationList))
    expect(errors.map((e) => e.line)).toEqual([5, 6, 9, 12])
    expect(errors[0]?.message).toMatch(/organization is missing/)
    expect(errors[1]?.message).toMatch(/Unknown category "observer"/)
    expect(errors[2]?.message).toMatch(/longer than 200/)
    expect(errors[3]?.message).toMatch(/6 fields where the header has 4/)
  })

  it('reads the columns in any order and case, with LF endings and a byte order mark', () => {
    const { rows, errors } = readable(parseStakeholderCsv('\uFEFFCATEGORY,organization,NAME\nstakeholder,MSF,Raquel Ayora\n'))
    expect(errors).toEqual([])
    expect(rows).toEqual([{ line: 2, name: 'Raquel Ayora', organization: 'MSF', category: 'stakeholder' }])
  })

  it('counts lines the way a spreadsheet writes them: CRLF, LF or a lone CR, also inside a quoted field', () => {
    const text = 'name,organization,category\r"Jane\r\nDoe",Caritas,\n"Ana\rLópez",IOM,igo\r\nAhmed,,\r\n'
    const { rows, errors } = readable(parseStakeholderCsv(text))
    expect(rows.map((row) => [row.line, row.name])).toEqual([
      [2, 'Jane Doe'],
      [4, 'Ana López'],
    ])
    expect(errors).toEqual([{ line: 6, message: expect.stringMatching(/organization is missing/) }])
  })

  it('allows spaces around a quoted field', () => {
    const { rows } = readable(parseStakeholderCsv('name,organization,category\nJane,  "Caritas, Rome"  ,stakeholder\n'))
    expect(rows).toEqual([{ line: 2, name: 'Jane', organization: 'Caritas, Rome', category: 'stakeholder' }])
  })

  it('refuses a State: States are on the roster already', () => {
    const { rows, errors } = readable(parseStakeholderCsv('name,organization,category\nX,Mexico,member-state\n'))
    expect(rows).toEqual([])
    expect(errors).toEqual([{ line: 2, message: expect.stringMatching(/States are on the roster/) }])
  })

  it.each([
    ['an empty file', ''],
    ['a file without a header', 'Jane Doe,Caritas Internationalis,stakeholder\n'],
    ['a header missing a column', 'name,organization\nJane,Caritas\n'],
    ['a header naming a column twice', 'name,organization,category,Name\nJane,Caritas,stakeholder,Jane\n'],
    ['semicolons for commas', 'name;organization;category\nJane;Caritas;stakeholder\n'],
    ['a quote never closed', 'name,organization,category\nJane,"Caritas,stakeholder\nAna,IOM,igo\n'],
    ['text after a closing quote', 'name,organization,category\nJane,"Caritas" Int,stakeholder\n'],
    ['a quote inside an unquoted field', 'name,organization,category\nJane,Cari"tas,stakeholder\n'],
    ['a binary file', 'PK\u0003\u0004\u0000\u0000name,organization,category'],
    ['bytes that are not UTF-8', 'name,organization,category\nJos\uFFFD,Caritas,stakeholder\n'],
    ['a file too large', `name,organization,category\n${'Jane,Caritas,stakeholder\n'.repeat(50_000)}`],
  ])('refuses %s as a whole', (_, text) => {
    const result = parseStakeholderCsv(text)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/\S/)
  })

  it('says on which line the structure breaks and hints at semicolons', () => {
    const open = parseStakeholderCsv('name,organization,category\nJane,Caritas,stakeholder\nAna,"IOM,igo\n')
    expect(open).toEqual({ ok: false, error: expect.stringMatching(/^Line 3: a quoted field is never closed/) })
    const openLater = parseStakeholderCsv('name,organization,category\n"Jane\nDoe",Caritas,\nAna,"IOM,igo\nLi,UNHCR,un-entity\n')
    expect(openLater).toEqual({ ok: false, error: expect.stringMatching(/^Line 4: a quoted field is never closed/) })
    const afterQuote = parseStakeholderCsv('name,organization,category\nJane,"Cari\ntas"x,stakeholder\n')
    expect(afterQuote).toEqual({ ok: false, error: expect.stringMatching(/^Line 3: text after a closing quote/) })
    const inside = parseStakeholderCsv('name,organization,category\nJane,Caritas,stakeholder\nAna,I"OM,igo\n')
    expect(inside).toEqual({ ok: false, error: expect.stringMatching(/^Line 3: a quote inside an unquoted field/) })
    const semicolons = parseStakeholderCsv('name;organization;category\n')
    expect(semicolons).toEqual({ ok: false, error: expect.stringMatching(/semicolons/) })
  })
})

describe('turning rows into delegations', () => {
  it('makes the organization the delegation', () => {
    const { rows } = readable(parseStakeholderCsv('name,organization,category\nJane,Caritas Internationalis,\n'))
    expect(delegationsToAdd(rows, [])).toEqual([{ name: 'Caritas Internationalis', category: 'stakeholder' }])
  })

  it('adds each organization once and skips those already on the roster, by name or acronym', () => {
    const { rows } = readable(parseStakeholderCsv(registrationList))
    const roster = demoMeeting().delegations
    expect(delegationsToAdd(rows, roster)).toEqual([
      { name: 'Caritas Internationalis', category: 'stakeholder' },
      { name: 'Kenya Human Rights Commission, Nairobi', category: 'stakeholder' },
      { name: 'A note that spans two lines', category: 'stakeholder' },
    ])
  })
})
