import type { Command, CommandType, Role } from '../protocol'
import type { Actor } from './model'

/**
 * Which role may send which command: `decide` asks `maySend` before anything
 * else. The other checks live where the facts they need are:
 * - who the sender is (chair, which delegation, display) is fixed by its
 *   token on the server, when the socket or the HTTP request is authorized
 *   (`actorForToken` in `server/src/auth.ts`);
 * - that a delegate acts only for its own delegation (asking for the floor,
 *   withdrawing) is checked in `decideRequests.ts`, which knows whose
 *   request is whose; so is the closed list, which the chair alone may pass.
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
  'add-segment': ['chair'],
  'update-segment': ['chair'],
  'remove-segment': ['chair'],
  undo: ['chair'],
}

export function maySend(actor: Actor, command: Command): boolean {
  return permissions[command.type].includes(actor.role)
}
