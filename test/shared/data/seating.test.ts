import { describe, expect, it } from 'vitest'
import {
  alphabeticalKey,
  assignSeats,
  defaultFirstMemberStateId,
  demoMeeting,
  demoRoster,
  gallerySeatCount,
  gallerySeatLabel,
  memberStates,
  reservedStakeholderSeatLabels,
  type Delegation,
} from '@floor/shared'

/** Member States by seat number, "1" first. */
function seated(delegations: readonly Delegation[]): Delegation[] {
  return delegations
    .filter((d) => d.category === 'member-state')
    .sort((a, b) => Number(a.seat) - Number(b.seat))
}

const seatOf = (delegations: readonly Delegation[], id: string) => delegations.find((d) => d.id === id)?.seat

describe('Member States at the table', () => {
  it('sit by default from Bolivia (Plurinational State of), the lot drawn for 2016-2017', () => {
    const { delegations, meeting } = demoMeeting()
    expect(defaultFirstMemberStateId).toBe('BOL')
    expect(meeting.seatPlan?.firstMemberStateId).toBe('BOL')
    expect(seated(delegations).slice(0, 3).map((d) => d.id)).toEqual(['BOL', 'BIH', 'BWA'])
  })

  it('follow English alphabetical order and wrap around from Zimbabwe to Afghanistan', () => {
    const order = seated(demoMeeting().delegations)
    expect(order.map((d) => d.seat)).toEqual(Array.from({ length: 193 }, (_, i) => String(i + 1)))
    const wrap = order.findIndex((d) => d.id === 'ZWE')
    expect(order[wrap + 1]?.id).toBe('AFG')
    const keys = order.map((d) => alphabeticalKey(d.name))
    const sorted = [...keys.slice(wrap + 1), ...keys.slice(0, wrap + 1)]
    expect(sorted).toEqual([...sorted].sort())
    expect(order.at(-1)?.id).toBe('BTN') // Bhutan, the State just before Bolivia
  })

  it('keep the UN order where accents and apostrophes could mislead a sort', () => {
    const delegations = demoMeeting({ firstMemberStateId: 'AFG' }).delegations
    const seat = (id: string) => Number(seatOf(delegations, id))
    expect(seat('CRI') + 1).toBe(seat('CIV')) // Costa Rica, Côte d'Ivoire
    expect(seat('TUN') + 1).toBe(seat('TUR')) // Tunisia, Türkiye
    expect(seat('TUR') + 1).toBe(seat('TKM')) // Türkiye, Turkmenistan
    expect(seat('PRK') + 1).toBe(seat('COD')) // Democratic People's Republic of Korea, Democratic Republic of the Congo
    expect(seat('NER') + 1).toBe(seat('NGA')) // Niger, Nigeria
  })

  it('start from whichever State the lot draws', () => {
    const delegations = demoMeeting({ firstMemberStateId: 'MEX' }).delegations
    expect(seatOf(delegations, 'MEX')).toBe('1')
    expect(seatOf(delegations, 'FSM')).toBe('2') // Micronesia (Federated States of)
    expect(seatOf(delegations, 'MUS')).toBe('193') // Mauritius, just before Mexico
  })

  it('refuses a first State that is not a Member State', () => {
    expect(() => demoMeeting({ firstMemberStateId: 'VAT' })).toThrow(RangeError)
    expect(() => demoMeeting({ firstMemberStateId: 'XYZ' })).toThrow(RangeError)
  })
})

describe('the other table seats and the gallery', () => {
  const { delegations, meeting } = demoMeeting()

  it('keeps T29 and T30 free for stakeholders called to speak', () => {
    expect(reservedStakeholderSeatLabels).toEqual(['T29', 'T30'])
    expect(meeting.reservedStakeholderSeats).toBe(2)
    expect(meeting.seatPlan?.reservedStakeholderSeatLabels).toEqual(['T29', 'T30'])
    expect(delegations.filter((d) => d.seat === 'T29' || d.seat === 'T30')).toEqual([])
  })

  it('seats observer States first, then organizations and UN entities, then stakeholders while seats last', () => {
    expect(seatOf(delegations, 'VAT')).toBe('T1')
    expect(seatOf(delegations, 'PSE')).toBe('T2')
    const tableSeats = delegations.map((d) => d.seat).filter((seat) => seat?.startsWith('T'))
    expect(tableSeats).toHaveLength(28)
    expect(new Set(tableSeats).size).toBe(28)
    for (const id of ['eu', 'iom', 'unhcr', 'msf']) expect(seatOf(delegations, id)).toMatch(/^T\d+$/)
    // The gallery is free seating: whoever is left has no seat of their own.
    expect(delegations.filter((d) => d.seat === undefined).every((d) => d.category === 'stakeholder')).toBe(true)
    expect(delegations.some((d) => d.seat === undefined)).toBe(true)
  })

  it('has 190 gallery seats with printable labels', () => {
    expect(gallerySeatCount).toBe(190)
    expect(meeting.seatPlan?.gallerySeats).toBe(190)
    expect([gallerySeatLabel(1), gallerySeatLabel(190)]).toEqual(['G1', 'G190'])
    expect(() => gallerySeatLabel(191)).toThrow(RangeError)
  })

  it('is a pure function of the roster: same input, same plan; the input is left untouched', () => {
    const before = JSON.stringify(demoRoster)
    expect(assignSeats(demoRoster)).toEqual(assignSeats(demoRoster))
    expect(JSON.stringify(demoRoster)).toBe(before)
    expect(assignSeats(memberStates, { firstMemberStateId: 'CHE' }).find((d) => d.id === 'CHE')?.seat).toBe('1')
  })
})
