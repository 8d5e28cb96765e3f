import type { Delegation, Language } from '@floor/shared'

/** The roster by id, for looking up names in other languages and seats. */
export type Roster = ReadonlyMap<string, Delegation>

export function rosterOf(delegations: readonly Delegation[]): Roster {
  return new Map(delegations.map((delegation) => [delegation.id, delegation]))
}

/**
 * A delegation's name in that language. Views carry the English name only;
 * the other five come from the roster (`GET /api/meeting`) when it is loaded.
 */
export function delegationName(
  language: Language,
  entry: { delegationId: string; name: string },
  roster: Roster | null,
): string {
  if (language === 'en') return entry.name
  return roster?.get(entry.delegationId)?.names?.[language] ?? entry.name
}

/** The roster's short form of a delegation ("IOM", "MSF"), when it has one. */
export function acronymOf(delegationId: string, roster: Roster | null): string | undefined {
  return roster?.get(delegationId)?.acronym
}
