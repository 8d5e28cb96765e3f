import { ErrorCode, type CommandOf } from '../protocol'
import { accept, refuse, type Decision } from './decision'
import type { EventBody } from './events'
import type { MeetingState } from './model'
import { activeSegment, guidelineSecondsFor, delegationOf } from './model'
import { findInActiveList } from './decideRequests'

export function next(state: MeetingState): Decision {
  const segment = activeSegment(state)
  if (!segment || state.activeSegmentId === null) {
    return refuse(ErrorCode.rejected, 'No segment of the programme is active.')
  }
  const head = segment.queue[0]
  const events = endCurrent(state)
  if (head) events.push(floorGiven(state, state.activeSegmentId, head.requestId, head.delegationId))
  return accept(events, head ? { requestId: head.requestId } : {})
}

export function giveFloor(state: MeetingState, command: CommandOf<'give-floor'>): Decision {
  const found = findInActiveList(state, command.requestId)
  if ('error' in found) return found.error
  const request = activeSegment(state)?.queue[found.index]
  if (!request) return refuse(ErrorCode.notFound, 'That request is not waiting on the active list.')
  return accept([...endCurrent(state), floorGiven(state, found.segmentId, request.requestId, request.delegationId)], {
    requestId: request.requestId,
  })
}

export function endFloor(state: MeetingState): Decision {
  if (!state.floor) return refuse(ErrorCode.rejected, 'Nobody has the floor.')
  return accept(endCurrent(state))
}

export function pause(state: MeetingState): Decision {
  if (!state.floor) return refuse(ErrorCode.rejected, 'Nobody has the floor.')
  if (state.floor.timer.runningSince === null) return refuse(ErrorCode.rejected, 'The timer is already paused.')
  return accept([{ type: 'timer-paused' }])
}

export function resume(state: MeetingState): Decision {
  if (!state.floor) return refuse(ErrorCode.rejected, 'Nobody has the floor.')
  if (state.floor.timer.runningSince !== null) return refuse(ErrorCode.rejected, 'The timer is already running.')
  return accept([{ type: 'timer-resumed' }])
}

export function addTime(state: MeetingState, command: CommandOf<'add-time'>): Decision {
  if (!state.floor) return refuse(ErrorCode.rejected, 'Nobody has the floor.')
  return accept([{ type: 'time-added', seconds: command.seconds }])
}

/** Ends the current intervention, if any: the first half of `next` and `give-floor`. */
export function endCurrent(state: MeetingState): EventBody[] {
  return state.floor ? [{ type: 'floor-ended' }] : []
}

function floorGiven(state: MeetingState, segmentId: string, requestId: string, delegationId: string): EventBody {
  const segment = state.segments[segmentId]
  const category = delegationOf(state, delegationId)?.category ?? 'stakeholder'
  const seconds = segment ? guidelineSecondsFor(segment, category) : state.meeting.defaultGuidelineSeconds
  return { type: 'floor-given', requestId, segmentId, guidelineMs: seconds * 1000 }
}
