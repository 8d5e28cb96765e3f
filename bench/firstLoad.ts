// First load over the wire: the built server, the client built for production
// from the current sources, the system's Chromium. Each screen opens in a browser context of its own (an empty cache,
// as a tablet that has never been in the room), then once more in the same
// context (a second visit: only index.html should come over the network).
// Bytes are Chromium's own count of what it received per request (headers and
// the encoded body), from the DevTools protocol's `Network.loadingFinished`.
// Alone: `npm run bench -- --only=firstload`.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { chromium, type BrowserContext, type CDPSession } from 'playwright-core'
import type { Options } from './options'
import { connectPeer, must } from './peer'
import { root, sleep, startFloor, stop, tempDir } from './processes'
import { fetchRoster } from './room'

export type Screen = 'tablet' | 'display' | 'chair'

export interface Download {
  path: string
  /** Over the wire: response headers and body as received (compressed when it was). */
  bytes: number
  /** The body once decoded. */
  decodedBytes: number
  status: number
  encoding: string | null
}

export interface Visit {
  /** What came over the network; answers from the browser's cache are not in it. */
  downloads: Download[]
  bytes: number
  decodedBytes: number
  /** Requests answered from the cache without asking the server. */
  fromCache: number
}

export interface ScreenLoad {
  screen: Screen
  path: string
  first: Visit
  second: Visit
}

export interface FirstLoadResult {
  screens: ScreenLoad[]
}

/** The web client's own files: what the targets are about (not the meeting's data nor the socket). */
export const isClientFile = (d: Download) => !d.path.startsWith('/api/') && !d.path.startsWith('/socket.io/')

/** `clientDir`: a client built beforehand (to compare with another build); built here from the sources by default. */
export async function firstLoad(options: Options, clientDir = buildClient()): Promise<FirstLoadResult> {
  // The server serves the client from FLOOR_CLIENT_DIR; the child inherits this process's environment.
  const previous = process.env.FLOOR_CLIENT_DIR
  process.env.FLOOR_CLIENT_DIR = clientDir
  let server: Awaited<ReturnType<typeof startFloor>>
  try {
    server = await startFloor({ dataDir: tempDir('firstload'), chairToken: options.chairToken })
  } finally {
    if (previous === undefined) delete process.env.FLOOR_CLIENT_DIR
    else process.env.FLOOR_CLIENT_DIR = previous
  }
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  try {
    const chair = await connectPeer(server.url, { token: options.chairToken })
    const [delegation] = await fetchRoster(server.url)
    if (!delegation) throw new Error('the meeting has no delegation to issue a tablet token for')
    const token = String((await must(chair, { type: 'issue-token', delegationId: delegation.id })).token)
    chair.close()
    const screens: Array<[Screen, string]> = [
      ['tablet', `/delegate#token=${token}`],
      ['display', '/display'],
      ['chair', `/chair#token=${options.chairToken}`],
    ]
    const loads: ScreenLoad[] = []
    for (const [screen, path] of screens) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' })
      try {
        const first = await visit(context, `${server.url}${path}`)
        const second = await visit(context, `${server.url}${path}`)
        loads.push({ screen, path: path.replace(/#token=.*/, '#token=…'), first, second })
      } finally {
        await context.close()
      }
    }
    return { screens: loads }
  } finally {
    await browser.close()
    await stop(server.process)
  }
}

/**
 * `vite build` into a folder of the bench's own, as `npm run build` does,
 * compressed files included: client/dist may hold another build (a test run's,
 * built with NODE_ENV=test, carries React's development build), and other
 * work may rebuild it while the bench reads it.
 */
function buildClient(): string {
  const outDir = tempDir('client')
  execFileSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: join(root, 'client'),
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  return outDir
}

/** Opens the page in a new tab of the context and counts what it fetched until the network is quiet. */
async function visit(context: BrowserContext, url: string): Promise<Visit> {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  const record = recordNetwork(cdp)
  await cdp.send('Network.enable')
  await page.goto(url, { waitUntil: 'networkidle' })
  // The screen has drawn itself (React mounted something in #root), and has
  // fetched what it fetches once it runs (the meeting, the socket's handshake).
  await page.locator('#root > *').first().waitFor()
  await record.quiet(quietMs, 15_000)
  const result = record.result(new URL(url).origin)
  await cdp.detach()
  await page.close()
  return result
}

/** No request started or finished for this long: the page has loaded what it loads. */
const quietMs = 1000

interface Pending {
  url: string
  status: number
  encoding: string | null
  wireStatus?: number
  cached: boolean
  decodedBytes: number
}

function recordNetwork(cdp: CDPSession): { quiet(ms: number, timeoutMs: number): Promise<void>; result(origin: string): Visit } {
  const pending = new Map<string, Pending>()
  const finished: Array<Pending & { bytes: number }> = []
  let lastActivity = performance.now()
  for (const event of ['Network.requestWillBeSent', 'Network.loadingFinished', 'Network.loadingFailed'] as const) {
    cdp.on(event, () => (lastActivity = performance.now()))
  }
  cdp.on('Network.requestWillBeSent', (e) => {
    if (!pending.has(e.requestId)) pending.set(e.requestId, { url: e.request.url, status: 0, encoding: null, cached: false, decodedBytes: 0 })
  })
  cdp.on('Network.requestServedFromCache', (e) => {
    const p = pending.get(e.requestId)
    if (p) p.cached = true
  })
  cdp.on('Network.responseReceived', (e) => {
    const p = pending.get(e.requestId)
    if (!p) return
    p.status = e.response.status
    p.cached ||= Boolean(e.response.fromDiskCache || e.response.fromPrefetchCache || e.response.fromServiceWorker)
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]))
    p.encoding = headers['content-encoding'] ?? null
  })
  // The status as it came over the wire: a revalidated index.html is a 304 here, a 200 (from the cache) above.
  cdp.on('Network.responseReceivedExtraInfo', (e) => {
    const p = pending.get(e.requestId)
    if (p) p.wireStatus = e.statusCode
  })
  cdp.on('Network.dataReceived', (e) => {
    const p = pending.get(e.requestId)
    if (p) p.decodedBytes += e.dataLength
  })
  cdp.on('Network.loadingFinished', (e) => {
    const p = pending.get(e.requestId)
    if (!p) return
    pending.delete(e.requestId)
    finished.push({ ...p, bytes: e.encodedDataLength })
  })
  return {
    async quiet(ms, timeoutMs) {
      const deadline = performance.now() + timeoutMs
      while (performance.now() - lastActivity < ms && performance.now() < deadline) await sleep(100)
    },
    result(origin) {
      const downloads: Download[] = []
      let fromCache = 0
      for (const f of finished) {
        if (!f.url.startsWith(origin)) continue // data: URLs (the flags) and anything else never touch the network
        if (f.cached) {
          fromCache += 1
          continue
        }
        downloads.push({ path: new URL(f.url).pathname, bytes: f.bytes, decodedBytes: f.decodedBytes, status: f.wireStatus ?? f.status, encoding: f.encoding })
      }
      const sum = (key: 'bytes' | 'decodedBytes') => downloads.reduce((total, d) => total + d[key], 0)
      return { downloads, bytes: sum('bytes'), decodedBytes: sum('decodedBytes'), fromCache }
    },
  }
}
