import { ErrorCode, type CommandOf } from '../protocol'
import { accept, refuse, type Decision } from './decision'
import type { EventBody } from './events'
import type { MeetingState } from './model'
import { activeSegment, guidelineSecondsFor, delegationOf } from './model'
import { findInActiveList } from './decideRequests'
import { spokenMs } from './timer'

export function next(state: MeetingState): Decision {
  const segment = activeSegment(state)
  if (!segment || state.activeSegmentId === null) {
    return refuse(ErrorCode.rejected, 'No segment of the programme is active.')
  }
  const head = segment.queue[0]
  const events = endCurrent(state, 'next')
  if (head) events.push(floorGiven(state, state.activeSegmentId, head.requestId, head.delegationId, 'next'))
  return accept(events, head ? { requestId: head.requestId } : {})
}

export function giveFloor(state: MeetingState, command: CommandOf<'give-floor'>): Decision {
  const found = findInActiveList(state, command.requestId)
  if ('error' in found) return found.error
  const request = activeSegment(state)?.queue[found.index]
  if (!request) return refuse(ErrorCode.notFound, 'That request is not waiting on the active list.')
  return accept([...endCurrent(state, 'give-floor'), floorGiven(state, found.segmentId, request.requestId, request.delegationId, 'give-floor')], {
    requestId: request.requestId,
  })
}

export function endFloor(state: MeetingState): Decision {
  if (!state.floor) return refuse(ErrorCode.rejected, 'Nobody has the floor.')
  return accept(endCurrent(state, 'end-floor'))
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

/** Taking time away never brings a guideline below this (unless it was set lower). */
export const guidelineFloorMs = 30_000

/**
 * Changes the speaker's guideline. Taking time away stops at 30 seconds
 * (`limitedBy: 'minimum'` in the result; refused when nothing is left to take)
 * and says when the guideline falls below the time already spoken
 * (`belowSpokenSeconds`): the speaker is then over time at once.
 */
export function addTime(state: MeetingState, command: CommandOf<'add-time'>, now: number): Decision {
  if (!state.floor) return refuse(ErrorCode.rejected, 'Nobody has the floor.')
  const { guidelineMs } = state.floor.timer
  const wanted = guidelineMs + command.seconds * 1000
  if (command.seconds > 0) return accept([{ type: 'time-added', seconds: command.seconds }], { guidelineSeconds: wanted / 1000 })
  const minimumMs = Math.min(guidelineMs, guidelineFloorMs)
  if (guidelineMs <= minimumMs) {
    return refuse(ErrorCode.rejected, `The guideline is already at its minimum of ${minimumMs / 1000} seconds.`)
  }
  const newMs = Math.max(minimumMs, wanted)
  const spoken = spokenMs(state.floor.timer, now)
  return accept([{ type: 'time-added', seconds: (newMs - guidelineMs) / 1000 }], {
    guidelineSeconds: newMs / 1000,
    ...(newMs > wanted ? { limitedBy: 'minimum' } : {}),
    ...(newMs < spoken ? { belowSpokenSeconds: Math.floor(spoken / 1000) } : {}),
  })
}

/**
 * Ends the current intervention, if any: the first half of `next` and
 * `give-floor`. `command` names the chair command, which `undo` may take back.
 */
export function endCurrent(state: MeetingState, command?: 'next' | 'give-floor' | 'end-floor'): EventBody[] {
  if (!state.floor) return []
  return [command === undefined ? { type: 'floor-ended' } : { type: 'floor-ended', command }]
}

function floorGiven(
  state: MeetingState,
  segmentId: string,
  requestId: string,
  delegationId: string,
  command: 'next' | 'give-floor',
): EventBody {
  const segment = state.segments[segmentId]
  const category = delegationOf(state, delegationId)?.category ?? 'stakeholder'
  const seconds = segment ? guidelineSecondsFor(segment, category) : state.meeting.defaultGuidelineSeconds
  return { type: 'floor-given', requestId, segmentId, guidelineMs: seconds * 1000, command }
}
