import express, { type Request, type Response, type Router } from 'express'
import { reportOf, reportToCsv } from '@floor/shared'
import type { MeetingHost } from '../meetingHost'
import { isChairOf, notFound, unauthorized, type HttpAuth } from './httpAuth'

/**
 * The meeting's report (issue 19): `GET /api/meetings/:id/report` and the
 * default meeting's `GET /api/report`, `?format=json|csv`, for that meeting's
 * chair or the admin.
 */
export function reportRoutes(options: HttpAuth): Router {
  const { meetings } = options
  const router = express.Router()

  const report = async (req: Request, res: Response, host: MeetingHost) => {
    if (!(await isChairOf(req, host.id, options))) return unauthorized(res, 'the chair’s or the admin token')
    const format = req.query.format ?? 'json'
    if (format !== 'json' && format !== 'csv') {
      return res.status(400).json({ error: { code: 'invalid', message: 'format is json or csv' } })
    }
    const made = reportOf(host.state, await meetings.eventsOf(host.id), meetings.now())
    res.setHeader('Cache-Control', 'no-store')
    if (format === 'csv') {
      res.type('text/csv; charset=utf-8')
      res.setHeader('Content-Disposition', `attachment; filename="report-${host.id}.csv"`)
      return res.send(reportToCsv(made))
    }
    res.json(made)
  }

  router.get('/api/meetings/:id/report', async (req, res) => {
    const id = String(req.params.id)
    const host = await meetings.get(id)
    if (!host) return notFound(res, id)
    await report(req, res, host)
  })
  router.get('/api/report', (req, res) => report(req, res, meetings.default))
  return router
}
