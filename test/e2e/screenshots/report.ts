/**
 * Regenerates the meeting report's screenshots in docs/ from the real server:
 *   npx tsx test/e2e/screenshots/report.ts
 * Builds the client if stale, starts the server from source on a free port
 * with an empty store, runs the first day's two panels as the chair over
 * Socket.IO (interventions of real length, a few over the guideline, one
 * stakeholder left on Panel 1's list when the chair moves on, one still
 * waiting at the end), and photographs /report in the system's Chromium: on
 * screen (docs/report.png) and as the printer gets it, A4 at 96 dpi with the
 * print styles on (docs/report-print.png, and docs/report-print.pdf as
 * Chromium prints it). Not part of `npm test`.
 *
 * As in chair.ts, the server's clock runs on the session's own calendar
 * (19 June 2017, Geneva) and the script moves it forward.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { io } from 'socket.io-client'
import type { Ack, Command, Kind } from '@floor/shared'
import { buildClientIfStale, root } from '../../../scripts/buildIfStale.mjs'
import { launchBrowser } from '../support/browser'

const docs = join(root, 'docs')
const chairToken = 'screenshots-chair-token-0123456789'
const sessionStart = Date.parse('2017-06-19T10:14:00+02:00')

/** Loaded into the server before anything else: Date.now runs from `sessionStart`, moved on by IPC. */
const clockPreload = `data:text/javascript,${encodeURIComponent(`
  const real = Date.now.bind(Date)
  let shift = ${sessionStart} - real()
  Date.now = () => real() + shift
  process.on('message', (message) => {
    if (message && typeof message.advanceMs === 'number') {
      shift += message.advanceMs
      process.send({ advanced: message.advanceMs })
    }
  })
`)}`

buildClientIfStale()
const dataDir = mkdtempSync(join(tmpdir(), 'floor-report-shots-'))
const server = spawn(process.execPath, ['--import', clockPreload, '--import', 'tsx', 'server/src/main.ts'], {
  cwd: root,
  env: { ...process.env, PORT: '0', HOST: '127.0.0.1', FLOOR_DATA_DIR: dataDir, FLOOR_CHAIR_TOKEN: chairToken, LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
})

let finished = false
server.once('exit', (code, signal) => {
  if (finished) return
  console.error(`The server stopped (${signal ?? code}) before the screenshots were taken.`)
  process.exit(1)
})

const base = await new Promise<string>((resolve) => {
  let printed = ''
  server.stdout!.on('data', (chunk: Buffer) => {
    printed += chunk.toString()
    const match = /Chair console:\s+(http:\/\/[^/\s]+)\/chair/.exec(printed)
    if (match) resolve(match[1]!)
  })
})

function advance(seconds: number): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (message: unknown) => {
      if (typeof message === 'object' && message !== null && 'advanced' in message) {
        server.off('message', onMessage)
        resolve()
      }
    }
    server.on('message', onMessage)
    server.send({ advanceMs: seconds * 1000 })
  })
}

const browser = await launchBrowser()
const chair = io(base, { auth: { token: chairToken }, transports: ['websocket'] })

try {
  await new Promise<void>((resolve, reject) => {
    chair.once('connect', () => resolve())
    chair.once('connect_error', reject)
  })
  const send = async (command: Command): Promise<Ack> => {
    for (;;) {
      const ack = (await chair.timeout(10_000).emitWithAck('command', command)) as Ack
      if (ack.ok) return ack
      if (ack.error.code !== 'rate_limited') throw new Error(`${command.type}: ${ack.error.message}`)
      await advance(2)
    }
  }
  const ask = (delegationId: string, kind: Kind = 'statement') => send({ type: 'request-floor', delegationId, kind })
  /** The head of the list speaks that long; then a short pause for the next to take the microphone. */
  const speak = async (seconds: number, pause: number) => {
    await send({ type: 'next' })
    await advance(seconds)
    await send({ type: 'end-floor' })
    await advance(pause)
  }

  // 10:15 Panel 1; stakeholders get two minutes; after the panelists, the floor from 10:50.
  await advance(60)
  await send({ type: 'set-segment', segmentId: 'panel-1' })
  await send({ type: 'set-guideline', seconds: 120, category: 'stakeholder' })
  await advance(30 * 60)
  for (const id of ['MEX', 'CHE', 'SWE', 'MAR', 'BGD', 'ITA', 'VAT', 'PSE', 'iom', 'unhcr', 'msf', 'psi', 'coparmex']) {
    await ask(id)
    await advance(30)
  }
  // Twelve interventions: Switzerland 20 s over, the Holy See 48 s over, MSF 25 s over; COPARMEX is not reached.
  for (const seconds of [176, 200, 168, 179, 165, 150, 228, 174, 182, 145, 145, 118]) await speak(seconds, 8)
  await advance(4 * 60)

  // 15:00 Panel 2: six interventions, Türkiye a minute over; one organization still waiting when the report is made.
  await advance(3 * 3600 + 15 * 60)
  await send({ type: 'set-segment', segmentId: 'panel-2' })
  await send({ type: 'set-guideline', seconds: 120, category: 'stakeholder' })
  await advance(35 * 60)
  for (const id of ['DEU', 'GBR', 'TUR', 'ECU', 'eu', 'ilo', 'BRA']) {
    await ask(id)
    await advance(25)
  }
  for (const seconds of [172, 197, 240, 170, 162, 110]) await speak(seconds, 6)
  await advance(90)

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.goto(`${base}/report#token=${chairToken}`)
  await page.locator('.report__chart svg').nth(3).waitFor()
  await page.screenshot({ path: join(docs, 'report.png'), fullPage: true })

  // As the printer gets it: A4 at 96 dpi, print styles on; and Chromium's own A4 print.
  await page.setViewportSize({ width: 794, height: 1123 })
  await page.emulateMedia({ media: 'print' })
  await page.screenshot({ path: join(docs, 'report-print.png'), fullPage: true })
  await page.pdf({ path: join(docs, 'report-print.pdf'), preferCSSPageSize: true, printBackground: true })
  console.log('Screenshots written to docs/report.png, docs/report-print.png, docs/report-print.pdf')
} finally {
  finished = true
  chair.close()
  await browser.close()
  server.kill('SIGTERM')
  rmSync(dataDir, { recursive: true, force: true })
}
