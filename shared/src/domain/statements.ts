import type { StatementListing, StatementRef, StateView } from '../protocol'
import type { DomainEvent, EventOf } from './events'
import type { Actor, Floor, MeetingState, Statement } from './model'
import { delegationOf } from './model'

/*
 * Written statements (PROTOCOL.md section 9) in the state, the views and the
 * reading rules. Delivery, precisely: a statement is delivered when its
 * delegation's intervention of kind `statement` ends, the first such end
 * after the upload (so the one under way when it was uploaded, or the next
 * one). Points of order and rights of reply deliver nothing. Until then it is
 * under embargo: only its delegation, the chair and the interpreters read it.
 */

/** Applies the statement events, and delivers the speaker's statements when its statement ends. */
export function evolveStatements(state: MeetingState, event: DomainEvent, floorBefore: Floor | null): MeetingState {
  switch (event.type) {
    case 'interpreter-token-issued':
      return { ...state, interpreterTokenHash: event.tokenHash }
    case 'statement-attached':
      return attached(state, event)
    case 'statement-removed': {
      const { [event.statementId]: _removed, ...statements } = statementsOf(state)
      return { ...state, statements }
    }
    case 'floor-ended':
      return floorBefore ? delivered(state, floorBefore, event.at) : state
    default:
      return state
  }
}

function attached(state: MeetingState, event: EventOf<'statement-attached'>): MeetingState {
  const statement: Statement = { ...event.statement, uploadedAt: event.at, deliveredAt: null }
  return { ...state, statements: { ...statementsOf(state), [statement.statementId]: statement } }
}

function delivered(state: MeetingState, floor: Floor, at: number): MeetingState {
  if (floor.kind !== 'statement') return state
  let changed = false
  const statements: Record<string, Statement> = {}
  for (const [id, statement] of Object.entries(statementsOf(state))) {
    const delivers = statement.delegationId === floor.delegationId && statement.deliveredAt === null
    statements[id] = delivers ? { ...statement, deliveredAt: at, segmentId: floor.segmentId } : statement
    changed ||= delivers
  }
  return changed ? { ...state, statements } : state
}

/** A state from a log or snapshot of before section 9 has no statements yet. */
function statementsOf(state: MeetingState): Record<string, Statement> {
  return state.statements ?? {}
}

/** The statements of a delegation still under embargo, oldest first. */
export function awaitingDelivery(state: MeetingState, delegationId: string): Statement[] {
  return Object.values(statementsOf(state))
    .filter((s) => s.delegationId === delegationId && s.deliveredAt === null)
    .sort((a, b) => a.uploadedAt - b.uploadedAt)
}

function refOf(statement: Statement): StatementRef {
  return { statementId: statement.statementId, language: statement.language, filename: statement.filename, bytes: statement.bytes }
}

/**
 * The chair's and the interpreters' view: the speaker carries its statements
 * when it speaks a statement, and each delegation's statements ride on its
 * first waiting request of kind `statement` otherwise; the request they will
 * be delivered in.
 */
export function withStatements(view: StateView, state: MeetingState): StateView {
  const shownOnFloor = view.floor && view.floor.kind === 'statement' ? view.floor.delegationId : null
  const floor = view.floor ? { ...view.floor, statements: shownOnFloor ? awaitingDelivery(state, shownOnFloor).map(refOf) : [] } : null
  const carried = new Set<string>(shownOnFloor ? [shownOnFloor] : [])
  const queue = view.queue.map((entry) => {
    if (entry.kind !== 'statement' || carried.has(entry.delegationId)) return { ...entry, statements: [] }
    carried.add(entry.delegationId)
    return { ...entry, statements: awaitingDelivery(state, entry.delegationId).map(refOf) }
  })
  return { ...view, floor, queue }
}

/** Who may read a statement: its delegation, the chair and the interpreters; anyone once published and delivered. */
export function mayReadStatement(actor: Actor, statement: Statement): boolean {
  if (actor.role === 'chair' || actor.role === 'interpreter') return true
  if (actor.role === 'delegate' && actor.delegationId === statement.delegationId) return true
  return statement.publish === 'after-delivery' && statement.deliveredAt !== null
}

/** A statement by id, if it exists (own keys only). */
export function statementOf(state: MeetingState, statementId: string): Statement | undefined {
  const statements = statementsOf(state)
  return Object.hasOwn(statements, statementId) ? statements[statementId] : undefined
}

/** `GET /api/statements`: what this actor may read, oldest first. */
export function statementsFor(state: MeetingState, actor: Actor): StatementListing[] {
  return Object.values(statementsOf(state))
    .filter((statement) => mayReadStatement(actor, statement))
    .sort((a, b) => a.uploadedAt - b.uploadedAt)
    .map((statement) => ({
      statementId: statement.statementId,
      delegationId: statement.delegationId,
      name: delegationOf(state, statement.delegationId)?.name ?? statement.delegationId,
      segmentId: statement.segmentId,
      language: statement.language,
      filename: statement.filename,
      contentType: statement.contentType,
      bytes: statement.bytes,
      uploadedAt: statement.uploadedAt,
      publish: statement.publish,
      delivered: statement.deliveredAt !== null,
      deliveredAt: statement.deliveredAt,
    }))
}
