import { z } from 'zod'
import { MeetingSummary } from './setup'
import { InterventionRecord } from './state'
import { Category, Kind } from './vocabulary'

const count = z.number().int().nonnegative()

/** Interventions and their time, in whole seconds as the intervention record gives them. */
const Figures = z.object({
  interventions: count,
  spokeSeconds: count,
  overrunSeconds: count,
})

/** How the interventions stood against their guideline. */
export const GuidelineBands = z.object({
  within: count,
  /** 1 to 30 seconds over. */
  upTo30SecondsOver: count,
  moreThan30SecondsOver: count,
})
export type GuidelineBands = z.infer<typeof GuidelineBands>

export const CategoryFigures = Figures.extend({ category: Category })
export type CategoryFigures = z.infer<typeof CategoryFigures>

export const SegmentFigures = Figures.extend({
  segmentId: z.string(),
  title: z.string(),
  /** ISO 8601: the programme's times for the segment. */
  startsAt: z.string(),
  endsAt: z.string(),
})
export type SegmentFigures = z.infer<typeof SegmentFigures>

export const DelegationFigures = Figures.extend({ delegationId: z.string(), name: z.string(), category: Category })
export type DelegationFigures = z.infer<typeof DelegationFigures>

/**
 * A request that never reached the floor: still `waiting` on the active
 * segment's list when the report was made, or left on a list when the chair
 * moved to another segment (`segment-closed`, `closedAt` when that happened).
 */
export const UnreachedRequest = z.object({
  delegationId: z.string(),
  name: z.string(),
  category: Category,
  kind: Kind,
  segmentId: z.string(),
  requestedAt: z.string(),
  reason: z.enum(['waiting', 'segment-closed']),
  closedAt: z.string().nullable(),
})
export type UnreachedRequest = z.infer<typeof UnreachedRequest>

/** `GET /api/meetings/:id/report`: who spoke, for how long, and who was not reached. */
export const MeetingReport = z.object({
  meeting: MeetingSummary,
  /** ISO 8601: when the report was made. */
  generatedAt: z.string(),
  totals: Figures.extend({ delegations: count, unreached: count }),
  guideline: GuidelineBands,
  byCategory: z.array(CategoryFigures),
  bySegment: z.array(SegmentFigures),
  byDelegation: z.array(DelegationFigures),
  unreached: z.array(UnreachedRequest),
  /** The day's timeline: every finished intervention, oldest first (section 6). */
  interventions: z.array(InterventionRecord),
})
export type MeetingReport = z.infer<typeof MeetingReport>
