import type { DomainEvent, EventOf } from './events'
import type { MeetingState, UndoableCommand, UndoPoint } from './model'

/*
 * `undo` (PROTOCOL.md section 4, 1.1), the state's side. Each change of an
 * undoable chair command keeps the floor, the lists and the statements as they
 * were before it (references into the previous state: nothing is copied);
 * any other change drops them. Undoing puts them back, so replaying the log
 * gives the same state as living it.
 */

/** The chair command an event records, when `undo` may take it back. */
function undoableCommandOf(event: DomainEvent): UndoableCommand | null {
  switch (event.type) {
    case 'floor-ended':
    case 'floor-given':
      return event.command ?? null
    case 'request-removed':
      return 'remove'
    case 'request-moved':
      return 'move'
    default:
      return null
  }
}

/**
 * The undo point once `event` is applied: the first event of an undoable
 * change opens one with the state before it, the change's later events keep
 * it, anything else closes it.
 */
export function undoPointAfter(before: MeetingState, after: MeetingState, event: DomainEvent): UndoPoint | null {
  const command = undoableCommandOf(event)
  if (command === null) return null
  const open = before.undoable ?? null
  const sameChange = before.version === event.version && open !== null && open.version === event.version
  if (before.version === event.version && !sameChange) return null // a later event of a change that is not undoable
  const point: UndoPoint = sameChange
    ? { ...open, command }
    : {
        command,
        version: event.version,
        at: event.at,
        delegationId: null,
        before: { floor: before.floor, segments: before.segments, statements: before.statements },
      }
  return { ...point, delegationId: subjectOf(point, after, event) }
}

/** Whom the change was about, as the console names it: "Undo Next (Mexico)". */
function subjectOf(point: UndoPoint, after: MeetingState, event: DomainEvent): string | null {
  if (event.type === 'request-removed' || event.type === 'request-moved') {
    const queue = point.before.segments[event.segmentId]?.queue ?? []
    return queue.find((request) => request.requestId === event.requestId)?.delegationId ?? null
  }
  if (point.command === 'end-floor') return point.before.floor?.delegationId ?? null
  return after.floor?.delegationId ?? point.before.floor?.delegationId ?? null
}

/** The floor, the lists and the statements as they were before the undone change; the speaker's timer goes on. */
export function changeUndone(state: MeetingState, event: EventOf<'change-undone'>): MeetingState {
  const point = state.undoable
  if (!point || point.version !== event.undoneVersion) return state
  const { floor, segments, statements } = point.before
  const restoredFloor = floor && event.resumedTimer ? { ...floor, timer: event.resumedTimer } : floor
  return { ...state, floor: restoredFloor, segments, statements, undoable: null }
}
