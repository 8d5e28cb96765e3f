/**
 * What the screenshot scripts share: the real server started from source on a
 * free port with an empty store and a clock the script moves forward (the
 * session's own calendar, 19 June 2017 in Geneva), the chair's socket, the
 * system's Chromium, and the scripted morning of Panel 1 several of them show.
 * Browsers take server time from the server, so they follow the moved clock.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { io, type Socket } from 'socket.io-client'
import type { Browser } from 'playwright-core'
import type { Ack, Command, Kind } from '@floor/shared'
import { buildClientIfStale, root } from '../../../../scripts/buildIfStale.mjs'
import { launchBrowser } from '../../support/browser'

export const docs = join(root, 'docs')
export const chairToken = 'screenshots-chair-token-0123456789'
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

export interface ScriptedSession {
  base: string
  browser: Browser
  chair: Socket
  /** Moves the server's clock on; resolves once the server has applied it. */
  advance(seconds: number): Promise<void>
  /** A command as the chair; a rate-limited one waits for the bucket to refill on the server's clock. */
  send(command: Command): Promise<Ack>
  ask(delegationId: string, kind?: Kind): Promise<Ack>
  close(): Promise<void>
}

export async function startScriptedSession(): Promise<ScriptedSession> {
  buildClientIfStale()
  const dataDir = mkdtempSync(join(tmpdir(), 'floor-shots-'))
  const server: ChildProcess = spawn(process.execPath, ['--import', clockPreload, '--import', 'tsx', 'server/src/main.ts'], {
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
  const base = await new Promise<string>((resolve) => {
    let printed = ''
    server.stdout!.on('data', (chunk: Buffer) => {
      printed += chunk.toString()
      const match = /Chair console:\s+(http:\/\/[^/\s]+)\/chair/.exec(printed)
      if (match) resolve(match[1]!)
    })
  })
  const advance = (seconds: number) =>
    new Promise<void>((resolve) => {
      const onMessage = (message: unknown) => {
        if (typeof message === 'object' && message !== null && 'advanced' in message) {
          server.off('message', onMessage)
          resolve()
        }
      }
      server.on('message', onMessage)
      server.send({ advanceMs: seconds * 1000 })
    })
  const browser = await launchBrowser()
  const chair = io(base, { auth: { token: chairToken }, transports: ['websocket'] })
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
  return {
    base,
    browser,
    chair,
    advance,
    send,
    ask: (delegationId, kind = 'statement') => send({ type: 'request-floor', delegationId, kind }),
    close: async () => {
      finished = true
      chair.close()
      await browser.close()
      server.kill('SIGTERM')
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/**
 * The morning of Panel 1: opened at 10:15, stakeholders held to two minutes,
 * twenty-two interventions of real length with requests arriving meanwhile,
 * then a speaker running over while two points of order, a right of reply and
 * a stakeholder called to a reserved seat wait. Ends with about +0:20 spoken.
 */
export async function morningOfPanelOne({ send, ask, advance, chair }: ScriptedSession): Promise<void> {
  await advance(60)
  await send({ type: 'set-segment', segmentId: 'panel-1' })
  await send({ type: 'set-guideline', seconds: 120, category: 'stakeholder' })
  await advance(25 * 60)
  for (const id of ['MEX', 'CHE', 'SWE', 'ARE', 'MAR', 'BGD', 'ITA', 'GRC', 'NGA', 'SEN', 'VAT', 'iom', 'unhcr', 'msf', 'coparmex']) {
    await ask(id)
    await advance(40)
  }
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
}
