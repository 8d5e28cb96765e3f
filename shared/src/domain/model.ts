import type { Category, Delegation, Kind, Meeting, ProgrammeSegment, StatementContentType, StatementLanguage } from '../protocol'

/** A request waiting on a segment's list. */
export interface WaitingRequest {
  requestId: string
  delegationId: string
  kind: Kind
  requestedAt: number
  /** A stakeholder asked to take one of the reserved seats at the table. */
  calledToSeat: boolean
  /** Extension: the id of the meeting's group the statement is made on behalf of. */
  onBehalfOf?: string
}

/** The timer as anchors: spoken = elapsedMs + (runningSince ? now - runningSince : 0). */
export interface Timer {
  guidelineMs: number
  elapsedMs: number
  runningSince: number | null
}

export interface Floor {
  requestId: string
  delegationId: string
  kind: Kind
  segmentId: string
  calledToSeat: boolean
  startedAt: number
  timer: Timer
  /** Extension: the id of the meeting's group the statement is made on behalf of. */
  onBehalfOf?: string
}

export interface Intervention {
  requestId: string
  delegationId: string
  name: string
  category: Category
  kind: Kind
  segmentId: string
  startedAt: number
  endedAt: number
  spokeMs: number
  guidelineMs: number
}

/** What each segment of the programme keeps for itself: its list, rules and history. */
export interface SegmentRuntime {
  listOpen: boolean
  guidelineSeconds: number
  guidelineByCategory: Partial<Record<Category, number>>
  /** Set when the segment is activated: when it must end. */
  endsAt: number | null
  queue: WaitingRequest[]
  history: Intervention[]
  /** Someone has asked for the floor in this segment at least once: it can no longer be removed. */
  everRequested: boolean
}

export interface MeetingState {
  /** +1 for every accepted change. */
  version: number
  meeting: Meeting
  programme: ProgrammeSegment[]
  delegations: Record<string, Delegation>
  activeSegmentId: string | null
  segments: Record<string, SegmentRuntime>
  floor: Floor | null
  /** The hash of each delegation's current tablet token; never the token itself. */
  tokenHashes: Record<string, string>
  /** Archived: read-only, every command refused, views and exports still readable. */
  archived: boolean
  /** The hash of the interpreters' current token (PROTOCOL.md section 9); null until the chair issues one. */
  interpreterTokenHash: string | null
  /** The written statements attached, by id: their metadata only, the files are in the store. */
  statements: Record<string, Statement>
  /**
   * 1.1: the latest change, when the chair may still take it back (`undo`);
   * null after any other change. Absent in snapshots of before 1.1.
   */
  undoable?: UndoPoint | null
}

/** The chair commands `undo` takes back (PROTOCOL.md section 4). */
export type UndoableCommand = 'next' | 'give-floor' | 'end-floor' | 'remove' | 'move'

/** How long after a change the chair may still take it back. */
export const undoWindowMs = 5 * 60_000

/** A change `undo` can take back, and the parts of the state it touched as they were before it. */
export interface UndoPoint {
  command: UndoableCommand
  /** The version the change made: `undo` is refused once the meeting has moved past it. */
  version: number
  at: number
  /** Whom it was about: the speaker given the floor (or whose turn ended), the request removed or moved. */
  delegationId: string | null
  before: Pick<MeetingState, 'floor' | 'segments' | 'statements'>
}

/** Who sent a command, as established by the connection's token. */
export type Actor =
  | { role: 'chair' }
  | { role: 'delegate'; delegationId: string }
  | { role: 'display' }
  | { role: 'interpreter' }

/**
 * A delegation's written statement for the interpreters (PROTOCOL.md section 9).
 * Under embargo until delivered: until the end of the delegation's first
 * intervention of kind `statement` that ends after the upload.
 */
export interface Statement {
  statementId: string
  delegationId: string
  language: StatementLanguage
  /** Shown, never used as a path. */
  filename: string
  contentType: StatementContentType
  bytes: number
  uploadedAt: number
  publish: 'after-delivery' | 'never'
  /** The active segment at the upload, then the segment in which it was delivered. */
  segmentId: string | null
  /** When the intervention that delivered it ended; null while under embargo. */
  deliveredAt: number | null
}

/** The effects the domain may use, injected so that it stays pure. */
export interface DecideContext {
  now: number
  newId: () => string
  /** A fresh tablet token and its hash; only the hash is ever stored. */
  newToken: () => { token: string; tokenHash: string }
}

/** The meeting before anything was seeded: no programme, no roster. */
export function emptyMeeting(): MeetingState {
  return {
    version: 0,
    meeting: {
      id: 'meeting',
      title: 'Meeting',
      timeZone: 'UTC',
      defaultGuidelineSeconds: 180,
      reservedStakeholderSeats: 2,
    },
    programme: [],
    delegations: {},
    activeSegmentId: null,
    segments: {},
    floor: null,
    tokenHashes: {},
    archived: false,
    interpreterTokenHash: null,
    statements: {},
    undoable: null,
  }
}

/**
 * The roster entry of that id. Own keys only: an id such as "constructor" must
 * not find Object.prototype's members in the plain object the roster is.
 */
export function delegationOf(state: MeetingState, id: string): Delegation | undefined {
  return Object.hasOwn(state.delegations, id) ? state.delegations[id] : undefined
}

export function activeSegment(state: MeetingState): SegmentRuntime | null {
  return state.activeSegmentId === null ? null : (state.segments[state.activeSegmentId] ?? null)
}

/** The guideline, in seconds, for a delegation of that category in that segment. */
export function guidelineSecondsFor(segment: SegmentRuntime, category: Category): number {
  return segment.guidelineByCategory[category] ?? segment.guidelineSeconds
}

/** Where a waiting request is, across every segment's list. */
export function findWaiting(
  state: MeetingState,
  requestId: string,
): { segmentId: string; index: number; request: WaitingRequest } | null {
  for (const [segmentId, segment] of Object.entries(state.segments)) {
    const index = segment.queue.findIndex((request) => request.requestId === requestId)
    const request = segment.queue[index]
    if (request) return { segmentId, index, request }
  }
  return null
}

/** Reserved stakeholder seats in use: called stakeholders waiting anywhere, and one speaking. */
export function reservedSeatsTaken(state: MeetingState): number {
  let taken = state.floor?.calledToSeat ? 1 : 0
  for (const segment of Object.values(state.segments)) {
    taken += segment.queue.filter((request) => request.calledToSeat).length
  }
  return taken
}
