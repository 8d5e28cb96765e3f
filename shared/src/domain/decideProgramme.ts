import { ErrorCode, type CommandOf } from '../protocol'
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
