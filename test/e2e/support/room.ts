import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { Ack } from '@floor/shared'
import { connectClient } from '../../server/support/harness'
import { kill, startChildServer, type ChildServer } from '../../server/support/childServer'
import { expectAccepted } from '../../support/expectAccepted'
import { launchBrowser } from './browser'

export const chairToken = 'e2e-chair-token-0123456789abcdef'
export const adminToken = 'e2e-admin-token-0123456789abcdef'

export const viewports = {
  chair: { width: 1440, height: 900 },
  tablet: { width: 1024, height: 768 },
  display: { width: 1920, height: 1080 },
}

/**
 * Room XIX for a browser test: the real server in a child process on a
 * temporary data folder, the system's Chromium, and a page per device. Each
 * test starts its own, so that it passes alone as well as after the others.
 */
export class RoomXIX {
  server!: ChildServer
  browser!: Browser
  private readonly dataDir = mkdtempSync(join(tmpdir(), 'floor-e2e-'))
  private readonly contexts: BrowserContext[] = []

  async start(): Promise<this> {
    this.server = await startChildServer(this.env('0'))
    this.browser = await launchBrowser()
    return this
  }

  private env(port: string): Record<string, string> {
    return { FLOOR_DATA_DIR: this.dataDir, FLOOR_CHAIR_TOKEN: chairToken, FLOOR_ADMIN_TOKEN: adminToken, PORT: port }
  }

  get url(): string {
    return this.server.url
  }

  /**
   * Commands sent over the chair's socket, one after the other, each of which
   * must be accepted: how a test sets up the meeting it starts from.
   */
  async asChair(...commands: Array<{ type: string } & Record<string, unknown>>): Promise<Array<Extract<Ack, { ok: true }>>> {
    const chair = await connectClient(this.url, chairToken)
    try {
      const acks = []
      for (const command of commands) acks.push(expectAccepted(await chair.send(command)))
      return acks
    } finally {
      chair.socket.disconnect()
    }
  }

  /** Tablet tokens, issued as the chair's Tablets page would. */
  async issueTokens(...delegationIds: string[]): Promise<Record<string, string>> {
    const acks = await this.asChair(...delegationIds.map((delegationId) => ({ type: 'issue-token', delegationId })))
    const tokens: Record<string, string> = {}
    for (const [index, id] of delegationIds.entries()) {
      const token = acks[index]?.token
      if (typeof token !== 'string') throw new Error(`no token for ${id}`)
      tokens[id] = token
    }
    return tokens
  }

  /** The chair's console, signed in with the chair's token. */
  chair(): Promise<Page> {
    return this.open(`/chair#token=${chairToken}`, viewports.chair)
  }

  /** Delegations' tablets by id, each opened with a token issued for it. */
  async tablets(...delegationIds: string[]): Promise<Record<string, Page>> {
    const tokens = await this.issueTokens(...delegationIds)
    const pages = await Promise.all(delegationIds.map((id) => this.open(`/delegate#token=${tokens[id]}`, viewports.tablet)))
    return Object.fromEntries(pages.map((page, index) => [delegationIds[index], page]))
  }

  /** A device of its own (own storage), opened at a path of the server. */
  async open(path: string, viewport: { width: number; height: number }, locale = 'en-GB'): Promise<Page> {
    const context = await this.browser.newContext({ viewport, locale, timezoneId: 'Europe/Zurich' })
    this.contexts.push(context)
    const page = await context.newPage()
    await page.goto(`${this.url}${path}`)
    return page
  }

  /** SIGKILL, as a power cut would. */
  async crash(): Promise<void> {
    await kill(this.server, 'SIGKILL')
  }

  /** A start on the same data folder and the same port, so the pages can find it again. */
  async restart(): Promise<void> {
    this.server = await startChildServer(this.env(String(this.server.port)))
  }

  async close(): Promise<void> {
    for (const context of this.contexts) await context.close().catch(() => {})
    await this.browser?.close().catch(() => {})
    if (this.server) await kill(this.server, 'SIGKILL')
    rmSync(this.dataDir, { recursive: true, force: true })
  }
}

/** Where screenshots go: test-results/ as artifacts, or docs/ when `npm run screenshots` asks. */
export function screenshotDir(): string {
  const dir = process.env.FLOOR_SCREENSHOTS_DIR ?? 'test-results/e2e'
  mkdirSync(dir, { recursive: true })
  return dir
}
