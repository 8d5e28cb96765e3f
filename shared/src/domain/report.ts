import type {
  Category,
  CategoryFigures,
  DelegationFigures,
  GuidelineBands,
  InterventionRecord,
  MeetingReport,
  SegmentFigures,
  UnreachedRequest,
} from '../protocol'
import { Category as Categories } from '../protocol'
import type { DomainEvent } from './events'
import { delegationOf, type MeetingState } from './model'
import { allInterventions } from './records'
import { summaryOf } from './summary'

/** Past the guideline by at most this much is "a little over". */
export const slightOverrunSeconds = 30

interface Figures {
  interventions: number
  spokeSeconds: number
  overrunSeconds: number
}

/**
 * The meeting's report: who spoke, for how long, and who was not reached.
 * Every figure is a sum over the intervention records (`allInterventions`),
 * so the report and the record agree to the second. `events`, the meeting's
 * log, tells when each segment left with requests was closed; without it
 * `closedAt` is null and everything else is the same.
 */
export function reportOf(state: MeetingState, events: Iterable<DomainEvent> | null, now: number): MeetingReport {
  const records = allInterventions(state)
  const unreached = unreachedOf(state, events ? segmentClosings(events) : new Map())
  const byDelegation = groupBy(records, (r) => r.delegationId, (r): Omit<DelegationFigures, keyof Figures> => ({
    delegationId: r.delegationId,
    name: r.name,
    category: r.category,
  }))
  return {
    meeting: summaryOf(state),
    generatedAt: new Date(now).toISOString(),
    totals: { ...sum(records), delegations: byDelegation.length, unreached: unreached.length },
    guideline: bandsOf(records),
    byCategory: byCategoryOf(records),
    bySegment: bySegmentOf(state, records),
    byDelegation,
    unreached,
    interventions: records,
  }
}

/** Which band of the guideline an intervention fell in. */
export function guidelineBandOf(record: Pick<InterventionRecord, 'overrunSeconds'>): keyof GuidelineBands {
  if (record.overrunSeconds === 0) return 'within'
  return record.overrunSeconds <= slightOverrunSeconds ? 'upTo30SecondsOver' : 'moreThan30SecondsOver'
}

function bandsOf(records: readonly InterventionRecord[]): GuidelineBands {
  const bands: GuidelineBands = { within: 0, upTo30SecondsOver: 0, moreThan30SecondsOver: 0 }
  for (const record of records) bands[guidelineBandOf(record)] += 1
  return bands
}

function sum(records: readonly InterventionRecord[]): Figures {
  let spokeSeconds = 0
  let overrunSeconds = 0
  for (const record of records) {
    spokeSeconds += record.spokeSeconds
    overrunSeconds += record.overrunSeconds
  }
  return { interventions: records.length, spokeSeconds, overrunSeconds }
}

/** Groups in the order each key first appears; the records come oldest first. */
function groupBy<T extends object>(
  records: readonly InterventionRecord[],
  keyOf: (record: InterventionRecord) => string,
  describe: (first: InterventionRecord) => T,
): Array<T & Figures> {
  const groups = new Map<string, InterventionRecord[]>()
  for (const record of records) {
    const key = keyOf(record)
    const group = groups.get(key)
    if (group) group.push(record)
    else groups.set(key, [record])
  }
  return [...groups.values()].map((group) => ({ ...describe(group[0]!), ...sum(group) }))
}

/** The categories that spoke, in the tiers' order (section 5). */
function byCategoryOf(records: readonly InterventionRecord[]): CategoryFigures[] {
  const groups = groupBy(records, (r) => r.category, (r) => ({ category: r.category }))
  const tier = (category: Category) => Categories.options.indexOf(category)
  return groups.sort((a, b) => tier(a.category) - tier(b.category))
}

/** The programme's segments that took the floor or a request, in the programme's order. */
function bySegmentOf(state: MeetingState, records: readonly InterventionRecord[]): SegmentFigures[] {
  return state.programme
    .filter((segment) => state.segments[segment.id]?.everRequested || records.some((r) => r.segmentId === segment.id))
    .map((segment) => ({
      segmentId: segment.id,
      title: segment.title,
      startsAt: segment.startsAt,
      endsAt: segment.endsAt,
      ...sum(records.filter((r) => r.segmentId === segment.id)),
    }))
}

/**
 * Each segment keeps its own list when the chair moves on (`set-segment`), so
 * the requests left on an inactive segment's list are those its closing left
 * unreached; those on the active segment's list are still waiting.
 */
function unreachedOf(state: MeetingState, closings: ReadonlyMap<string, number>): UnreachedRequest[] {
  const unreached: UnreachedRequest[] = []
  const order = [...state.programme.map((s) => s.id), ...Object.keys(state.segments)]
  for (const segmentId of new Set(order)) {
    const segment = state.segments[segmentId]
    if (!segment) continue
    const active = segmentId === state.activeSegmentId
    const closedAt = active ? undefined : closings.get(segmentId)
    for (const request of segment.queue) {
      const delegation = delegationOf(state, request.delegationId)
      unreached.push({
        delegationId: request.delegationId,
        name: delegation?.name ?? request.delegationId,
        category: delegation?.category ?? 'stakeholder',
        kind: request.kind,
        segmentId,
        requestedAt: new Date(request.requestedAt).toISOString(),
        reason: active ? 'waiting' : 'segment-closed',
        closedAt: closedAt === undefined ? null : new Date(closedAt).toISOString(),
      })
    }
  }
  return unreached
}

/** When each segment last stopped being the active one: the moment another was activated. */
export function segmentClosings(events: Iterable<DomainEvent>): Map<string, number> {
  const closings = new Map<string, number>()
  let active: string | null = null
  for (const event of events) {
    if (event.type !== 'segment-activated' || event.segmentId === active) continue
    if (active !== null) closings.set(active, event.at)
    active = event.segmentId
  }
  return closings
}
