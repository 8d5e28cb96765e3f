import type { Command, CommandType, Role } from '../protocol'
import type { Actor } from './model'

/**
 * Which role may send which command, in one place. Delegates act only for their
 * own delegation: `forOwnDelegation` says which of their commands that concerns.
 */
export const permissions: Record<CommandType, readonly Role[]> = {
  'request-floor': ['chair', 'delegate'],
  withdraw: ['chair', 'delegate'],
  next: ['chair'],
  'give-floor': ['chair'],
  'end-floor': ['chair'],
  'pause-timer': ['chair'],
  'resume-timer': ['chair'],
  'add-time': ['chair'],
  move: ['chair'],
  remove: ['chair'],
  'call-to-seat': ['chair'],
  'set-segment': ['chair'],
  'set-guideline': ['chair'],
  'open-list': ['chair'],
  'close-list': ['chair'],
  'add-delegation': ['chair'],
  'issue-token': ['chair'],
}

export function maySend(actor: Actor, command: Command): boolean {
  return permissions[command.type].includes(actor.role)
}
