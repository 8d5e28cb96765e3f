import { referenceRoster, type Delegation } from '@floor/shared'

/** Lower case, accents dropped: "côte" and "Cote" read alike. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim()
}

const byId = new Map(referenceRoster.map((d) => [d.id, d]))

/** The reference delegation with that id, if Floor knows it. */
export function referenceDelegation(id: string): Delegation | undefined {
  return byId.get(id)
}

/**
 * Reference delegations for what a secretariat types: a code typed in full
 * first ("MEX", "IOM"), then names that start with it, then names with a word
 * that starts with it, then (from three letters) names that contain it.
 * Delegations already picked are left out.
 */
export function findDelegations(query: string, picked: ReadonlySet<string>, limit = 8): Delegation[] {
  const q = fold(query)
  if (!q) return []
  const scored: Array<{ delegation: Delegation; score: number }> = []
  for (const delegation of referenceRoster) {
    if (picked.has(delegation.id)) continue
    const score = scoreOf(delegation, q)
    if (score > 0) scored.push({ delegation, score })
  }
  scored.sort((a, b) => b.score - a.score || a.delegation.name.localeCompare(b.delegation.name))
  return scored.slice(0, limit).map((entry) => entry.delegation)
}

function scoreOf(delegation: Delegation, q: string): number {
  const codes = [delegation.id, delegation.acronym].filter((code): code is string => Boolean(code)).map(fold)
  if (codes.includes(q)) return 100
  let best = q.length >= 2 && codes.some((code) => code.startsWith(q)) ? 50 : 0
  for (const name of [delegation.name, ...Object.values(delegation.names ?? {})]) {
    const folded = fold(name)
    if (folded.startsWith(q)) best = Math.max(best, 80)
    else if (folded.split(/[\s\-'’(),./]+/u).some((word) => word.startsWith(q))) best = Math.max(best, 70)
    else if (q.length >= 3 && folded.includes(q)) best = Math.max(best, 30)
  }
  return best
}
