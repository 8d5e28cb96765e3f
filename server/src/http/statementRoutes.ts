import { randomBytes } from 'node:crypto'
import express, { type Request, type Response, type Router } from 'express'
import {
  attachStatement,
  maxStatementBytes,
  mayReadStatement,
  removeStatement,
  StatementContentType,
  StatementLanguage,
  StatementPublish,
  statementOf,
  statementsFor,
  type Ack,
  type Actor,
  type MeetingState,
} from '@floor/shared'
import { actorForToken, sameToken } from '../auth'
import type { MeetingHost } from '../meetingHost'
import { bytesMatch, contentDisposition } from '../statements/fileType'
import { bearer, failed, notFound, unauthorized, type HttpAuth } from './httpAuth'

/** The body is the file itself: one of the three types, at most 10 MB, read only once the sender is known. */
const fileBody = express.raw({ type: [...StatementContentType.options], limit: maxStatementBytes })

const statusOf: Record<string, number> = { invalid: 400, forbidden: 403, not_found: 404, rejected: 409, conflict: 409, internal: 500 }

function refused(res: Response, ack: Extract<Ack, { ok: false }>): void {
  res.status(statusOf[ack.error.code] ?? 400).json({ error: ack.error })
}

function invalid(res: Response, message: string, status = 400): void {
  res.status(status).json({ error: { code: 'invalid', message } })
}

/**
 * Written statements for the interpreters (PROTOCOL.md section 9), for each
 * meeting under `/api/meetings/:id/statements` and for the meeting a token
 * names (the default meeting without one) under `/api/statements`. What a
 * caller may do follows its token: a tablet its own delegation's, the chair
 * (or admin) and the interpreters every statement, anyone else the ones
 * published after delivery. A statement someone may not read is `404` to them.
 */
