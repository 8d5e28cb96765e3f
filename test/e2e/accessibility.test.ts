import { createRequire } from 'node:module'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { Language } from '@floor/shared'
import { translate } from '../../client/src/i18n/translate'
import { adminToken, chairToken, RoomXIX, viewports } from './support/room'

/**
 * Every page audited by axe-core in the real browser against WCAG 2.0 and 2.1,
 * levels A and AA, in English and in Arabic (right to left): a serious or
 * critical violation fails the test and is printed with the elements at fault.
 */
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

interface Violation {
  id: string
  impact: string | null
  help: string
  nodes: Array<{ target: unknown[]; failureSummary?: string }>
}

async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: axePath })
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    return results.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact: impact ?? null,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
    }))
  }, wcag)
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
}

function describeViolations(violations: Violation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help}\n` +
        violation.nodes.map((node) => `    ${JSON.stringify(node.target)}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`).join('\n'),
    )
    .join('\n')
}

async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const violations = await seriousViolations(page)
  if (violations.length > 0) console.error(`axe on ${where}:\n${describeViolations(violations)}`)
  expect(violations.map((violation) => `${violation.id} (${violation.nodes.length})`), where).toEqual([])
}

let room: RoomXIX
beforeEach(async () => {
  room = await new RoomXIX().start()
  // Panel 1 in session: Mexico has the floor, Switzerland is next, two more wait.
  await room.asChair(
    { type: 'set-segment', segmentId: 'panel-1' },
    { type: 'request-floor', delegationId: 'MEX', kind: 'statement' },
    { type: 'request-floor', delegationId: 'CHE', kind: 'statement' },
    { type: 'request-floor', delegationId: 'msf', kind: 'statement' },
    { type: 'request-floor', delegationId: 'CUB', kind: 'right-of-reply' },
    { type: 'next' },
  )
})
afterEach(async () => room.close())

/** A device of its own whose browser keeps `language` under `key` (as its language picker would), opened at `path`. */
async function openIn(path: string, viewport: { width: number; height: number }, kept: Record<string, string> = {}): Promise<Page> {
  // The server's CSP allows scripts from itself only: axe is injected past it, as a browser extension would be.
  const context = await room.browser.newContext({ viewport, locale: 'en-GB', timezoneId: 'Europe/Zurich', bypassCSP: true })
  await context.addInitScript((entries) => {
    for (const [key, value] of Object.entries(entries)) window.localStorage.setItem(key, value)
  }, kept)
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error(`${path}: ${error.message}`))
  await page.goto(`${room.url}${path}`)
  return page
}

/** Waits until the page is laid out in that language: `<html lang dir>` set, and the text given shown. */
async function settled(page: Page, language: Language, selector: string): Promise<void> {
  await page.locator(selector).first().waitFor()
  await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
    language,
    language === 'ar' ? 'rtl' : 'ltr',
  ])
}

const languagesAudited: Language[] = ['en', 'ar']

describe.each(languagesAudited)('axe-core finds nothing serious, in %s', (language) => {
  it('on the chair console', async () => {
    const page = await openIn(`/chair#token=${chairToken}`, viewports.chair, { 'floor.chair.language': language })
    await settled(page, language, '.chair-header__connection[data-status="online"]')
    await page.locator('[role=timer]').first().waitFor()
    await expectNoSeriousViolations(page, `the chair console (${language})`)
  })

  it('on the Tablets page', async () => {
    const page = await openIn(`/chair#token=${chairToken}`, viewports.chair, { 'floor.chair.language': language })
    await settled(page, language, '.chair-header__connection[data-status="online"]')
    await page.getByRole('button', { name: translate(language, 'chair.page.tablets'), exact: true }).click()
    await page.locator('.tablet-row__actions button').first().click()
    await page.locator('.tablet-row__qr img').first().waitFor()
    await expectNoSeriousViolations(page, `the Tablets page (${language})`)
  })

  it('on a delegation’s tablet', async () => {
    const { CHE: token } = await room.issueTokens('CHE')
    const page = await openIn(`/delegate#token=${token}`, viewports.tablet, { 'floor.delegate.language': language })
    await settled(page, language, '.tablet[data-attention="next"]')
    await expectNoSeriousViolations(page, `the tablet (${language})`)
  })

  it('on the room display', async () => {
    const page = await openIn(`/display?lang=${language === 'en' ? 'en,fr' : 'ar,en'}`, viewports.display)
    await settled(page, language, '.display .timer__digits')
    await expectNoSeriousViolations(page, `the room display (${language})`)
  })

  it('on the webcast overlay', async () => {
    const page = await openIn(`/display/overlay?lang=${language}`, viewports.display)
    await settled(page, language, '.overlay')
    await expectNoSeriousViolations(page, `the overlay (${language})`)
  })

  it('on the setup page', async () => {
    const page = await openIn(`/admin#token=${adminToken}`, { width: 1280, height: 900 }, { 'floor.admin.language': language })
    await settled(page, language, 'form')
    await page.getByRole('button', { name: translate(language, 'admin.form.create'), exact: true }).waitFor()
    await expectNoSeriousViolations(page, `the setup page (${language})`)
  })

  it('on the report', async () => {
    const page = await openIn(`/report#token=${chairToken}`, viewports.chair, { 'floor.report.language': language })
    await settled(page, language, 'main.report h1')
    await page.getByRole('heading', { name: translate(language, 'report.totals'), exact: true }).waitFor()
    await expectNoSeriousViolations(page, `the report (${language})`)
  })

  it('on the interpreters’ page', async () => {
    const [issued] = await room.asChair({ type: 'issue-token', role: 'interpreter' })
    const page = await openIn(`/interpreters#token=${String(issued!.token)}`, viewports.chair, { 'floor.interpreters.language': language })
    await settled(page, language, '.booth__main')
    await page.getByRole('heading', { name: translate(language, 'interpreters.title'), exact: true }).waitFor()
    await expectNoSeriousViolations(page, `the interpreters’ page (${language})`)
  })
})

describe('the tablet speaks to screen readers', () => {
  it('announces “you are next”, then “you have the floor”', async () => {
    const { CHE: token } = await room.issueTokens('CHE')
    const tablet = await openIn(`/delegate#token=${token}`, viewports.tablet)
    const urgent = tablet.locator('[aria-live="assertive"]')
    await expect.poll(() => urgent.textContent()).toBe('You are next.')
    await room.asChair({ type: 'next' })
    await expect.poll(() => urgent.textContent()).toBe('You have the floor.')
  })
})

describe('the setup page with the keyboard alone', () => {
  it('tabs from the title through the form to Create meeting, and creates it with Enter', async () => {
    const page = await openIn(`/admin#token=${adminToken}`, { width: 1280, height: 900 })
    const title = page.getByLabel('Title', { exact: true }).first()
    await title.waitFor()
    await title.focus()
    await page.keyboard.type('Vienna: Commission on Narcotic Drugs')
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null
        return { tag: element?.tagName ?? '', text: element?.textContent ?? '', label: element?.getAttribute('aria-label') ?? '' }
      })
    const visited: string[] = []
    for (;;) {
      await page.keyboard.press('Tab')
      const now = await focused()
      visited.push(now.tag)
      if (now.tag === 'BUTTON' && now.text.trim() === 'Create meeting') break
      expect(visited.length, `Create meeting not reached; visited ${visited.join(' ')}`).toBeLessThan(120)
    }
    expect(visited).toContain('SELECT')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByRole('heading', { name: /^Meeting created/ }).isVisible()).toBe(true)
  })
})
