import { commandError, ErrorCode, type Command, type CommandError } from '../protocol'
import { refuse, type Decision } from './decision'
import { addTime, endFloor, giveFloor, next, pause, resume } from './decideFloor'
import { addSegment, removeSegment, setGuideline, setListOpen, setSegment, updateSegment } from './decideProgramme'
import { callToSeat, move, remove, requestFloor, withdraw } from './decideRequests'
import { addDelegation, issueToken } from './decideRoster'
import { undo } from './decideUndo'
import type { DomainEvent, EventBody } from './events'
import type { Actor, DecideContext, MeetingState } from './model'
import { maySend } from './permissions'

export type Outcome =
  | { ok: true; events: DomainEvent[]; result: Record<string, unknown> }
  | { ok: false; error: CommandError }

/**
 * Decides what a command does to the meeting: the events to store (stamped with
 * the next version and the time), or the error that refuses it. A command that
 * changes nothing (asking again for the floor) is accepted with no events.
 */
export function decide(state: MeetingState, command: Command, actor: Actor, ctx: DecideContext): Outcome {
  if (!maySend(actor, command)) {
    return { ok: false, error: commandError(ErrorCode.forbidden, `A ${actor.role} may not send ${command.type}.`) }
  }
  if (state.archived) {
    return { ok: false, error: commandError(ErrorCode.rejected, 'This meeting is archived: it can be read, not changed.') }
  }
  if (command.expectedVersion !== undefined && command.expectedVersion !== state.version) {
    return {
      ok: false,
      error: commandError(
        ErrorCode.conflict,
        `The meeting changed (version ${state.version}, you saw ${command.expectedVersion}); look again and retry.`,
      ),
    }
  }
  const decision = decideCommand(state, command, actor, ctx)
  if (!decision.ok) return decision
  const stamp = { version: state.version + 1, at: ctx.now }
  const events = decision.events.map((body: EventBody) => ({ ...body, ...stamp }) as DomainEvent)
  return { ok: true, events, result: decision.result }
}

function decideCommand(state: MeetingState, command: Command, actor: Actor, ctx: DecideContext): Decision {
  switch (command.type) {
    case 'request-floor':
      return requestFloor(state, command, actor, ctx)
    case 'withdraw':
      return withdraw(state, command, actor)
    case 'next':
      return next(state)
    case 'give-floor':
      return giveFloor(state, command)
    case 'end-floor':
      return endFloor(state)
    case 'pause-timer':
      return pause(state)
    case 'resume-timer':
      return resume(state)
    case 'add-time':
      return addTime(state, command, ctx.now)
    case 'move':
      return move(state, command)
    case 'remove':
      return remove(state, command)
    case 'call-to-seat':
      return callToSeat(state, command)
    case 'set-segment':
      return setSegment(state, command, ctx)
    case 'set-guideline':
      return setGuideline(state, command)
    case 'open-list':
      return setListOpen(state, true)
    case 'close-list':
      return setListOpen(state, false)
    case 'add-delegation':
      return addDelegation(state, command)
    case 'issue-token':
      return issueToken(state, command, ctx)
    case 'add-segment':
      return addSegment(state, command, ctx)
    case 'update-segment':
      return updateSegment(state, command, ctx)
    case 'remove-segment':
      return removeSegment(state, command)
    case 'undo':
      return undo(state, ctx)
    default:
      return refuse(ErrorCode.invalid, 'Unknown command type.')
  }
}
