import express, { type Request, type Response } from 'express'
import helmet from 'helmet'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { allInterventions, recordsToCsv } from '@floor/shared'
import { importStakeholders } from './importStakeholders'
import { actorForToken } from '../auth'
import type { MeetingHost } from '../meetingHost'

export interface HttpOptions {
  host: MeetingHost
  chairTokenHash: string
  /** The built web client (client/dist); a plain page explains how to build it when missing. */
  clientDir: string
  /** False until Socket.IO accepts connections. */
  isReady: () => boolean
}

/** The single-page routes of the web client. */
const clientRoutes = ['/', '/chair', '/delegate', '/display', '/display/overlay']

export function createHttpApp(options: HttpOptions): express.Express {
  const { host } = options
  const app = express()
  app.disable('x-powered-by')
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'connect-src': ["'self'", 'ws:', 'wss:'],
          'img-src': ["'self'", 'data:', 'blob:'],
          'style-src': ["'self'", "'unsafe-inline'"],
          // The room's network is plain HTTP: upgrading requests to HTTPS would break every tablet.
          'upgrade-insecure-requests': null,
        },
      },
      strictTransportSecurity: false,
    }),
  )

  app.get('/healthz', (_req, res) => {
    if (!options.isReady()) return res.status(503).json({ ok: false })
    res.json({ ok: true })
  })

  app.get('/api/meeting', (_req, res) => {
    const state = host.state
    res.json({ meeting: state.meeting, segments: state.programme, delegations: Object.values(state.delegations) })
  })

  app.get('/api/interventions', (req, res) => {
    if (!isChair(req, options.chairTokenHash)) return unauthorized(res)
    const format = req.query.format ?? 'json'
    const records = allInterventions(host.state)
    if (format === 'csv') {
      res.type('text/csv; charset=utf-8')
      res.setHeader('Content-Disposition', 'attachment; filename="interventions.csv"')
      return res.send(recordsToCsv(records))
    }
    if (format !== 'json') return res.status(400).json({ error: { code: 'invalid', message: 'format is json or csv' } })
    res.json(records)
  })

  app.post('/api/delegations/import', express.text({ type: ['text/csv', 'text/plain'], limit: '1mb' }), (req, res) => {
    if (!isChair(req, options.chairTokenHash)) return unauthorized(res)
    if (typeof req.body !== 'string') {
      return res.status(415).json({ error: { code: 'invalid', message: 'Send the registration list as text/csv.' } })
    }
    const outcome = importStakeholders(req.body, Object.values(host.state.delegations), (command) =>
      host.execute(command, { role: 'chair' }).ack,
    )
    if (!outcome.ok) return res.status(400).json({ error: { code: 'invalid', message: outcome.error } })
    res.json(outcome)
  })

  const indexHtml = join(options.clientDir, 'index.html')
  app.use(express.static(options.clientDir, { index: false, maxAge: '1h' }))
  app.get(clientRoutes, (_req, res) => {
    if (existsSync(indexHtml)) return res.sendFile(indexHtml, { maxAge: 0 })
    res.type('html').send('<!doctype html><title>Floor</title><p>The web client is not built yet: run <code>npm start</code>.</p>')
  })

  app.use((_req, res) => {
    res.status(404).json({ error: { code: 'not_found', message: 'No such page.' } })
  })
  return app
}

function isChair(req: Request, chairTokenHash: string): boolean {
  const header = req.get('authorization') ?? ''
  const match = /^Bearer (.+)$/i.exec(header)
  if (!match) return false
  return actorForToken(match[1], chairTokenHash, {})?.actor.role === 'chair'
}

function unauthorized(res: Response): void {
  res.setHeader('WWW-Authenticate', 'Bearer')
  res.status(401).json({ error: { code: 'forbidden', message: 'This needs the chair’s token.' } })
}
