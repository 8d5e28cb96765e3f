/**
 * The chair console in French and in Arabic (right to left, mirrored), from
 * the same scripted morning of Panel 1 as test/e2e/screenshots/chair.ts:
 *   npx tsx test/e2e/screenshots/chairLanguages.ts
 * writes docs/chair-fr.png and docs/chair-ar.png at 1440×900. Not part of `npm test`.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { io } from 'socket.io-client'
import type { Ack, Command, Kind } from '@floor/shared'
import { buildClientIfStale, root } from '../../../scripts/buildIfStale.mjs'
import { launchBrowser } from '../support/browser'

const viewport = { width: 1440, height: 900 }
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
const dataDir = mkdtempSync(join(tmpdir(), 'floor-chair-shots-'))
const server = spawn(process.execPath, ['--import', clockPreload, '--import', 'tsx', 'server/src/main.ts'], {
  cwd: root,
  env: { ...process.env, PORT: '0', HOST: '127.0.0.1', FLOOR_DATA_DIR: dataDir, FLOOR_CHAIR_TOKEN: chairToken, LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
})

// A server that goes away mid-run would leave every acknowledgement waiting: stop at once instead.
let finished = false
server.once('exit', (code, signal) => {
  if (finished) return
  console.error(`The server stopped (${signal ?? code}) before the screenshots were taken.`)
  process.exit(1)
})

/** The port, from the chair link the server prints when it is listening. */
const base = await new Promise<string>((resolve) => {
  let printed = ''
  server.stdout!.on('data', (chunk: Buffer) => {
    printed += chunk.toString()
    const match = /Chair console:\s+(http:\/\/[^/\s]+)\/chair/.exec(printed)
    if (match) resolve(match[1]!)
  })
})

/** Moves the server's clock on; resolves once the server has applied it. */
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
      await advance(2) // the bucket refills with the server's clock
    }
  }
  const ask = (delegationId: string, kind: Kind = 'statement') => send({ type: 'request-floor', delegationId, kind })

  // 10:15 Panel 1 opens; stakeholders get two minutes; the panelists speak until 10:50.
  await advance(60)
  await send({ type: 'set-segment', segmentId: 'panel-1' })
  await send({ type: 'set-guideline', seconds: 120, category: 'stakeholder' })
  await advance(25 * 60)
  for (const id of ['MEX', 'CHE', 'SWE', 'ARE', 'MAR', 'BGD', 'ITA', 'GRC', 'NGA', 'SEN', 'VAT', 'iom', 'unhcr', 'msf', 'coparmex']) {
    await ask(id)
    await advance(40)
  }

  // The interactive exchange: twenty-two interventions of real length, requests arriving meanwhile.
  const spoke = [212, 185, 240, 171, 268, 195, 150, 45, 223, 182, 301, 176, 204, 189, 233, 160, 198, 251, 187, 214, 176, 205]
  const arriving = [
    'IDN', 'LKA', 'ECU', 'SLV', 'GTM', 'HND', 'PHL', 'BRA', 'PSE', 'DEU', 'GBR', 'BOL', 'eu', 'JPN', 'KEN', 'TUN',
    'ilo', 'NPL', 'COL', 'psi', 'AUS', 'CAN', 'unicef', 'FRA', 'ESP', 'swedish-red-cross', 'PRT', 'ETH', 'GHA', 'mpi', 'ZAF', 'IND', 'EGY',
  ]
  for (const [index, seconds] of spoke.entries()) {
    await send({ type: 'next' })
    await advance(Math.round(seconds / 3))
    if (index === 6) await ask('CUB', 'point-of-order') // raised during this speech, heard right after it
    const newcomer = arriving.shift()
    if (newcomer) await ask(newcomer)
    await advance(Math.round(seconds / 3))
    const another = index % 2 === 0 ? arriving.shift() : undefined
    if (another) await ask(another)
    await advance(seconds - 2 * Math.round(seconds / 3))
  }
  for (const id of arriving) await ask(id)

  // The speaker now at the floor runs over; meanwhile two points of order and a right of reply.
  await send({ type: 'next' })
  await advance(70)
  await ask('ARG', 'point-of-order')
  await advance(50)
  await ask('TUR', 'right-of-reply')
  await ask('DZA', 'point-of-order')
  const state = await new Promise<{ queue: Array<{ requestId: string; delegationId: string }> }>((resolve) => {
    chair.once('state', resolve)
    void ask('mpi') // already waiting: answers the same request, and every client gets a fresh state
  })
  const msf = state.queue.find((entry) => entry.delegationId === 'msf')
  if (msf) await send({ type: 'call-to-seat', requestId: msf.requestId })
  await advance(78) // 3:18 spoken of 3:00: the page shows about +0:20

  // Each language on a device of its own, the console's language kept in its browser as the picker keeps it.
  for (const language of ['fr', 'ar'] as const) {
    const context = await browser.newContext({ viewport, locale: language, timezoneId: 'Europe/Zurich' })
    await context.addInitScript((kept) => window.localStorage.setItem('floor.chair.language', kept), language)
    const page = await context.newPage()
    await page.goto(`${base}/chair#token=${chairToken}`)
    await page.waitForFunction(() => /^\+0:[1-3]\d$/.test(document.querySelector('[role=timer]')?.textContent ?? ''), null, {
      timeout: 30_000,
    })
    await page.waitForSelector('.queue__permitting')
    await page.waitForFunction((expected) => document.documentElement.lang === expected, language)
    await page.screenshot({ path: join(docs, `chair-${language}.png`) })
    await context.close()
  }
  console.log('Screenshots written to docs/chair-fr.png and docs/chair-ar.png')
} finally {
  finished = true
  chair.close()
  await browser.close()
  server.kill('SIGTERM')
  rmSync(dataDir, { recursive: true, force: true })
}
