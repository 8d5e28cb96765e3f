import { ErrorCode, type CommandOf } from '../protocol'
import { accept, refuse, type Decision } from './decision'
import type { EventBody } from './events'
import type { Actor, DecideContext, MeetingState } from './model'
import { activeSegment, findWaiting, reservedSeatsTaken, delegationOf } from './model'
import { insertionIndex } from './ranking'

export function requestFloor(
  state: MeetingState,
  command: CommandOf<'request-floor'>,
  actor: Actor,
  ctx: DecideContext,
): Decision {
  const delegationId = actor.role === 'delegate' ? actor.delegationId : command.delegationId
  if (actor.role === 'delegate' && command.delegationId !== undefined && command.delegationId !== delegationId) {
    return refuse(ErrorCode.forbidden, 'A tablet may ask for the floor only for its own delegation.')
  }
  if (delegationId === undefined) return refuse(ErrorCode.invalid, 'delegationId: the chair must name the delegation.')
  const delegation = delegationOf(state, delegationId)
  if (!delegation) return refuse(ErrorCode.notFound, `No delegation ${delegationId} on the roster.`)
  const segmentId = state.activeSegmentId
  const segment = activeSegment(state)
  if (segmentId === null || !segment) return refuse(ErrorCode.rejected, 'No segment of the programme is active.')
  if (!segment.listOpen && actor.role !== 'chair') {
    return refuse(ErrorCode.rejected, 'The list of speakers is closed.')
  }
  const kind = command.kind ?? 'statement'
  const { onBehalfOf } = command
  if (onBehalfOf !== undefined) {
    if (kind !== 'statement') return refuse(ErrorCode.invalid, 'onBehalfOf: only a statement is made on behalf of a group.')
    if (!state.meeting.groups?.some((group) => group.id === onBehalfOf)) {
      return refuse(ErrorCode.notFound, `No group ${onBehalfOf} in this meeting.`)
    }
  }
  const waiting = segment.queue.find((r) => r.delegationId === delegationId && r.kind === kind)
  if (waiting) return accept([], { requestId: waiting.requestId })
  const requestId = ctx.newId()
  const categoryOf = (id: string) => delegationOf(state, id)?.category ?? 'stakeholder'
  const groupsFirst = state.meeting.groupStatementsFirst === true
  const position = insertionIndex(segment.queue, kind, delegation.category, categoryOf, { onBehalfOf, groupsFirst })
  const requested = { type: 'floor-requested', requestId, delegationId, kind, segmentId, position } as const
  return accept([onBehalfOf === undefined ? requested : { ...requested, onBehalfOf }], { requestId })
}

export function withdraw(state: MeetingState, command: CommandOf<'withdraw'>, actor: Actor): Decision {
  if (command.requestId === undefined) {
    if (actor.role !== 'delegate') return refuse(ErrorCode.invalid, 'requestId: the chair must name the request.')
    const events: EventBody[] = []
    for (const [segmentId, segment] of Object.entries(state.segments)) {
      for (const request of segment.queue) {
        if (request.delegationId === actor.delegationId) {
          events.push({ type: 'request-withdrawn', requestId: request.requestId, segmentId })
        }
      }
    }
    return accept(events, { withdrawn: events.length })
  }
  const found = findWaiting(state, command.requestId)
  if (!found) return refuse(ErrorCode.notFound, 'That request is not waiting on any list.')
  if (actor.role === 'delegate' && found.request.delegationId !== actor.delegationId) {
    return refuse(ErrorCode.forbidden, "A tablet may withdraw only its own delegation's requests.")
  }
  return accept([{ type: 'request-withdrawn', requestId: command.requestId, segmentId: found.segmentId }], {
    withdrawn: 1,
  })
}

export function move(state: MeetingState, command: CommandOf<'move'>): Decision {
  const found = findInActiveList(state, command.requestId)
  if ('error' in found) return found.error
  const toIndex = Math.min(command.toIndex, found.length - 1)
  if (toIndex === found.index) return accept([])
  return accept([{ type: 'request-moved', requestId: command.requestId, segmentId: found.segmentId, toIndex }])
}

export function remove(state: MeetingState, command: CommandOf<'remove'>): Decision {
  const found = findWaiting(state, command.requestId)
  if (!found) return refuse(ErrorCode.notFound, 'That request is not waiting on any list.')
  return accept([{ type: 'request-removed', requestId: command.requestId, segmentId: found.segmentId }])
}

export function callToSeat(state: MeetingState, command: CommandOf<'call-to-seat'>): Decision {
  const found = findWaiting(state, command.requestId)
  if (!found) return refuse(ErrorCode.notFound, 'That request is not waiting on any list.')
  if (delegationOf(state, found.request.delegationId)?.category !== 'stakeholder') {
    return refuse(ErrorCode.rejected, 'Only stakeholders are called to the reserved seats.')
  }
  if (found.request.calledToSeat) return accept([])
  const total = state.meeting.reservedStakeholderSeats
  if (reservedSeatsTaken(state) >= total) {
    return refuse(ErrorCode.rejected, `All ${total} reserved stakeholder seats are taken.`)
  }
  return accept([{ type: 'called-to-seat', requestId: command.requestId, segmentId: found.segmentId }])
}

/** A request on the active segment's list, which is the only one the chair reorders or gives the floor from. */
export function findInActiveList(
  state: MeetingState,
  requestId: string,
): { segmentId: string; index: number; length: number } | { error: Decision } {
  const segment = activeSegment(state)
  const index = segment ? segment.queue.findIndex((r) => r.requestId === requestId) : -1
  if (!segment || state.activeSegmentId === null || index < 0) {
    return { error: refuse(ErrorCode.notFound, 'That request is not waiting on the active list.') }
  }
  return { segmentId: state.activeSegmentId, index, length: segment.queue.length }
}
