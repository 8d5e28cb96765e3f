/**
 * Regenerates the delegation tablet's screenshots in docs/ from the real server:
 *   npx tsx test/e2e/screenshots/tablet.ts
 * Builds the client if stale (or serves FLOOR_CLIENT_DIR when given), starts
 * the server from its sources on a free port with an empty store, issues
 * Mexico's tablet link as the chair over Socket.IO, and photographs
 * /delegate#token=… at 1024×768 in English and in Arabic, one device each, in
 * the system's Chromium. The offline shot is real: the server is stopped, a
 * tap is made, the server starts again on the same port and store, and the
 * tap is sent and confirmed. Not part of `npm test`.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { io } from 'socket.io-client'
import type { Browser, Page } from 'playwright-core'
import type { Ack, AckOk, Command } from '@floor/shared'
import { buildClientIfStale, root } from '../../../scripts/buildIfStale.mjs'
import { launchBrowser } from '../support/browser'
import { kill, startChildServer } from '../../server/support/childServer'

const landscape = { width: 1024, height: 768 }
const portrait = { width: 768, height: 1024 }
const docs = join(root, 'docs')
const chairToken = 'screenshots-chair-token-0123456789'

const clientDir = process.env.FLOOR_CLIENT_DIR ?? (buildClientIfStale(), join(root, 'client/dist'))
const dataDir = mkdtempSync(join(tmpdir(), 'floor-tablet-shots-'))

/** The server from its sources, on that port (0: any free one), on this script's store. */
const startServer = (port: number) =>
  startChildServer({ PORT: String(port), FLOOR_DATA_DIR: dataDir, FLOOR_CHAIR_TOKEN: chairToken, FLOOR_CLIENT_DIR: clientDir })

/** One tablet: a browser context of its own (own storage), as a separate device. */
async function openTablet(browser: Browser, url: string, viewport: typeof landscape, language: 'en' | 'ar'): Promise<Page> {
  // The device is set to New York time: the tablet still shows the meeting's (Geneva) time.
  const context = await browser.newContext({ viewport, locale: language === 'ar' ? 'ar' : 'en-GB', timezoneId: 'America/New_York' })
  const page = await context.newPage()
  await page.goto(url)
  await page.waitForSelector('.identity__flag')
  await page.locator('.language-picker__select').selectOption(language)
  await page.waitForSelector(`.tablet[lang=${language}]`)
  return page
}

let server = await startServer(0)
const port = server.port
const browser = await launchBrowser()
const chair = io(server.url, { auth: { token: chairToken }, transports: ['websocket'] })

try {
  await new Promise<void>((resolve, reject) => {
    chair.once('connect', () => resolve())
    chair.once('connect_error', reject)
  })
  const send = async (command: Command): Promise<AckOk> => {
    const ack = (await chair.emitWithAck('command', command)) as Ack
    if (!ack.ok) throw new Error(`${command.type}: ${ack.error.message}`)
    return ack
  }

  await send({ type: 'set-segment', segmentId: 'panel-1' })
  const { token } = await send({ type: 'issue-token', delegationId: 'MEX' })
  if (!token) throw new Error('issue-token answered no token')
  for (const delegationId of ['BRA', 'PHL', 'DEU']) await send({ type: 'request-floor', delegationId })

  const link = `${server.url}/delegate#token=${token}`
  const tablets = { en: await openTablet(browser, link, landscape, 'en'), ar: await openTablet(browser, link, landscape, 'ar') }
  const shoot = async (state: string) => {
    await tablets.en.screenshot({ path: join(docs, `tablet-${state}.png`) })
    await tablets.ar.screenshot({ path: join(docs, `tablet-ar-${state}.png`) })
  }
  const bothShow = async (selector: string) => {
    await tablets.en.waitForSelector(selector)
    await tablets.ar.waitForSelector(selector)
  }

  await shoot('idle')

  // A real tap on the English tablet; the Arabic one, same token, shows the same request.
  await tablets.en.getByRole('button', { name: 'Request the floor' }).click()
  await bothShow('.place__ordinal')
  await tablets.en.getByText('Your request is on the list.').waitFor()
  await shoot('waiting')
  const upright = await openTablet(browser, link, portrait, 'en')
  await upright.waitForSelector('.place__ordinal')
  await upright.screenshot({ path: join(docs, 'tablet-portrait.png') })

  // Three speakers later, Mexico is next.
  for (let i = 0; i < 3; i++) await send({ type: 'next' })
  await bothShow('.card[data-attention=next]')
  await shoot('next')

  await send({ type: 'next' })
  await bothShow('.card--floor')
  await tablets.en.waitForFunction(() => /^2:5\d$/.test(document.querySelector('[role=timer]')?.textContent ?? ''))
  await shoot('floor')

  await send({ type: 'add-time', seconds: -172 })
  await bothShow('.card--floor[data-phase=overrun]')
  await tablets.en.waitForFunction(() => /^\+0:0[2-9]$/.test(document.querySelector('[role=timer]')?.textContent ?? ''))
  await tablets.en.screenshot({ path: join(docs, 'tablet-overrun.png') })

  // The list closes: the button says so.
  await send({ type: 'end-floor' })
  await send({ type: 'close-list' })
  await bothShow('.big-button--request:disabled')
  await tablets.en.screenshot({ path: join(docs, 'tablet-list-closed.png') })
  await send({ type: 'open-list' })
  await bothShow('.big-button--request:enabled')

  // The server goes away; a tap is held, then sent once it is back.
  chair.close()
  await kill(server, 'SIGTERM')
  await bothShow('.connection-banner[data-problem=offline]')
  await tablets.en.getByRole('button', { name: 'Request the floor' }).click()
  await tablets.ar.getByRole('button', { name: 'طلب الكلمة' }).click()
  await bothShow('.pending')
  await shoot('offline')

  server = await startServer(port)
  await tablets.en.getByText('Sent when the connection returned: your request is on the list.').waitFor({ timeout: 30_000 })
  await tablets.ar.waitForSelector('.notice[data-tone=success]', { timeout: 30_000 })
  await bothShow('.card[data-attention=next]')
  await tablets.en.screenshot({ path: join(docs, 'tablet-reconnected.png') })
  console.log('Screenshots written to docs/tablet*.png')
} finally {
  chair.close()
  await browser.close()
  await kill(server, 'SIGTERM')
  rmSync(dataDir, { recursive: true, force: true })
}
