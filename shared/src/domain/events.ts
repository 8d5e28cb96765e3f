import type { Category, Delegation, Kind, Meeting, ProgrammeSegment } from '../protocol'
import type { Statement, Timer, UndoableCommand } from './model'

/**
 * What happened, in the past tense. Every event carries the version it made and
 * the server time at which it was decided, so replaying the log needs nothing else.
 */
interface Stamp {
  version: number
  at: number
}

export type DomainEvent = Stamp &
  (
    | { type: 'meeting-created'; meeting: Meeting; segments: ProgrammeSegment[]; delegations: Delegation[] }
    | { type: 'delegation-added'; delegation: Delegation }
    | { type: 'token-issued'; delegationId: string; tokenHash: string }
    | {
        type: 'floor-requested'
        requestId: string
        delegationId: string
        kind: Kind
        segmentId: string
        /** Where the ranking put it; recorded so that replay never re-ranks. */
        position: number
        /** Extension: the group the statement is made on behalf of. */
        onBehalfOf?: string
      }
    | { type: 'request-withdrawn'; requestId: string; segmentId: string }
    | { type: 'request-removed'; requestId: string; segmentId: string }
    | { type: 'request-moved'; requestId: string; segmentId: string; toIndex: number }
    | { type: 'called-to-seat'; requestId: string; segmentId: string }
    | {
        type: 'floor-given'
        requestId: string
        segmentId: string
        guidelineMs: number
        /** 1.1: the chair command that gave it, so that `undo` can name what it takes back. */
        command?: 'next' | 'give-floor'
      }
    /** `command` (1.1): the chair command that ended it; absent when a segment change did. */
    | { type: 'floor-ended'; command?: 'next' | 'give-floor' | 'end-floor' }
    | { type: 'timer-paused' }
    | { type: 'timer-resumed' }
    | { type: 'time-added'; seconds: number }
    | { type: 'segment-activated'; segmentId: string; endsAt: number }
    | { type: 'guideline-set'; segmentId: string; seconds: number; category?: Category }
    | { type: 'list-opened'; segmentId: string }
    | { type: 'list-closed'; segmentId: string }
    | { type: 'segment-added'; segment: ProgrammeSegment }
    | {
        type: 'segment-updated'
        segmentId: string
        changes: Partial<Pick<ProgrammeSegment, 'title' | 'startsAt' | 'endsAt' | 'takesRequests'>>
        /** The active segment's new end, when its times changed: forecasts follow at once. */
        endsAt?: number
      }
    | { type: 'segment-removed'; segmentId: string }
    /**
     * 1.1: the change of version `undoneVersion` is taken back: the floor and the
     * lists are as before it, a restored speaker's timer goes on from the time
     * already spoken (`resumedTimer`).
     */
    | { type: 'change-undone'; undoneVersion: number; command: UndoableCommand; resumedTimer: Timer | null }
    /** The meeting is over and read-only: every command is refused from now on. */
    | { type: 'meeting-archived' }
    /** Section 9: the interpreters' token was (re)issued; only its hash is kept. */
    | { type: 'interpreter-token-issued'; tokenHash: string }
    /** Section 9: a written statement's metadata; its file is in the store, never in the log. */
    | { type: 'statement-attached'; statement: Omit<Statement, 'uploadedAt' | 'deliveredAt'> }
    | { type: 'statement-removed'; statementId: string }
  )

export type DomainEventType = DomainEvent['type']
export type EventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>

/** An event before it is stamped: what a decision returns pieces of. */
export type EventBody = DomainEvent extends infer E ? (E extends DomainEvent ? Omit<E, keyof Stamp> : never) : never

/** Every event type this version knows: a log holding another was written by a newer Floor, or damaged. */
const eventTypes: Record<DomainEventType, true> = {
  'meeting-created': true,
  'delegation-added': true,
  'token-issued': true,
  'floor-requested': true,
  'request-withdrawn': true,
  'request-removed': true,
  'request-moved': true,
  'called-to-seat': true,
  'floor-given': true,
  'floor-ended': true,
  'timer-paused': true,
  'timer-resumed': true,
  'time-added': true,
  'segment-activated': true,
  'guideline-set': true,
  'list-opened': true,
  'list-closed': true,
  'segment-added': true,
  'segment-updated': true,
  'segment-removed': true,
  'meeting-archived': true,
  'change-undone': true,
  'interpreter-token-issued': true,
  'statement-attached': true,
  'statement-removed': true,
}

export function isKnownEventType(type: string): type is DomainEventType {
  return Object.hasOwn(eventTypes, type)
}
