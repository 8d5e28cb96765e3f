import { ErrorCode } from '../protocol'
import { accept, refuse, type Decision } from './decision'
import type { DecideContext, MeetingState, Timer } from './model'
import { undoWindowMs } from './model'
import { spokenMs } from './timer'

/**
 * `undo` (PROTOCOL.md section 4, 1.1): takes back the meeting's latest change
 * when it was the chair's `next`, `give-floor`, `end-floor`, `remove` or
 * `move`, at most five minutes ago. A speaker who gets the floor back goes on
 * from the time already spoken when it was taken away, paused if it was paused.
 */
export function undo(state: MeetingState, ctx: DecideContext): Decision {
  const point = state.undoable ?? null
  if (point === null || point.version !== state.version) {
    return refuse(ErrorCode.rejected, 'Nothing to undo: only the latest change, when it was Next, Floor, End, Remove or Move, can be undone.')
  }
  if (ctx.now - point.at > undoWindowMs) {
    return refuse(ErrorCode.rejected, `Too late to undo: ${point.command} was more than ${undoWindowMs / 60_000} minutes ago.`)
  }
  const floor = point.before.floor
  const floorChanged = point.command === 'next' || point.command === 'give-floor' || point.command === 'end-floor'
  const resumedTimer: Timer | null =
    floor && floorChanged
      ? {
          guidelineMs: floor.timer.guidelineMs,
          elapsedMs: spokenMs(floor.timer, point.at),
          runningSince: floor.timer.runningSince === null ? null : ctx.now,
        }
      : null
  return accept([{ type: 'change-undone', undoneVersion: point.version, command: point.command, resumedTimer }], {
    undone: point.command,
  })
}
