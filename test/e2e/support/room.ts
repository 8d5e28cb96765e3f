import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { connectClient } from '../../server/support/harness'
import { kill, startChildServer, type ChildServer } from '../../server/support/childServer'
import { launchBrowser } from './browser'

export const chairToken = 'e2e-chair-token'

export const viewports = {
  chair: { width: 1440, height: 900 },
  tablet: { width: 1024, height: 768 },
  display: { width: 1920, height: 1080 },
}

/**
 * Room XIX for a browser test: the real server in a child process on a
 * temporary data folder, the system's Chromium, and a page per device.
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
    return { FLOOR_DATA_DIR: this.dataDir, FLOOR_CHAIR_TOKEN: chairToken, PORT: port }
  }

  get url(): string {
    return this.server.url
  }

  /** Tablet tokens, issued as the chair's Tablets page would. */
  async issueTokens(...delegationIds: string[]): Promise<Record<string, string>> {
    const chair = await connectClient(this.url, chairToken)
    const tokens: Record<string, string> = {}
    for (const id of delegationIds) {
      const ack = await chair.send({ type: 'issue-token', delegationId: id })
      if (!ack.ok || typeof ack.token !== 'string') throw new Error(`no token for ${id}`)
      tokens[id] = ack.token
    }
    chair.socket.disconnect()
    return tokens
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
