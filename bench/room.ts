import type { Delegation, MeetingDocument } from '@floor/shared'
import { must, type Peer } from './peer'

/** The segment the benchmarks run in: a panel of the demo meeting, which takes requests. */
export const segmentId = 'panel-1'

export async function fetchRoster(url: string): Promise<Delegation[]> {
  const response = await fetch(`${url}/api/meeting`)
  if (!response.ok) throw new Error(`GET /api/meeting: ${response.status}`)
  return ((await response.json()) as MeetingDocument).delegations
}

/**
 * At least `count` delegations, the roster's first: if the roster is shorter,
 * the chair adds stakeholders until there are enough.
 */
export async function delegations(chair: Peer, url: string, count: number): Promise<Delegation[]> {
  const roster = await fetchRoster(url)
  for (let i = roster.length; i < count; i++) {
    const ack = await must(chair, { type: 'add-delegation', name: `Benchmark stakeholder ${i + 1}`, category: 'stakeholder' })
    roster.push({ id: String(ack.delegationId), name: `Benchmark stakeholder ${i + 1}`, category: 'stakeholder' })
  }
  return roster.slice(0, count)
}

/**
 * A room in session: the panel active, one delegation speaking with its timer
 * running, and `waiting` requests on the list, as the chair would enter them.
 * Resolves with the version the meeting is at.
 */
export async function roomInSession(chair: Peer, url: string, waiting: number): Promise<number> {
  await must(chair, { type: 'set-segment', segmentId })
  const roster = await delegations(chair, url, waiting + 1)
  for (const delegation of roster) await must(chair, { type: 'request-floor', delegationId: delegation.id })
  const ack = await must(chair, { type: 'next' })
  await chair.version(ack.version)
  return ack.version
}
