/**
 * The chair console in French and in Arabic (right to left, mirrored), from
 * the same scripted morning of Panel 1 as test/e2e/screenshots/chair.ts:
 *   npx tsx test/e2e/screenshots/chairLanguages.ts
 * writes docs/chair-fr.png and docs/chair-ar.png at 1440×900. Not part of `npm test`.
 */
import { join } from 'node:path'
import { docs, chairToken, morningOfPanelOne, startScriptedSession } from './support/scriptedSession'

const viewport = { width: 1440, height: 900 }
const session = await startScriptedSession()
const { base, browser } = session

try {
  await morningOfPanelOne(session)

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
  await session.close()
}
