import { ErrorCode, type StatementContentType, type StatementLanguage, type StatementPublish } from '../protocol'
import { accept, refuse, type Decision } from './decision'
import type { EventBody } from './events'
import type { Actor, DecideContext, MeetingState } from './model'
import { delegationOf } from './model'
import { awaitingDelivery, statementOf } from './statements'

/** What an upload says of its file, once the server has checked the bytes. */
export interface StatementUpload {
  /** The chair names the delegation; a delegate's own is implied. */
  delegationId?: string
  language: StatementLanguage
  publish: StatementPublish
  filename?: string
  contentType: StatementContentType
  bytes: number
  /** A statement of the same delegation, not yet delivered, that this one replaces (in the same commit). */
  replaces?: string
}

/** Statements under embargo a delegation may hold at once: enough for versions in several languages. */
export const maxStatementsAwaiting = 6

const defaultFilename: Record<StatementContentType, string> = {
  'text/plain': 'statement.txt',
  'application/pdf': 'statement.pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'statement.docx',
}

/** Path separators, markup and what Windows forbids in a name; control and direction characters. */
const unsafeInFilename = /[/\\<>:"|?*\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/

/**
 * A filename as sent, or why it is refused: it is shown and offered when the
 * file is downloaded, never used as a path, and still one with markup or path
 * characters is refused rather than quietly changed.
 */
export function checkFilename(filename: string | undefined, contentType: StatementContentType): { ok: true; filename: string } | { ok: false; message: string } {
  if (filename === undefined || filename.trim() === '') return { ok: true, filename: defaultFilename[contentType] }
  const name = filename.normalize('NFC').trim()
  if (name.length > 200) return { ok: false, message: 'filename: must be at most 200 characters.' }
  if (unsafeInFilename.test(name)) return { ok: false, message: 'filename: must not hold / \\ < > : " | ? * or control characters.' }
  if (name.startsWith('.')) return { ok: false, message: 'filename: must not begin with a dot.' }
  return { ok: true, filename: name }
}

/** Who attaches for whom: a delegate for its own delegation, the chair for any on the roster. */
function delegationFor(state: MeetingState, actor: Actor, named: string | undefined): { ok: true; id: string } | Decision {
  if (actor.role === 'delegate') {
    if (named !== undefined && named !== actor.delegationId) return refuse(ErrorCode.forbidden, 'A tablet attaches statements for its own delegation only.')
    return { ok: true, id: actor.delegationId }
  }
  if (actor.role !== 'chair') return refuse(ErrorCode.forbidden, `A ${actor.role} may not attach statements.`)
  if (named === undefined) return refuse(ErrorCode.invalid, 'delegationId: the chair names the delegation.')
  if (!delegationOf(state, named)) return refuse(ErrorCode.notFound, `No delegation ${named} on the roster.`)
  return { ok: true, id: named }
}

/** Attaches a checked file's statement; result `statementId`. */
export function attachStatement(state: MeetingState, actor: Actor, upload: StatementUpload, ctx: Pick<DecideContext, 'newId'>): Decision {
  const who = delegationFor(state, actor, upload.delegationId)
  if (!('id' in who)) return who
  if (state.archived) return refuse(ErrorCode.rejected, 'This meeting is archived: it can be read, not changed.')
  const named = checkFilename(upload.filename, upload.contentType)
  if (!named.ok) return refuse(ErrorCode.invalid, named.message)
  const events: EventBody[] = []
  if (upload.replaces !== undefined) {
    const removal = removeStatement(state, actor, upload.replaces)
    if (!removal.ok) return removal
    const replaced = statementOf(state, upload.replaces)
    if (replaced?.delegationId !== who.id) return refuse(ErrorCode.notFound, 'No such statement of this delegation.')
    events.push(...removal.events)
  }
  const held = awaitingDelivery(state, who.id).filter((s) => s.statementId !== upload.replaces).length
  if (held >= maxStatementsAwaiting) {
    return refuse(ErrorCode.rejected, `A delegation holds at most ${maxStatementsAwaiting} statements awaiting delivery; delete one first.`)
  }
  const statementId = ctx.newId()
  events.push({
    type: 'statement-attached',
    statement: {
      statementId,
      delegationId: who.id,
      language: upload.language,
      filename: named.filename,
      contentType: upload.contentType,
      bytes: upload.bytes,
      publish: upload.publish,
      segmentId: state.activeSegmentId,
    },
  })
  return accept(events, { statementId })
}

/**
 * Deletes a statement before its delivery: its delegation or the chair. To
 * anyone else it does not exist (`not_found`), as it reads to them.
 */
export function removeStatement(state: MeetingState, actor: Actor, statementId: string): Decision {
  const statement = statementOf(state, statementId)
  const mine = actor.role === 'chair' || (actor.role === 'delegate' && actor.delegationId === statement?.delegationId)
  if (!statement || !mine) return refuse(ErrorCode.notFound, 'No such statement.')
  if (state.archived) return refuse(ErrorCode.rejected, 'This meeting is archived: it can be read, not changed.')
  if (statement.deliveredAt !== null) return refuse(ErrorCode.rejected, 'This statement has been delivered: it stays on the record.')
  return accept([{ type: 'statement-removed', statementId }])
}