export function statementRoutes(options: HttpAuth): Router {
  const { meetings } = options
  const router = express.Router()
  const files = () => meetings.statementFiles

  /** The meeting of the path, or the one the token names; answers 404 itself. */
  const meetingOf = async (req: Request, res: Response): Promise<MeetingHost | null> => {
    const id = req.params.id === undefined ? await meetings.meetingOfToken(bearer(req)) : String(req.params.id)
    const host = await meetings.get(id)
    if (!host) notFound(res, id)
    return host ?? null
  }

  /** Who the bearer is in that meeting; null (answered 401) for a token that opens nothing there. */
  const actorOf = async (req: Request, res: Response, host: MeetingHost): Promise<Actor | null> => {
    const token = bearer(req)
    if (token === null) return { role: 'display' }
    if (sameToken(token, options.adminTokenHash)) return { role: 'chair' }
    const found = actorForToken(token, await meetings.chairTokenHashOf(host.id), host.state.tokenHashes, host.state.interpreterTokenHash ?? null)
    if (found) return found.actor
    failed(req, options)
    unauthorized(res, 'a token of this meeting')
    return null
  }

  const upload = async (req: Request, res: Response) => {
    const host = await meetingOf(req, res)
    if (!host) return
    const actor = await actorOf(req, res, host)
    if (!actor) return
    if (actor.role === 'display') return unauthorized(res, 'a tablet’s or the chair’s token')
    if (actor.role === 'interpreter') return refused(res, { ok: false, error: { code: 'forbidden', message: 'The interpreters read statements; they attach none.' } })
    const query = readUpload(req.query)
    if (typeof query === 'string') return invalid(res, query)
    const contentType = StatementContentType.safeParse(String(req.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase())
    if (!contentType.success) return invalid(res, 'A statement is text/plain, application/pdf or a DOCX file.', 415)
    const body = await new Promise<unknown>((resolve, reject) => fileBody(req, res, (error?: unknown) => (error ? reject(error) : resolve(req.body))))
    if (!(body instanceof Buffer) || body.length === 0) return invalid(res, 'The body is the statement’s file; it is empty.')
    if (!bytesMatch(contentType.data, body)) {
      return invalid(res, `The file is not what its type says (${contentType.data}).`, 415)
    }
    const statementId = randomBytes(12).toString('base64url')
    const attach = (state: MeetingState) =>
      attachStatement(state, actor, { ...query, contentType: contentType.data, bytes: body.length }, { newId: () => statementId })
    const check = attach(host.state)
    if (!check.ok) return refused(res, check)
    // The file is committed before the event that names it: a crash between them leaves an unnamed file, never a name without one.
    await files().saveStatementFile(host.id, statementId, { contentType: contentType.data, body })
    const ack = await host.record(actor, attach)
    if (!ack.ok) {
      await files().deleteStatementFile(host.id, statementId)
      return refused(res, ack)
    }
    if (query.replaces !== undefined) await files().deleteStatementFile(host.id, query.replaces)
    res.status(201).json({ statementId: ack.statementId })
  }

  const list = async (req: Request, res: Response) => {
    const host = await meetingOf(req, res)
    if (!host) return
    const actor = await actorOf(req, res, host)
    if (!actor) return
    res.setHeader('Cache-Control', 'no-store')
    res.json(statementsFor(host.state, actor))
  }

  const file = async (req: Request, res: Response) => {
    const host = await meetingOf(req, res)
    if (!host) return
    const actor = await actorOf(req, res, host)
    if (!actor) return
    const statement = statementOf(host.state, String(req.params.statementId))
    const stored = statement && mayReadStatement(actor, statement) ? await files().statementFile(host.id, statement.statementId) : undefined
    if (!statement || !stored) return res.status(404).json({ error: { code: 'not_found', message: 'No such statement.' } })
    const isText = statement.contentType === 'text/plain'
    res.setHeader('Content-Type', isText ? 'text/plain; charset=utf-8' : statement.contentType)
    // Text and PDF open in the browser (the booth's viewer); a DOCX is a download.
    res.setHeader('Content-Disposition', contentDisposition(statement.contentType.endsWith('document') ? 'attachment' : 'inline', statement.filename))
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Cache-Control', statement.deliveredAt !== null && statement.publish === 'after-delivery' ? 'no-cache' : 'private, no-store')
    res.send(Buffer.from(stored.body))
  }

  const remove = async (req: Request, res: Response) => {
    const host = await meetingOf(req, res)
    if (!host) return
    const actor = await actorOf(req, res, host)
    if (!actor) return
    if (actor.role === 'display') return unauthorized(res, 'a tablet’s or the chair’s token')
    const statementId = String(req.params.statementId)
    const ack = await host.record(actor, (state) => removeStatement(state, actor, statementId))
    if (!ack.ok) return refused(res, ack)
    await files().deleteStatementFile(host.id, statementId)
    res.status(204).end()
  }

  for (const base of ['/api/statements', '/api/meetings/:id/statements']) {
    router.post(base, upload)
    router.get(base, list)
    router.get(`${base}/:statementId`, file)
    router.delete(`${base}/:statementId`, remove)
  }
  return router
}

type UploadQuery = { language: StatementLanguage; publish: StatementPublish; filename?: string; delegationId?: string; replaces?: string }

/** The upload's query, or what is wrong with it. */
function readUpload(query: Request['query']): UploadQuery | string {
  const one = (name: string): string | undefined | null => {
    const value = query[name]
    if (value === undefined) return undefined
    return typeof value === 'string' ? value : null
  }
  const language = StatementLanguage.safeParse(one('language'))
  if (!language.success) return 'language: one of en, fr, es, ar, zh, ru.'
  const publish = StatementPublish.safeParse(one('publish') ?? 'never')
  if (!publish.success) return 'publish: after-delivery or never.'
  const fields = { filename: one('filename'), delegationId: one('delegationId'), replaces: one('replaces') }
  for (const [name, value] of Object.entries(fields)) if (value === null) return `${name}: give it once.`
  return {
    language: language.data,
    publish: publish.data,
    ...(fields.filename ? { filename: fields.filename } : {}),
    ...(fields.delegationId ? { delegationId: fields.delegationId } : {}),
    ...(fields.replaces ? { replaces: fields.replaces } : {}),
  }
}
