/**
 * Regenerates the start page's and the programme panel's screenshots in docs/ from the real server:
 *   npx tsx test/e2e/screenshots/meetings.ts
 * Starts the server from its sources on a free port with an empty store (the demo
 * meeting), sets up a second meeting as the secretariat, photographs `/` and the
 * chair console's programme with a segment's form open, in the system's Chromium.
 * Not part of `npm test`.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildClientIfStale, root } from '../../../scripts/buildIfStale.mjs'
import { launchBrowser } from '../support/browser'
import { kill, startChildServer } from '../../server/support/childServer'

const docs = join(root, 'docs')

buildClientIfStale()
const dataDir = mkdtempSync(join(tmpdir(), 'floor-screenshots-'))
const chairToken = randomBytes(16).toString('hex')
const adminToken = randomBytes(16).toString('hex')
const server = await startChildServer({ PORT: '0', FLOOR_DATA_DIR: dataDir, FLOOR_CHAIR_TOKEN: chairToken, FLOOR_ADMIN_TOKEN: adminToken })
const base = server.url
const browser = await launchBrowser()

try {
  const created = await fetch(`${base}/api/meetings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      id: 'hrc-61-idsr-torture',
      title: 'Human Rights Council, 61st session: interactive dialogue with the Special Rapporteur on torture',
      venue: 'Room XX, Palais des Nations, Geneva',
      timeZone: 'Europe/Zurich',
      segments: [
        { title: 'Presentation of the report', startsAt: '2026-03-10T10:00:00+01:00', endsAt: '2026-03-10T10:30:00+01:00', takesRequests: false },
        { title: 'Interactive dialogue', startsAt: '2026-03-10T10:30:00+01:00', endsAt: '2026-03-10T13:00:00+01:00' },
      ],
    }),
  })
  if (!created.ok) throw new Error(`POST /api/meetings answered ${created.status}: ${await created.text()}`)

  const context = await browser.newContext({ viewport: { width: 1100, height: 860 } })
  const landing = await context.newPage()
  await landing.goto(base)
  await landing.waitForSelector('.page__meeting')
  await landing.screenshot({ path: join(docs, 'landing.png'), fullPage: true })

  const chairContext = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const chair = await chairContext.newPage()
  await chair.goto(`${base}/chair#token=${chairToken}`)
  await chair.getByRole('button', { name: /^Edit .*Panel 1/ }).first().waitFor()
  await chair.getByRole('button', { name: /^Edit .*Panel 1/ }).first().click()
  const programme = chair.locator('.programme')
  await programme.locator('.segment-form').waitFor()
  await programme.screenshot({ path: join(docs, 'chair-programme.png') })
  console.log('docs/landing.png, docs/chair-programme.png')
} finally {
  await browser.close()
  await kill(server, 'SIGTERM')
  rmSync(dataDir, { recursive: true, force: true })
}
