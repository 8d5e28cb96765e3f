/**
 * Regenerates the chair console's screenshots in docs/ from the real server:
 *   npx tsx test/e2e/screenshots/chair.ts
 * Builds the client if stale, starts the server from source on a free port
 * with an empty store, runs a morning of Panel 1 as the chair over Socket.IO,
 * and photographs /chair in the system's Chromium at 1440×900: the console
 * (docs/chair.png), the end of its list reached from the keyboard
 * (docs/chair-list-end.png), the Tablets page (docs/chair-tablets.png) and
 * the A4 print sheet (docs/chair-print.png). Not part of `npm test`.
 *
 * The server runs on the session's own calendar (19 June 2017, Geneva) with a
 * clock the script moves forward, so the log holds two hours of real-length
 * interventions and the forecast meets the segment's true end at 13:00.
 * Browsers take server time from the server, so they follow.
 */
import { join } from 'node:path'
import { docs, chairToken, morningOfPanelOne, startScriptedSession } from './support/scriptedSession'

const viewport = { width: 1440, height: 900 }
const session = await startScriptedSession()
const { base, browser } = session

try {
  await morningOfPanelOne(session)

  const context = await browser.newContext({ viewport })
  const page = await context.newPage()
  await page.goto(`${base}/chair#token=${chairToken}`)
  await page.waitForFunction(() => /^\+0:[1-3]\d$/.test(document.querySelector('[role=timer]')?.textContent ?? ''), null, {
    timeout: 30_000,
  })
  await page.waitForSelector('.queue__permitting')
  await page.screenshot({ path: join(docs, 'chair.png') })

  // The end of the list, reached from the keyboard alone: L, then End, with the focus ring on the last row.
  await page.keyboard.press('l')
  await page.keyboard.press('End')
  await page.screenshot({ path: join(docs, 'chair-list-end.png') })

  // Tablets: the intergovernmental organizations get their links; a registration list is imported.
  await page.getByRole('button', { name: 'Tablets' }).click()
  await page.getByLabel('Category').selectOption('igo')
  await page.getByRole('button', { name: /Issue links for all shown/ }).click()
  await page.getByRole('button', { name: /^Yes, issue the links/ }).click()
  await page.getByText(/Links issued/).waitFor()
  await page.locator('input[type=file][accept^=".csv"]').setInputFiles({
    name: 'registration-panel-1.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [
        'name,organization,category',
        'Ana Pérez,Scalabrini International Migration Network,ngo',
        'John Doe,Global Coalition on Migration,civil society',
        'Marie Curie,Migrant Forum in Asia,',
        'Li Wei,Médecins Sans Frontières,stakeholder',
        ',International Detention Coalition,ngo',
        'Sam Roe,World Bank,bank',
        '',
      ].join('\n'),
    ),
  })
  await page.getByText(/registration-panel-1\.csv: added/).waitFor()
  await page.waitForFunction(() => document.querySelectorAll('.tablet-row__qr img').length >= 8)
  await page.screenshot({ path: join(docs, 'chair-tablets.png') })

  // The print sheet as the printer gets it: A4 at 96 dpi, print styles on.
  await page.setViewportSize({ width: 794, height: 1123 })
  await page.emulateMedia({ media: 'print' })
  await page.screenshot({ path: join(docs, 'chair-print.png'), fullPage: true })
  console.log('Screenshots written to docs/chair.png, docs/chair-list-end.png, docs/chair-tablets.png, docs/chair-print.png')
} finally {
  await session.close()
}
