import { commandError, type CommandError, type ErrorCode } from '../protocol'
import type { EventBody } from './events'

/** What a command comes to: events to store, and a result for the acknowledgement. */
export type Decision =
  | { ok: true; events: EventBody[]; result: Record<string, unknown> }
  | { ok: false; error: CommandError }

export function accept(events: EventBody[], result: Record<string, unknown> = {}): Decision {
  return { ok: true, events, result }
}

export function refuse(code: ErrorCode, message: string): Decision {
  return { ok: false, error: commandError(code, message) }
}
