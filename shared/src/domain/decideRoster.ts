import { freeSlugOf, slugOf } from './slug'
import { delegationOf } from './model'
import { ErrorCode, type CommandOf } from '../protocol'
import { accept, refuse, type Decision } from './decision'
import type { DecideContext, MeetingState } from './model'

export function addDelegation(state: MeetingState, command: CommandOf<'add-delegation'>): Decision {
  const isState = command.category === 'member-state' || command.category === 'observer-state'
  if (command.id !== undefined && /^[A-Z]{3}$/.test(command.id) !== isState) {
    return refuse(
      ErrorCode.invalid,
      isState ? "id: a State's id is its ISO alpha-3 code." : 'id: an organization has a lower-case slug.',
    )
  }
  if (isState && command.id === undefined) return refuse(ErrorCode.invalid, "id: a State's id is its ISO alpha-3 code.")
  const id = command.id ?? freeSlug(state, command.name)
  if (delegationOf(state, id)) return refuse(ErrorCode.rejected, `The roster already has ${id}.`)
  const delegation = {
    id,
    name: command.name,
    category: command.category,
    ...(command.seat === undefined ? {} : { seat: command.seat }),
  }
  return accept([{ type: 'delegation-added', delegation }], { delegationId: id })
}

export function issueToken(state: MeetingState, command: CommandOf<'issue-token'>, ctx: DecideContext): Decision {
  if (command.role === 'interpreter') return issueInterpreterToken(command, ctx)
  if (command.delegationId === undefined) return refuse(ErrorCode.invalid, 'delegationId: the delegation the tablet speaks for.')
  if (!delegationOf(state, command.delegationId)) {
    return refuse(ErrorCode.notFound, `No delegation ${command.delegationId} on the roster.`)
  }
  const { token, tokenHash } = ctx.newToken()
  // The token goes back to the chair once, in the acknowledgement; the log keeps only its hash.
  return accept([{ type: 'token-issued', delegationId: command.delegationId, tokenHash }], {
    delegationId: command.delegationId,
    token,
  })
}

/**
 * The interpreters' token (PROTOCOL.md section 9): one per meeting, for the
 * booth's page; issuing again replaces it and sends the old one's pages away.
 */
function issueInterpreterToken(command: CommandOf<'issue-token'>, ctx: DecideContext): Decision {
  if (command.delegationId !== undefined) return refuse(ErrorCode.invalid, 'delegationId: the interpreters speak for no delegation.')
  const { token, tokenHash } = ctx.newToken()
  return accept([{ type: 'interpreter-token-issued', tokenHash }], { role: 'interpreter', token })
}

/** A lower-case slug of the name that no delegation uses yet. */
export function freeSlug(state: MeetingState, name: string): string {
  return freeSlugOf(slugOf(name) || 'delegation', (slug) => Boolean(delegationOf(state, slug)) || slug.length < 2)
}
