import { tierOf, type Delegation, type Language } from '@floor/shared'
import { rosterAliases } from './rosterAliases'

/** One delegation found for a placard, with what matched. */
export interface RosterMatch {
  delegation: Delegation
  /** The name that matched, when it is not the English one (`Турция` for "тур", `Turkey` for "turkey"). */
  matchedName: { language: Language; text: string } | null
  score: number
}

/** Lower case, accents and other marks dropped: "tür", "TUR" and "tur" read alike. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim()
}

const wordBreak = /[\s\-‐'’(),.\/]+/u

/**
 * What a chair types when a placard goes up: part of a name in any of the six
 * languages ("tür", "Турц", "土耳"), a code ("TUR", "IOM"), or a seat ("3",
 * "T12"). Best first: a seat or code typed in full, then names that start with
 * it, then names with a word that starts with it, then names that contain it;
 * ties go to the higher tier, then the English name.
 */
export function searchRoster(delegations: readonly Delegation[], query: string, limit = 8): RosterMatch[] {
  const q = fold(query)
  if (!q) return []
  const found: RosterMatch[] = []
  for (const delegation of delegations) {
    const match = matchOf(delegation, q)
    if (match) found.push(match)
  }
  found.sort(
    (a, b) =>
      b.score - a.score ||
      tierOf[a.delegation.category] - tierOf[b.delegation.category] ||
      fold(a.delegation.name).localeCompare(fold(b.delegation.name)),
  )
  return found.slice(0, limit)
}

function matchOf(delegation: Delegation, q: string): RosterMatch | null {
  let score = 0
  if (delegation.seat && fold(delegation.seat) === q) score = 100
  const codes = [delegation.id, delegation.acronym].filter((code): code is string => Boolean(code)).map(fold)
  if (codes.includes(q)) score = Math.max(score, 90)
  else if (q.length >= 2 && codes.some((code) => code.startsWith(q))) score = Math.max(score, 55)

  let matchedName: RosterMatch['matchedName'] = null
  const names: Array<[Language, string]> = [['en', delegation.name], ...(Object.entries(delegation.names ?? {}) as Array<[Language, string]>)]
  for (const [language, name] of names) {
    const s = nameScore(fold(name), q)
    // English comes first, so on a tie the English name stands.
    if (s > score) {
      score = s
      matchedName = language === 'en' || name === delegation.name ? null : { language, text: name }
    }
  }
  for (const alias of Object.hasOwn(rosterAliases, delegation.id) ? (rosterAliases[delegation.id] ?? []) : []) {
    const folded = fold(alias)
    // "UK" in full is as good as a code (it beats Ukraine's name starting with "uk"); a part of one, as a name's.
    const s = folded === q ? 88 : nameScore(folded, q)
    if (s > score) {
      score = s
      matchedName = { language: 'en', text: alias }
    }
  }
  return score > 0 ? { delegation, matchedName, score } : null
}

/** From this score on a match is strong: a seat, a code, an alias or a name (or a word of it) that starts with the query. */
export const strongMatch = 70

/**
 * What Enter adds: the option the chair moved to, unless it is a weak match
 * (the query only inside a name) while a strong one is listed, as when the
 * pointer rests on the list while the chair types: then the best.
 */
export function enterChoice(matches: readonly RosterMatch[], active: number): RosterMatch | undefined {
  const chosen = matches[Math.min(active, matches.length - 1)]
  const best = matches[0]
  if (chosen && best && chosen.score < strongMatch && best.score >= strongMatch) return best
  return chosen
}

function nameScore(name: string, q: string): number {
  if (name === q) return 85
  if (name.startsWith(q)) return 80
  if (name.split(wordBreak).some((word) => word.startsWith(q))) return 70
  // Short queries match too much inside words ("an" in half the roster); from three letters on it helps.
  if (q.length >= 3 && name.includes(q)) return 30
  // Chinese and Japanese names have no spaces between words.
  if (/[\u3400-\u9fff]/u.test(q) && name.includes(q)) return 60
  return 0
}
