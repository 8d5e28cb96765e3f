/**
 * Regenerates the room display's screenshots in docs/ from the real server:
 *   npx tsx test/e2e/screenshots/display.ts
 * Starts the server from its sources on a free port with an empty store, runs a segment
 * as the chair over Socket.IO, and photographs /display and /display/overlay
 * in the system's Chromium at 1920×1080. Not part of `npm test`.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { io } from 'socket.io-client'
import type { Page } from 'playwright-core'
import type { Ack, Command } from '@floor/shared'
import { buildClientIfStale, root } from '../../../scripts/buildIfStale.mjs'
import { launchBrowser } from '../support/browser'
import { kill, startChildServer } from '../../server/support/childServer'

const viewport = { width: 1920, height: 1080 }
const docs = join(root, 'docs')

/** Waits until the page's timer reads like `pattern` (a regular expression's source). */
async function timerShows(page: Page, pattern: string): Promise<void> {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('[role=timer]')?.textContent ?? ''),
    pattern,
    { timeout: 30_000 },
  )
}

buildClientIfStale()
const dataDir = mkdtempSync(join(tmpdir(), 'floor-screenshots-'))
const chairToken = randomBytes(16).toString('hex')
const server = await startChildServer({ PORT: '0', FLOOR_DATA_DIR: dataDir, FLOOR_CHAIR_TOKEN: chairToken })
const base = server.url
const browser = await launchBrowser()
const chair = io(base, { auth: { token: chairToken }, transports: ['websocket'] })

try {
  await new Promise<void>((resolve, reject) => {
    chair.once('connect', () => resolve())
    chair.once('connect_error', reject)
  })
  const send = async (command: Command): Promise<void> => {
    const ack = (await chair.emitWithAck('command', command)) as Ack
    if (!ack.ok) throw new Error(`${command.type}: ${ack.error.message}`)
  }

  await send({ type: 'set-segment', segmentId: 'panel-1' })
  for (const delegationId of ['MEX', 'BRA', 'PHL', 'DEU', 'MAR', 'GBR', 'BOL', 'eu', 'VAT', 'iom', 'unhcr', 'msf', 'coparmex']) {
    await send({ type: 'request-floor', delegationId })
  }
  await send({ type: 'request-floor', delegationId: 'TUR', kind: 'right-of-reply' })
  await send({ type: 'next' })

  const context = await browser.newContext({ viewport })
  const display = await context.newPage()
  await display.goto(`${base}/display`)
  await display.waitForSelector('[role=timer]')
  await timerShows(display, '^2:5\\d$')
  await display.screenshot({ path: join(docs, 'display.png') })

  const overlay = await context.newPage()
  await overlay.goto(`${base}/display/overlay`)
  await overlay.waitForSelector('[role=timer]')
  await overlay.screenshot({ path: join(docs, 'overlay.png'), omitBackground: true })

  // Overrun: the chair takes time away until the guideline is behind the speaker.
  await send({ type: 'add-time', seconds: -170 })
  await timerShows(display, '^\\+0:0[4-9]$')
  await display.screenshot({ path: join(docs, 'display-overrun.png') })

  // The next speaker, near the end, in two languages on the high-contrast theme.
  await send({ type: 'next' })
  await send({ type: 'add-time', seconds: -155 })
  const contrast = await context.newPage()
  await contrast.goto(`${base}/display?lang=fr,ar&theme=contrast`)
  await timerShows(contrast, '^0:[12]\\d$')
  await contrast.screenshot({ path: join(docs, 'display-contrast-fr-ar.png') })

  // Nobody at the floor: the segment and its list fill the screen. A long
  // guideline pushes the end of the list past the segment's end ("time permitting").
  await send({ type: 'set-guideline', seconds: 1800 })
  await send({ type: 'end-floor' })
  await display.waitForSelector('.stage--idle')
  await display.screenshot({ path: join(docs, 'display-idle.png') })

  // Paused, then the server gone: the indicator shows and the paused timer stays as it was.
  await send({ type: 'set-guideline', seconds: 180 })
  await send({ type: 'next' })
  await send({ type: 'pause-timer' })
  await display.waitForSelector('.timer[data-paused=true]')
  await display.screenshot({ path: join(docs, 'display-paused.png') })
  await kill(server, 'SIGTERM')
  await display.waitForSelector('[role=status]')
  await display.screenshot({ path: join(docs, 'display-offline.png') })
  console.log('Screenshots written to docs/')
} finally {
  chair.close()
  await browser.close()
  await kill(server, 'SIGTERM')
  rmSync(dataDir, { recursive: true, force: true })
}
