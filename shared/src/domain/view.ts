import type { GroupRef, Role, StateView, UndoView } from '../protocol'
import type { MeetingState } from './model'
import { activeSegment, reservedSeatsTaken, delegationOf, undoWindowMs } from './model'
import { forecastBasis, forecastQueue } from './forecast'
import { toRecord } from './records'
import { withStatements } from './statements'

/**
 * The whole `state` message for one role (PROTOCOL.md section 3). Tokens and
 * their hashes never appear; the log of interventions is for the chair only.
 */
export function viewFor(state: MeetingState, role: Role, delegationId: string | undefined, now: number): StateView {
  const segment = activeSegment(state)
  const programmeEntry = state.programme.find((s) => s.id === state.activeSegmentId)
  const forecast = forecastQueue(state, now)
  const delegation = (id: string) => delegationOf(state, id)
  const view: StateView = {
    version: state.version,
    serverTime: now,
    role,
    meeting: { id: state.meeting.id, title: state.meeting.title },
    segment:
      segment && programmeEntry
        ? {
            id: programmeEntry.id,
            title: programmeEntry.title,
            guidelineSeconds: segment.guidelineSeconds,
            listOpen: segment.listOpen,
            endsAt: segment.endsAt,
            guidelineByCategory: segment.guidelineByCategory,
            forecastBasis: forecastBasis(segment.history),
          }
        : null,
    floor: state.floor
      ? {
          requestId: state.floor.requestId,
          delegationId: state.floor.delegationId,
          name: delegation(state.floor.delegationId)?.name ?? state.floor.delegationId,
          category: delegation(state.floor.delegationId)?.category ?? 'stakeholder',
          kind: state.floor.kind,
          startedAt: state.floor.startedAt,
          timer: state.floor.timer,
          segmentId: state.floor.segmentId,
          seat: delegation(state.floor.delegationId)?.seat ?? null,
          calledToSeat: state.floor.calledToSeat,
          ...groupOf(state, state.floor.onBehalfOf),
        }
      : null,
    queue: (segment?.queue ?? []).map((request, index) => ({
      requestId: request.requestId,
      delegationId: request.delegationId,
      name: delegation(request.delegationId)?.name ?? request.delegationId,
      category: delegation(request.delegationId)?.category ?? 'stakeholder',
      kind: request.kind,
      requestedAt: request.requestedAt,
      calledToSeat: request.calledToSeat,
      expectedStartAt: forecast[index]?.expectedStartAt ?? null,
      timePermitting: forecast[index]?.timePermitting ?? false,
      seat: delegation(request.delegationId)?.seat ?? null,
      ...groupOf(state, request.onBehalfOf),
    })),
    reservedSeats: { total: state.meeting.reservedStakeholderSeats, taken: reservedSeatsTaken(state) },
    queueLength: segment?.queue.length ?? 0,
  }
  if (role === 'chair') {
    view.log = (segment?.history ?? []).map(toRecord)
    // Every co-facilitator's programme panel follows another's edits at once.
    view.programme = state.programme
    view.undoable = undoView(state)
  }
  if (role === 'delegate') return tabletView(view, delegationId ?? '')
  // Section 9: only the chair and the interpreters see who has a statement; displays and other tablets never.
  if (role === 'chair' || role === 'interpreter') return withStatements(view, state)
  return view
}

/** `{ onBehalfOf }` for a statement made on behalf of one of the meeting's groups; nothing otherwise. */
function groupOf(state: MeetingState, groupId: string | undefined): { onBehalfOf?: GroupRef } {
  if (groupId === undefined) return {}
  const group = state.meeting.groups?.find((g) => g.id === groupId)
  return { onBehalfOf: { id: groupId, name: group?.name ?? groupId } }
}

/** The change the chair may still take back. */
function undoView(state: MeetingState): UndoView | null {
  const point = state.undoable ?? null
  if (point === null || point.version !== state.version) return null
  const name = point.delegationId === null ? null : (delegationOf(state, point.delegationId)?.name ?? point.delegationId)
  return { command: point.command, version: point.version, delegationId: point.delegationId, name, until: point.at + undoWindowMs }
}

/**
 * A tablet's view (PROTOCOL.md section 3, 1.1): the whole view abridged to
 * the delegation's own waiting requests, each with its place in the whole
 * list, and the list's length. Under 2 KB however long the list: a room of
 * tablets is sent a few hundred bytes each per change, not the whole list.
 */
export function tabletView(whole: StateView, delegationId: string): StateView {
  const { log: _log, programme: _programme, undoable: _undoable, ...shared } = whole
  return {
    ...shared,
    role: 'delegate',
    queue: ownRequests(whole, delegationId),
    queueLength: whole.queue.length,
    delegationId,
  }
}

/** The delegation's waiting requests in a whole list, each with its 1-based place. */
export function ownRequests(whole: StateView, delegationId: string): StateView['queue'] {
  const own: StateView['queue'] = []
  whole.queue.forEach((entry, index) => {
    if (entry.delegationId === delegationId) own.push({ ...entry, position: index + 1 })
  })
  return own
}
