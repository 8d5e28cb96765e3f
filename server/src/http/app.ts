import compression from 'compression'
import express, { type NextFunction, type Request, type Response } from 'express'
import helmet from 'helmet'
import { refuseGuessers, type HttpAuth } from './httpAuth'
import { meetingRoutes } from './meetingRoutes'
import type { Origins } from './origins'
import { sendClientFile, staticAssets } from './staticAssets'

export interface HttpOptions extends HttpAuth {
  /** The built web client (client/dist); a plain page explains how to build it when missing. */
  clientDir: string
  /** False until Socket.IO accepts connections. */
  isReady: () => boolean
  /** The server's own origins: which pages may post, where links point. */
  origins: Origins
}

/** The single-page routes of the web client: the default meeting's, each meeting's, the setup page. */
const clientRoutes = [
  '/',
  '/admin',
  '/chair',
  '/delegate',
  '/display',
  '/display/overlay',
  '/report',
  '/interpreters',
  '/statements',
  '/m/:id/chair',
  '/m/:id/delegate',
  '/m/:id/display',
  '/m/:id/display/overlay',
  '/m/:id/report',
  '/m/:id/interpreters',
  '/m/:id/statements',
]

export function createHttpApp(options: HttpOptions): express.Express {
  const app = express()
  app.disable('x-powered-by')
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          // This origin and its own websocket, nothing else (older Safari reads 'self' as http only).
          'connect-src': ["'self'", (req) => ownWebSocket(req as Request, options.origins)],
          'img-src': ["'self'", 'data:', 'blob:'],
          // The interpreters' page shows a PDF statement in the browser's own viewer, from a blob of this origin's file.
          'frame-src': ["'self'", 'blob:'],
          'object-src': ["'self'", 'blob:'],
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

  // The meeting's document (the roster in six languages) is 50 KB of JSON: a tablet's first load gets it compressed.
  app.use('/api', compression())
  app.use(sameOriginWrites(options.origins))
  app.use(refuseGuessers(options))
  app.use(meetingRoutes(options))

  app.use(staticAssets(options.clientDir))
  app.get(clientRoutes, sendClientFile(options.clientDir, 'index.html'), (_req, res) => {
    res.type('html').send('<!doctype html><title>Floor</title><p>The web client is not built yet: run <code>npm start</code>.</p>')
  })

  app.use((_req, res) => {
    res.status(404).json({ error: { code: 'not_found', message: 'No such page.' } })
  })
  app.use(jsonErrors)
  return app
}

function ownWebSocket(req: Request, origins: Origins): string {
  const origin = `http://${req.headers.host ?? ''}`
  return origins.allows(origin) ? origin.replace(/^http/, 'ws') : "'self'"
}

/** A page of another origin may read what is public, but never post, archive or import. */
function sameOriginWrites(origins: Origins) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method === 'GET' || req.method === 'HEAD' || origins.allows(req.get('origin'))) return next()
    res.status(403).json({ error: { code: 'forbidden', message: 'Requests from another site are refused.' } })
  }
}

/**
 * Errors from the body parsers (a body too large, JSON that does not parse)
 * answer the protocol's error shape, never Express's HTML page with a stack.
 */
function jsonErrors(error: unknown, _req: Request, res: Response, _next: NextFunction): void {
  const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 500
  if (status === 413) {
    res.status(413).json({ error: { code: 'invalid', message: 'The body is too large.' } })
  } else if (status >= 400 && status < 500) {
    res.status(status).json({ error: { code: 'invalid', message: 'The body could not be read as JSON or text.' } })
  } else {
    res.status(500).json({ error: { code: 'internal', message: 'The server could not answer.' } })
  }
}
