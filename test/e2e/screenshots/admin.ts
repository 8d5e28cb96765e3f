/**
 * Regenerates the setup page's screenshot in docs/ from the real server:
 *   npx tsx test/e2e/screenshots/admin.ts
 * Builds the client if stale, starts the server from its sources on a free
 * port with an empty store (the demo meeting is seeded) and a known admin
 * token, creates a second meeting over HTTP, and photographs /admin in the
 * system's Chromium at 1280×900 with a new meeting's form filled in from the
 * keyboard: two segments and a picked roster, scrolled to the form's fields
 * (docs/setup.png). Not part of `npm test`.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { MeetingSetup } from '@floor/shared'
import { buildClientIfStale, root } from '../../../scripts/buildIfStale.mjs'
import { launchBrowser } from '../support/browser'
import { kill, startChildServer } from '../../server/support/childServer'

const viewport = { width: 1280, height: 900 }
const docs = join(root, 'docs')
const adminToken = 'setup-page-screenshots-admin-token'

/** A meeting already on the server, so the list has more than the demo. */
const hrcDialogue: MeetingSetup = {
  id: 'hrc-58-id-migrants',
  title: 'HRC 58: interactive dialogue with the Special Rapporteur on the human rights of migrants',
  venue: 'Room XX, Palais des Nations',
  timeZone: 'Europe/Zurich',
  defaultGuidelineSeconds: 120,
  guidelineByCategory: { stakeholder: 90 },
  segments: [{ title: 'Interactive dialogue', startsAt: '2026-03-10T10:00:00+01:00', endsAt: '2026-03-10T13:00:00+01:00' }],
  roster: 'un',
}

buildClientIfStale()
const dataDir = mkdtempSync(join(tmpdir(), 'floor-setup-shots-'))
const server = await startChildServer({ PORT: '0', FLOOR_DATA_DIR: dataDir, FLOOR_ADMIN_TOKEN: adminToken })
const base = server.url
const browser = await launchBrowser()

try {
  if (!server.output().includes(`/admin#token=${adminToken}`)) throw new Error('The server did not print the setup page’s link.')
  const created = await fetch(`${base}/api/meetings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(hrcDialogue),
  })
  if (created.status !== 201) throw new Error(`POST /api/meetings: ${created.status} ${await created.text()}`)

  const context = await browser.newContext({ viewport, locale: 'en-GB', timezoneId: 'Europe/Zurich' })
  const page = await context.newPage()
  await page.goto(`${base}/admin#token=${adminToken}`)
  await page.getByRole('heading', { name: hrcDialogue.title }).waitFor()
  if (page.url().includes(adminToken)) throw new Error('The admin token stayed in the address bar.')

  // The next session of the Commission, typed as a secretariat would.
  await page.getByLabel('Title', { exact: true }).fill('Commission on Population and Development, 59th session')
  await page.getByLabel('Venue').fill('Conference Room 4, UN Headquarters')
  await page.getByLabel('Time zone').fill('America/New_York')
  await page.getByText(/^Guidelines per category/).click()
  await page.getByLabel('Stakeholder', { exact: true }).fill('2:00')
  await page.getByLabel('Title of segment 1').fill('General debate')
  await page.getByRole('button', { name: /Add a segment/ }).click()
  await page.getByLabel('Title of segment 2').fill('Panel on migration and sustainable development')
  await page.getByLabel('Start of segment 2').fill('15:00')
  await page.getByLabel('End of segment 2').fill('18:00')
  await page.getByLabel('Only the delegations picked below').check()
  const search = page.getByLabel('Find a delegation to add')
  for (const name of ['Mexico', 'Switzerland', 'Philippines', 'Morocco', 'Bangladesh', 'Holy See']) {
    await search.fill(name)
    await search.press('Enter')
  }
  await search.fill('migra')
  await page.getByRole('button', { name: /Add International Organization for Migration/ }).waitFor()
  await page.getByRole('button', { name: 'Links and QR codes' }).nth(1).click()
  await page.locator('.admin-links__qr img').first().waitFor()
  await page.getByLabel('Title', { exact: true }).focus()
  await page.mouse.move(0, 0)
  // From the title down: the fields, the guidelines, both segments and the roster being picked.
  await page.evaluate(() => window.scrollTo(0, document.querySelector('.admin-grid--basics')!.getBoundingClientRect().top + window.scrollY - 16))
  await page.screenshot({ path: join(docs, 'setup.png') })
  console.log('Screenshot written to docs/setup.png')
} finally {
  await browser.close()
  await kill(server, 'SIGTERM')
  rmSync(dataDir, { recursive: true, force: true })
}
