import express, { type Request, type Response, type Router } from 'express'
import { allInterventions, recordsToCsv, setupOf } from '@floor/shared'
import type { MeetingHost } from '../meetingHost'
import { importStakeholders } from './importStakeholders'
import { reportRoutes } from './reportRoutes'
import { statementRoutes } from './statementRoutes'
import type { Origins } from './origins'
import { isAdmin, isChairOf, notFound, unauthorized, type HttpAuth } from './httpAuth'

export interface MeetingRoutesOptions extends HttpAuth {
  /** Where the links handed out point. */
  origins: Origins
}

/** Largest setup body: a whole roster with names fits many times over. */
const setupBodyLimit = '1mb'

/**
 * PROTOCOL.md section 7: the meetings' catalogue, creation, documents,
 * exports, imports, archive and links; and sections 1 and 6's version-1 routes,
 * which mean the default meeting.
 */
export function meetingRoutes(options: MeetingRoutesOptions): Router {
  const { meetings } = options
  const router = express.Router()

  const linksOf = async (req: Request, host: MeetingHost) => {
    const origin = options.origins.linkBase(req.headers)
    const chairToken = await meetings.chairTokenOf(host.id)
    const base = `${origin}/m/${host.id}`
    return { chairToken, links: { chair: `${base}/chair#token=${chairToken}`, display: `${base}/display`, overlay: `${base}/display/overlay` } }
  }

  /** Runs `handle` with the meeting named in the path, or answers 404. */
  const withMeeting =
    (handle: (req: Request, res: Response, host: MeetingHost) => unknown) => async (req: Request, res: Response) => {
      const id = String(req.params.id)
      const host = await meetings.get(id)
      if (!host) return notFound(res, id)
      await handle(req, res, host)
    }

  router.get('/api/meetings', async (_req, res) => {
    res.json(await meetings.list())
  })

  router.post('/api/meetings', express.json({ limit: setupBodyLimit }), async (req, res) => {
    if (!isAdmin(req, options)) return unauthorized(res, 'the admin token')
    const outcome = await meetings.create(req.body)
    if (!outcome.ok && outcome.status === 409) {
      return res.status(409).json({ error: { code: 'conflict', message: 'A meeting with this id exists already.' } })
    }
    if (!outcome.ok) {
      const message = outcome.issues.map((issue) => `${issue.path || 'setup'}: ${issue.message}`).join('; ')
      return res.status(400).json({ error: { code: 'invalid', message, issues: outcome.issues } })
    }
    res.status(201).json({ id: outcome.host.id, ...(await linksOf(req, outcome.host)) })
  })

  const documentOf = (_req: Request, res: Response, host: MeetingHost) => {
    const state = host.state
    res.json({ meeting: state.meeting, segments: state.programme, delegations: Object.values(state.delegations) })
  }
  router.get('/api/meetings/:id', withMeeting(documentOf))
  router.get('/api/meeting', (req, res) => documentOf(req, res, meetings.default))

  const interventions = async (req: Request, res: Response, host: MeetingHost) => {
    if (!(await isChairOf(req, host.id, options))) return unauthorized(res, 'the chair’s token')
    const format = req.query.format ?? 'json'
    const records = allInterventions(host.state)
    if (format === 'csv') {
      res.type('text/csv; charset=utf-8')
      res.setHeader('Content-Disposition', `attachment; filename="interventions-${host.id}.csv"`)
      return res.send(recordsToCsv(records))
    }
    if (format !== 'json') return res.status(400).json({ error: { code: 'invalid', message: 'format is json or csv' } })
    res.json(records)
  }
  router.get('/api/meetings/:id/interventions', withMeeting(interventions))
  router.get('/api/interventions', (req, res) => interventions(req, res, meetings.default))

  const csvBody = express.text({ type: ['text/csv', 'text/plain'], limit: '1mb' })
  const importCsv = async (req: Request, res: Response, host: MeetingHost) => {
    if (!(await isChairOf(req, host.id, options))) return unauthorized(res, 'the chair’s token')
    if (typeof req.body !== 'string') {
      return res.status(415).json({ error: { code: 'invalid', message: 'Send the registration list as text/csv.' } })
    }
    const outcome = await importStakeholders(req.body, Object.values(host.state.delegations), async (commands) =>
      (await host.executeAll(commands.map((input) => ({ input, actor: { role: 'chair' } })))).map((execution) => execution.ack),
    )
    if (!outcome.ok) return res.status(400).json({ error: { code: 'invalid', message: outcome.error } })
    res.json(outcome)
  }
  router.post('/api/meetings/:id/delegations/import', csvBody, withMeeting(importCsv))
  router.post('/api/delegations/import', csvBody, (req, res) => importCsv(req, res, meetings.default))

  router.post(
    '/api/meetings/:id/archive',
    withMeeting(async (req, res, host) => {
      if (!isAdmin(req, options)) return unauthorized(res, 'the admin token')
      await host.archive({ role: 'chair' })
      res.json({ id: host.id, archived: true })
    }),
  )

  router.get(
    '/api/meetings/:id/setup',
    withMeeting(async (req, res, host) => {
      if (!(await isChairOf(req, host.id, options))) return unauthorized(res, 'the chair’s or the admin token')
      const { state } = host
      res.setHeader('Content-Disposition', `attachment; filename="${host.id}-setup.json"`)
      res.json(setupOf({ meeting: state.meeting, segments: state.programme, delegations: Object.values(state.delegations) }))
    }),
  )

  router.get(
    '/api/meetings/:id/links',
    withMeeting(async (req, res, host) => {
      if (!isAdmin(req, options)) return unauthorized(res, 'the admin token')
      res.json(await linksOf(req, host))
    }),
  )

  router.use(reportRoutes(options))
  router.use(statementRoutes(options))

  return router
}
