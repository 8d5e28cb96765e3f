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
 * Changes the speaker's guideline. Taking time away stops at 30 seconds and
 * at the time already spoken (rounded up to the second), and the result says
 * where it stopped (`limitedBy`); when nothing can be taken away it is refused.
 */
export function addTime(state: MeetingState, command: CommandOf<'add-time'>, now: number): Decision {
  if (!state.floor) return refuse(ErrorCode.rejected, 'Nobody has the floor.')
  const { guidelineMs } = state.floor.timer
  const wanted = guidelineMs + command.seconds * 1000
  if (command.seconds > 0) return accept([{ type: 'time-added', seconds: command.seconds }], { guidelineSeconds: wanted / 1000 })
  const spokenCeilMs = Math.ceil(spokenMs(state.floor.timer, now) / 1000) * 1000
  const minimumMs = Math.min(guidelineMs, guidelineFloorMs)
  const lowest = Math.max(minimumMs, Math.min(guidelineMs, spokenCeilMs))
  if (wanted >= lowest) return accept([{ type: 'time-added', seconds: command.seconds }], { guidelineSeconds: wanted / 1000 })
  const limitedBy = lowest > minimumMs ? 'spoken' : 'minimum'
  if (lowest >= guidelineMs) {
    return refuse(
      ErrorCode.rejected,
      limitedBy === 'spoken'
        ? 'No time can be taken away: the speaker has already spoken the whole guideline.'
        : `The guideline is already at its minimum of ${minimumMs / 1000} seconds.`,
    )
  }
  return accept([{ type: 'time-added', seconds: (lowest - guidelineMs) / 1000 }], { guidelineSeconds: lowest / 1000, limitedBy })
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
