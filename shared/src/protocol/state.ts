import { z } from 'zod'
import { ProgrammeSegment } from './meeting'
import { StatementRef } from './statements'
import { Category, Kind, Role } from './vocabulary'

/** The timer as anchors: clients compute the running clock themselves, no ticks. */
export const TimerView = z.object({
  guidelineMs: z.number(),
  elapsedMs: z.number(),
  runningSince: z.number().nullable(),
})
export type TimerView = z.infer<typeof TimerView>

export const SegmentView = z.object({
  id: z.string(),
  title: z.string(),
  guidelineSeconds: z.number(),
  listOpen: z.boolean(),
  endsAt: z.number().nullable(),
  /** Extension: guidelines that differ by category. */
  guidelineByCategory: z.partialRecord(Category, z.number()),
  /**
   * Extension: what the forecasts rest on: the segment's finished statements
   * and, from three on, their median length (null: the guideline).
   */
  forecastBasis: z.object({ statements: z.number().int().nonnegative(), statementMs: z.number().nullable() }).optional(),
})
export type SegmentView = z.infer<typeof SegmentView>

/** Extension: the group a statement is made on behalf of. */
export const GroupRef = z.object({ id: z.string(), name: z.string() })
export type GroupRef = z.infer<typeof GroupRef>

/** 1.1, chair only: the change `undo` would take back, and until when it may. */
export const UndoView = z.object({
  command: z.enum(['next', 'give-floor', 'end-floor', 'remove', 'move']),
  version: z.number().int(),
  /** Whom it was about: the speaker given the floor or whose turn ended, the request removed or moved. */
  delegationId: z.string().nullable(),
  name: z.string().nullable(),
  /** Epoch ms after which `undo` is refused. */
  until: z.number(),
})
export type UndoView = z.infer<typeof UndoView>

export const FloorView = z.object({
  requestId: z.string(),
  delegationId: z.string(),
  name: z.string(),
  category: Category,
  kind: Kind,
  startedAt: z.number(),
  timer: TimerView,
  /** Extensions. */
  segmentId: z.string(),
  seat: z.string().nullable(),
  calledToSeat: z.boolean(),
  onBehalfOf: GroupRef.optional(),
  /** Section 9, chair and interpreters only: the speaker's written statements. */
  statements: z.array(StatementRef).optional(),
})
export type FloorView = z.infer<typeof FloorView>

export const QueueEntryView = z.object({
  requestId: z.string(),
  delegationId: z.string(),
  name: z.string(),
  category: Category,
  kind: Kind,
  requestedAt: z.number(),
  calledToSeat: z.boolean(),
  expectedStartAt: z.number().nullable(),
  /** Extensions: the forecast falls after the segment's end; where the delegation sits. */
  timePermitting: z.boolean(),
  seat: z.string().nullable(),
  /** 1.1, tablets' views: the request's 1-based place in the whole list. */
  position: z.number().int().positive().optional(),
  onBehalfOf: GroupRef.optional(),
  /** Section 9, chair and interpreters only: the statements this request will deliver. */
  statements: z.array(StatementRef).optional(),
})
export type QueueEntryView = z.infer<typeof QueueEntryView>

/** One finished intervention (PROTOCOL.md section 6). */
export const InterventionRecord = z.object({
  delegationId: z.string(),
  name: z.string(),
  category: Category,
  kind: Kind,
  segmentId: z.string(),
  startedAt: z.string(),
  endedAt: z.string(),
  spokeSeconds: z.number(),
  guidelineSeconds: z.number(),
  overrunSeconds: z.number(),
})
export type InterventionRecord = z.infer<typeof InterventionRecord>

export const StateView = z.object({
  version: z.number(),
  serverTime: z.number(),
  role: Role,
  delegationId: z.string().optional(),
  meeting: z.object({ id: z.string(), title: z.string() }),
  segment: SegmentView.nullable(),
  floor: FloorView.nullable(),
  queue: z.array(QueueEntryView),
  /** 1.1: the length of the whole list; a tablet's `queue` holds only its own requests. */
  queueLength: z.number().int().nonnegative().optional(),
  /** Extension: the reserved stakeholder seats at the table. */
  reservedSeats: z.object({ total: z.number(), taken: z.number() }),
  /** Extension, chair only: the finished interventions of the active segment, oldest first. */
  log: z.array(InterventionRecord).optional(),
  /** Extension, chair only: the programme as it stands, edits included. */
  programme: z.array(ProgrammeSegment).optional(),
  /** 1.1, chair only: the latest change when `undo` can still take it back; null otherwise. */
  undoable: UndoView.nullable().optional(),
})
export type StateView = z.infer<typeof StateView>
