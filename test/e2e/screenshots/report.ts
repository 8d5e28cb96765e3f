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
import { join } from 'node:path'
import { docs, chairToken, startScriptedSession } from './support/scriptedSession'

const session = await startScriptedSession()
const { base, browser, send, ask, advance } = session

try {
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
  await session.close()
}
