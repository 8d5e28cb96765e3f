import type { Meeting, ProgrammeSegment } from '../protocol'
import type { DomainEvent, EventOf } from './events'
import type { Intervention, MeetingState, SegmentRuntime, WaitingRequest } from './model'
import { emptyMeeting, delegationOf } from './model'
import { evolveStatements } from './statements'
import { addTime, pauseTimer, resumeTimer, spokenMs, startTimer } from './timer'
import { changeUndone, undoPointAfter } from './undo'

/** Applies one event. Pure: the state passed in is never changed. */
export function evolve(state: MeetingState, event: DomainEvent): MeetingState {
  const applied = evolveStatements(applyEvent(state, event), event, state.floor)
  const next = { ...applied, undoable: undoPointAfter(state, applied, event) }
  return next.version === event.version ? next : { ...next, version: event.version }
}

/** Rebuilds a meeting from its log. */
export function replay(events: Iterable<DomainEvent>, from: MeetingState = emptyMeeting()): MeetingState {
  let state = from
  for (const event of events) state = evolve(state, event)
  return state
}

function applyEvent(state: MeetingState, event: DomainEvent): MeetingState {
  switch (event.type) {
    case 'meeting-created':
      return meetingCreated(state, event)
    case 'delegation-added':
      return { ...state, delegations: { ...state.delegations, [event.delegation.id]: event.delegation } }
    case 'token-issued':
      return { ...state, tokenHashes: { ...state.tokenHashes, [event.delegationId]: event.tokenHash } }
    case 'floor-requested': {
      const request: WaitingRequest = {
        requestId: event.requestId,
        delegationId: event.delegationId,
        kind: event.kind,
        requestedAt: event.at,
        calledToSeat: false,
        ...(event.onBehalfOf === undefined ? {} : { onBehalfOf: event.onBehalfOf }),
      }
      const asked = updateSegment(state, event.segmentId, (segment) => ({ ...segment, everRequested: true }))
      return updateQueue(asked, event.segmentId, (queue) => insertAt(queue, event.position, request))
    }
    case 'request-withdrawn':
    case 'request-removed':
      return updateQueue(state, event.segmentId, (queue) => queue.filter((r) => r.requestId !== event.requestId))
    case 'request-moved':
      return updateQueue(state, event.segmentId, (queue) => moveTo(queue, event.requestId, event.toIndex))
    case 'called-to-seat':
      return updateQueue(state, event.segmentId, (queue) =>
        queue.map((r) => (r.requestId === event.requestId ? { ...r, calledToSeat: true } : r)),
      )
    case 'floor-given':
      return floorGiven(state, event)
    case 'floor-ended':
      return floorEnded(state, event.at)
    case 'timer-paused':
      return updateTimer(state, (timer) => pauseTimer(timer, event.at))
    case 'timer-resumed':
      return updateTimer(state, (timer) => resumeTimer(timer, event.at))
    case 'time-added':
      return updateTimer(state, (timer) => addTime(timer, event.seconds))
    case 'segment-activated':
      return {
        ...updateSegment(state, event.segmentId, (segment) => ({ ...segment, endsAt: event.endsAt })),
        activeSegmentId: event.segmentId,
      }
    case 'guideline-set':
      return updateSegment(state, event.segmentId, (segment) =>
        event.category === undefined
          ? { ...segment, guidelineSeconds: event.seconds }
          : { ...segment, guidelineByCategory: { ...segment.guidelineByCategory, [event.category]: event.seconds } },
      )
    case 'list-opened':
      return updateSegment(state, event.segmentId, (segment) => ({ ...segment, listOpen: true }))
    case 'list-closed':
      return updateSegment(state, event.segmentId, (segment) => ({ ...segment, listOpen: false }))
    case 'segment-added':
      return {
        ...state,
        programme: [...state.programme, event.segment],
        segments: { ...state.segments, [event.segment.id]: newRuntime(event.segment, state.meeting) },
      }
    case 'segment-updated':
      return segmentUpdated(state, event)
    case 'segment-removed': {
      const { [event.segmentId]: _removed, ...segments } = state.segments
      return { ...state, programme: state.programme.filter((s) => s.id !== event.segmentId), segments }
    }
    case 'change-undone':
      return changeUndone(state, event)
    case 'meeting-archived':
      return { ...state, archived: true }
    default:
      return state // an event this version does not know: ignore it rather than lose the meeting
  }
}

