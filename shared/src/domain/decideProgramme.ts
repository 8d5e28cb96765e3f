import { ErrorCode, setupLimits, type CommandOf } from '../protocol'
import { accept, refuse, type Decision } from './decision'
import { endCurrent } from './decideFloor'
import type { DecideContext, MeetingState } from './model'
import { activeSegment } from './model'
import { segmentEndsAt } from './schedule'

export function setSegment(state: MeetingState, command: CommandOf<'set-segment'>, ctx: DecideContext): Decision {
  const segment = state.programme.find((s) => s.id === command.segmentId)
  if (!segment) return refuse(ErrorCode.notFound, `No segment ${command.segmentId} in the programme.`)
  if (state.activeSegmentId === segment.id) return accept([])
  // Moving on to another segment closes the intervention under way: it belongs to the old one.
  return accept([
    ...endCurrent(state),
    { type: 'segment-activated', segmentId: segment.id, endsAt: segmentEndsAt(segment, state.meeting, ctx.now) },
  ])
}

export function setGuideline(state: MeetingState, command: CommandOf<'set-guideline'>): Decision {
  if (!activeSegment(state) || state.activeSegmentId === null) {
    return refuse(ErrorCode.rejected, 'No segment of the programme is active.')
  }
  return accept([
    command.category === undefined
      ? { type: 'guideline-set', segmentId: state.activeSegmentId, seconds: command.seconds }
      : { type: 'guideline-set', segmentId: state.activeSegmentId, seconds: command.seconds, category: command.category },
  ])
}

export function setListOpen(state: MeetingState, open: boolean): Decision {
  const segment = activeSegment(state)
  if (!segment || state.activeSegmentId === null) {
    return refuse(ErrorCode.rejected, 'No segment of the programme is active.')
  }
  if (segment.listOpen === open) return accept([])
  return accept([{ type: open ? 'list-opened' : 'list-closed', segmentId: state.activeSegmentId }])
}

export function addSegment(state: MeetingState, command: CommandOf<'add-segment'>, ctx: DecideContext): Decision {
  if (Date.parse(command.startsAt) >= Date.parse(command.endsAt)) {
    return refuse(ErrorCode.invalid, 'endsAt: must end after it starts')
  }
  if (state.programme.length >= setupLimits.segments) {
    return refuse(ErrorCode.rejected, `A programme has at most ${setupLimits.segments} segments.`)
  }
  const segmentId = ctx.newId()
  const segment = {
    id: segmentId,
    title: command.title,
    startsAt: command.startsAt,
    endsAt: command.endsAt,
    takesRequests: command.takesRequests ?? true,
  }
  return accept([{ type: 'segment-added', segment }], { segmentId })
}

export function updateSegment(state: MeetingState, command: CommandOf<'update-segment'>, ctx: DecideContext): Decision {
  const segment = state.programme.find((s) => s.id === command.segmentId)
  if (!segment) return refuse(ErrorCode.notFound, `No segment ${command.segmentId} in the programme.`)
  const changes = definedOnly({
    title: command.title,
    startsAt: command.startsAt,
    endsAt: command.endsAt,
    takesRequests: command.takesRequests,
  })
  const updated = { ...segment, ...changes }
  if (Date.parse(updated.startsAt) >= Date.parse(updated.endsAt)) {
    return refuse(ErrorCode.invalid, 'endsAt: must end after it starts')
  }
  if (Object.keys(changes).length === 0) return accept([])
  const runtime = state.segments[segment.id]
  const timesChanged = changes.startsAt !== undefined || changes.endsAt !== undefined
  if (state.activeSegmentId === segment.id && runtime?.endsAt != null && timesChanged) {
    // The active segment's end moves with its new times, so the time-permitting line follows at once.
    return accept([{ type: 'segment-updated', segmentId: segment.id, changes, endsAt: segmentEndsAt(updated, state.meeting, ctx.now) }])
  }
  return accept([{ type: 'segment-updated', segmentId: segment.id, changes }])
}

export function removeSegment(state: MeetingState, command: CommandOf<'remove-segment'>): Decision {
  const segment = state.programme.find((s) => s.id === command.segmentId)
  if (!segment) return refuse(ErrorCode.notFound, `No segment ${command.segmentId} in the programme.`)
  if (state.activeSegmentId === segment.id) return refuse(ErrorCode.rejected, 'The active segment cannot be removed.')
  if (state.segments[segment.id]?.everRequested) {
    return refuse(ErrorCode.rejected, 'A segment in which someone asked for the floor stays in the record.')
  }
  if (state.programme.length === 1) return refuse(ErrorCode.rejected, 'A programme keeps at least one segment.')
  return accept([{ type: 'segment-removed', segmentId: segment.id }])
}

function definedOnly<T extends Record<string, unknown>>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>
  }
}
