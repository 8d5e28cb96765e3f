import type { Category, Delegation } from '../protocol'

/**
 * The seat plan of Room XIX from the procedural note's arrangements 4 and 5.
 *
 * Member States sit at the table in English alphabetical order, one seat each
 * labelled "1" to "193"; the "plus one" sits in the advisor's chair behind, so
 * it shares the label. The order starts from a State drawn by lot and wraps
 * around the alphabet. Then come 30 table seats, "T1" to "T30", for observer
 * States, organizations, UN entities and stakeholders, first come first served;
 * the last two carry a "reserved" sign for stakeholders called to speak. The 190
 * gallery seats are free seating, so nobody is assigned one.
 */

/**
 * The default first seat: Bolivia (Plurinational State of), drawn by the
 * Secretary-General for the seventy-first session of the General Assembly
 * (A/BUR/71/1), which ran from September 2016 to September 2017 and so covers
 * this June 2017 informal session convened by the President of the Assembly.
 */
export const defaultFirstMemberStateId = 'BOL'

export const tableSeatCount = 30
export const tableSeatLabels: readonly string[] = Array.from({ length: tableSeatCount }, (_, i) => `T${i + 1}`)

/** The two table seats with a "reserved" sign, kept free for stakeholders called to the floor. */
export const reservedStakeholderSeatLabels: readonly string[] = tableSeatLabels.slice(-2)

export const gallerySeatCount = 190

/** How a gallery seat is printed on the plan ("G1" to "G190"); nobody is assigned one. */
export function gallerySeatLabel(index: number): string {
  if (!Number.isInteger(index) || index < 1 || index > gallerySeatCount) {
    throw new RangeError(`A gallery seat is numbered 1 to ${gallerySeatCount}.`)
  }
  return `G${index}`
}

/**
 * The key the UN sorts names by: English letters with accents ignored
 * ("Türkiye" between "Tunisia" and "Turkmenistan", "Côte d'Ivoire" after
 * "Costa Rica"); a shorter name goes before its longer namesakes ("Niger"
 * before "Nigeria"). Plain code-point order on this key, not a locale's
 * collator, so the plan is the same on every machine.
 */
export function alphabeticalKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
}

function byEnglishName(a: Delegation, b: Delegation): number {
  const ka = alphabeticalKey(a.name)
  const kb = alphabeticalKey(b.name)
  return ka < kb ? -1 : ka > kb ? 1 : 0
}

/** Member States in seating order: alphabetical, starting at `firstMemberStateId`, wrapping around. */
export function memberStateSeatingOrder(
  delegations: readonly Delegation[],
  firstMemberStateId: string = defaultFirstMemberStateId,
): Delegation[] {
  const states = delegations.filter((d) => d.category === 'member-state').sort(byEnglishName)
  const start = states.findIndex((d) => d.id === firstMemberStateId)
  if (start < 0) throw new RangeError(`${firstMemberStateId} is not a Member State on the roster.`)
  return [...states.slice(start), ...states.slice(0, start)]
}

/** Who gets a table seat first when the room fills: States, then organizations, then stakeholders. */
const tableOrder: Record<Exclude<Category, 'member-state'>, number> = {
  'observer-state': 0,
  igo: 1,
  'un-entity': 2,
  stakeholder: 3,
}

export interface SeatingOptions {
  /** The Member State in seat "1"; the default is {@link defaultFirstMemberStateId}. */
  firstMemberStateId?: string
}

/**
 * The roster with each delegation's seat, in the roster's own order. Member
 * States get "1".."193" from the first State on; the others take the free
 * table seats "T1".."T28" in tier order and roster order within a tier (the
 * demo's stand-in for first come, first served); whoever is left sits in the
 * gallery and has no seat label. Seats given in the input are replaced.
 */
export function assignSeats(delegations: readonly Delegation[], options: SeatingOptions = {}): Delegation[] {
  const seats = new Map<string, string>()
  memberStateSeatingOrder(delegations, options.firstMemberStateId).forEach((state, index) => {
    seats.set(state.id, String(index + 1))
  })
  const freeTableSeats = tableSeatLabels.filter((label) => !reservedStakeholderSeatLabels.includes(label))
  const others = delegations
    .map((delegation, index) => ({ delegation, index }))
    .filter(({ delegation }) => delegation.category !== 'member-state')
    .sort((a, b) => rankAtTable(a.delegation) - rankAtTable(b.delegation) || a.index - b.index)
  freeTableSeats.forEach((label, i) => {
    const taker = others[i]
    if (taker) seats.set(taker.delegation.id, label)
  })
  return delegations.map(({ seat: _previous, ...delegation }) => {
    const seat = seats.get(delegation.id)
    return seat === undefined ? delegation : { ...delegation, seat }
  })
}

function rankAtTable(delegation: Delegation): number {
  return delegation.category === 'member-state' ? -1 : tableOrder[delegation.category]
}