function meetingCreated(state: MeetingState, event: EventOf<'meeting-created'>): MeetingState {
  const segments: Record<string, SegmentRuntime> = {}
  for (const segment of event.segments) segments[segment.id] = newRuntime(segment, event.meeting)
  return {
    ...state,
    meeting: event.meeting,
    programme: event.segments,
    delegations: Object.fromEntries(event.delegations.map((d) => [d.id, d])),
    segments,
  }
}

/** A segment's list and rules before anyone asks: the meeting's guidelines, open if it takes requests. */
function newRuntime(segment: ProgrammeSegment, meeting: Meeting): SegmentRuntime {
  return {
    listOpen: segment.takesRequests,
    guidelineSeconds: meeting.defaultGuidelineSeconds,
    guidelineByCategory: { ...meeting.guidelineByCategory },
    endsAt: null,
    queue: [],
    history: [],
    everRequested: false,
  }
}

function segmentUpdated(state: MeetingState, event: EventOf<'segment-updated'>): MeetingState {
  const programme = state.programme.map((s) => (s.id === event.segmentId ? { ...s, ...event.changes } : s))
  const updated = { ...state, programme }
  const { endsAt } = event
  return endsAt === undefined ? updated : updateSegment(updated, event.segmentId, (segment) => ({ ...segment, endsAt }))
}

function floorGiven(state: MeetingState, event: EventOf<'floor-given'>): MeetingState {
  const request = state.segments[event.segmentId]?.queue.find((r) => r.requestId === event.requestId)
  if (!request) return state
  const withoutRequest = updateQueue(state, event.segmentId, (queue) =>
    queue.filter((r) => r.requestId !== event.requestId),
  )
  return {
    ...withoutRequest,
    floor: {
      requestId: request.requestId,
      delegationId: request.delegationId,
      kind: request.kind,
      segmentId: event.segmentId,
      calledToSeat: request.calledToSeat,
      startedAt: event.at,
      timer: startTimer(event.guidelineMs, event.at),
      ...(request.onBehalfOf === undefined ? {} : { onBehalfOf: request.onBehalfOf }),
    },
  }
}

function floorEnded(state: MeetingState, at: number): MeetingState {
  const floor = state.floor
  if (!floor) return state
  const delegation = delegationOf(state, floor.delegationId)
  const intervention: Intervention = {
    requestId: floor.requestId,
    delegationId: floor.delegationId,
    name: delegation?.name ?? floor.delegationId,
    category: delegation?.category ?? 'stakeholder',
    kind: floor.kind,
    segmentId: floor.segmentId,
    startedAt: floor.startedAt,
    endedAt: at,
    spokeMs: spokenMs(floor.timer, at),
    guidelineMs: floor.timer.guidelineMs,
  }
  const recorded = updateSegment(state, floor.segmentId, (segment) => ({
    ...segment,
    history: [...segment.history, intervention],
  }))
  return { ...recorded, floor: null }
}

function updateTimer(state: MeetingState, change: (timer: Floor['timer']) => Floor['timer']): MeetingState {
  if (!state.floor) return state
  return { ...state, floor: { ...state.floor, timer: change(state.floor.timer) } }
}

function updateSegment(
  state: MeetingState,
  segmentId: string,
  change: (segment: SegmentRuntime) => SegmentRuntime,
): MeetingState {
  const segment = state.segments[segmentId]
  if (!segment) return state
  return { ...state, segments: { ...state.segments, [segmentId]: change(segment) } }
}

function updateQueue(
  state: MeetingState,
  segmentId: string,
  change: (queue: WaitingRequest[]) => WaitingRequest[],
): MeetingState {
  return updateSegment(state, segmentId, (segment) => ({ ...segment, queue: change(segment.queue) }))
}

function insertAt<T>(items: readonly T[], index: number, item: T): T[] {
  const copy = items.slice()
  copy.splice(Math.max(0, Math.min(index, copy.length)), 0, item)
  return copy
}

function moveTo(queue: readonly WaitingRequest[], requestId: string, toIndex: number): WaitingRequest[] {
  const from = queue.findIndex((r) => r.requestId === requestId)
  const request = queue[from]
  if (!request) return queue.slice()
  const without = queue.filter((_, i) => i !== from)
  return insertAt(without, toIndex, request)
}

type Floor = NonNullable<MeetingState['floor']>
