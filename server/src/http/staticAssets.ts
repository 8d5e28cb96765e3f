import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { statSync } from 'node:fs'
import { basename, extname, relative, resolve, sep } from 'node:path'

/** What the client's build precompresses (client/precompress.ts), in the order the server prefers. */
const encodings = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const
const compressible = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json'])

/** Vite's output: `assets/name-HASH.ext`; such a file never changes, a new build writes a new name. */
const hashedAsset = /^\/assets\/(?:[^/]+\/)*[^/]+-[A-Za-z0-9_-]{6,}\.[A-Za-z0-9]+$/
const forever = 'public, max-age=31536000, immutable'
/** Pages are revalidated on each visit, so a new build is seen at once. */
const revalidate = 'no-cache'
/** Other files that keep their name from build to build (the favicon): an hour, as before. */
const anHour = 'public, max-age=3600'

/**
 * Serves the built client from `clientDir`: the brotli or gzip file written
 * beside each text asset at build time when the request accepts it, the plain
 * file otherwise; hashed assets cached for a year, pages revalidated.
 * Anything that is not a file inside `clientDir` goes on to the next handler.
 */
export function staticAssets(clientDir: string): RequestHandler {
  const root = resolve(clientDir)
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    const file = fileOf(root, req.path)
    if (!file || !isFile(file)) return next()
    const cacheControl = hashedAsset.test(req.path) ? forever : extname(file).toLowerCase() === '.html' ? revalidate : anHour
    sendAsset(req, res, next, root, file, cacheControl)
  }
}

/** Sends one file of the client (index.html on the single-page routes), compressed when it can. */
export function sendClientFile(clientDir: string, name: string): RequestHandler {
  const root = resolve(clientDir)
  const file = resolve(root, name)
  return (req, res, next) => {
    if (!isFile(file)) return next()
    sendAsset(req, res, next, root, file, revalidate)
  }
}

function sendAsset(req: Request, res: Response, next: NextFunction, root: string, file: string, cacheControl: string): void {
  const ext = extname(file).toLowerCase()
  let sent = file
  if (compressible.has(ext)) {
    res.vary('Accept-Encoding')
    const accepted = acceptedEncodings(req.headers['accept-encoding'])
    const encoding = encodings.find((e) => accepted.has(e.name) && isFile(file + e.suffix))
    if (encoding) {
      sent = file + encoding.suffix
      res.setHeader('Content-Encoding', encoding.name)
    }
  }
  // The type of the file itself, not of its `.br` or `.gz` variant (`send` keeps a type already set).
  res.type(ext)
  res.setHeader('Cache-Control', cacheControl)
  res.sendFile(relative(root, sent), { root, cacheControl: false, dotfiles: 'deny' }, (error) => {
    if (!error || res.headersSent) return
    res.removeHeader('Content-Encoding')
    res.removeHeader('Cache-Control')
    // Removed between the check and the read (a rebuild): as if it had never been there.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return next()
    next(error)
  })
}

/**
 * The path of the file a URL path names inside `root`, or null: undecodable
 * paths, NUL bytes, dotfiles and anything resolving outside `root` (`..`,
 * `%2e%2e`, encoded slashes) are not files of the client.
 */
function fileOf(root: string, urlPath: string): string | null {
  let path: string
  try {
    path = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (path.includes('\0') || path.includes('\\')) return null
  const file = resolve(root, `.${path}`)
  if (!file.startsWith(root + sep)) return null
  if (relative(root, file).split(sep).some((part) => part.startsWith('.'))) return null
  if (basename(file).endsWith('.br') || basename(file).endsWith('.gz')) return null
  return file
}

function isFile(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false
}

/** The content codings an Accept-Encoding header allows (q > 0), `*` standing for any not named. */
export function acceptedEncodings(header: string | string[] | undefined): Set<string> {
  const allowed = new Set<string>()
  const refused = new Set<string>()
  let any = false
  for (const item of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
    const [name, ...params] = item.trim().toLowerCase().split(';')
    if (!name) continue
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean)
    const ok = q ? Number(q[1]) > 0 : true
    if (name === '*') any = ok
    else if (ok) allowed.add(name)
    else refused.add(name)
  }
  if (any) for (const e of encodings) if (!refused.has(e.name)) allowed.add(e.name)
  return allowed
}
