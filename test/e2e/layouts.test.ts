import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { RoomXIX, chairToken, screenshotDir } from './support/room'

/**
 * The screens at the sizes a day in the room brings: the tablet page on a
 * phone, the chair's console on a small laptop, the list of speakers on
 * paper. Each test starts its own room with Panel 1 open.
 */
let room: RoomXIX

beforeEach(async () => {
  room = await new RoomXIX().start()
  await room.asChair({ type: 'set-segment', segmentId: 'panel-1' })
})

afterEach(async () => room.close())

const phone = { width: 390, height: 844 }
const smallLaptop = { width: 1024, height: 768 }
const laptop = { width: 1280, height: 720 }

interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** The element's box on the page (scrolled content included), or a failure naming the selector. */
async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await page.locator(selector).first().evaluate((element) => {
    const rect = element.getBoundingClientRect()
    return { x: rect.x + window.scrollX, y: rect.y + window.scrollY, width: rect.width, height: rect.height }
  })
  expect(box.width, `${selector} has a width`).toBeGreaterThan(0)
  expect(box.height, `${selector} has a height`).toBeGreaterThan(0)
  return box
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5

/** How many lines the element's text takes. */
const linesOf = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((element) => {
    const range = document.createRange()
    range.selectNodeContents(element)
    const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.bottom)))
    return tops.size
  })

/** What sticks out of the screen's width (nothing should: no sideways scroll, the page's nor the tablet's own). */
const outsideWidth = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.tablet *')]
      .filter((element) => {
        const rect = element.getBoundingClientRect()
        return rect.width > 0 && (rect.right > window.innerWidth + 1 || rect.left < -1)
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  )

/** Every button of the action side, each clear of the place, the expected time and the timer. */
async function expectActionsClearOf(page: Page, selectors: string[]): Promise<void> {
  const buttons = await page.locator('.actions button:visible').evaluateAll((elements) =>
    elements.map((element) => {
      const rect = element.getBoundingClientRect()
      return { x: rect.x + window.scrollX, y: rect.y + window.scrollY, width: rect.width, height: rect.height, text: element.textContent }
    }),
  )
  expect(buttons.length).toBeGreaterThan(0)
  for (const selector of selectors) {
    const box = await boxOf(page, selector)
    for (const button of buttons) expect(overlap(button, box), `"${button.text}" over ${selector}`).toBe(false)
  }
}

/** Mexico's tablet on a phone, in that language, with three delegations before it on the list. */
async function phoneTablet(language: 'en' | 'ar', viewport = phone): Promise<Page> {
  await room.asChair(...['BRA', 'PHL', 'DEU'].map((delegationId) => ({ type: 'request-floor', delegationId })))
  const tokens = await room.issueTokens('MEX')
  const tablet = await room.open(`/delegate#token=${tokens.MEX}`, viewport, language === 'ar' ? 'ar' : 'en-GB')
  await tablet.waitForSelector('.identity__flag')
  await tablet.locator('.language-picker__select').selectOption(language)
  await tablet.waitForSelector(`.tablet[lang=${language}]`)
  return tablet
}

describe('the tablet page on a phone', () => {
  for (const language of ['en', 'ar'] as const) {
    it(`keeps the name whole and the buttons clear of the place and the timer (${language}, 390×844)`, async () => {
      const tablet = await phoneTablet(language)
      const request = language === 'ar' ? 'طلب الكلمة' : 'Request the floor'
      await tablet.getByRole('button', { name: request }).click()
      await tablet.waitForSelector('.place__ordinal')
      await tablet.waitForSelector('.expected__time')

      const suffix = language === 'ar' ? '-ar' : ''
      await tablet.screenshot({ path: join(screenshotDir(), `tablet-phone${suffix}.png`), fullPage: true })
      expect(await linesOf(tablet, '.identity__name')).toBeLessThanOrEqual(2)
      expect(await outsideWidth(tablet)).toEqual([])
      await expectActionsClearOf(tablet, ['.identity', '.place', '.expected'])

      // Three speakers later Mexico has the floor: the timer stays clear of every button.
      await room.asChair({ type: 'next' }, { type: 'next' }, { type: 'next' }, { type: 'next' })
      await tablet.waitForSelector('.card--floor [role=timer]')
      await tablet.screenshot({ path: join(screenshotDir(), `tablet-phone-floor${suffix}.png`), fullPage: true })
      expect(await outsideWidth(tablet)).toEqual([])
      await expectActionsClearOf(tablet, ['.floor-timer__label', '.floor-timer__digits'])
    })
  }

  it('fits from 360 px to a 13-inch tablet, upright and sideways, in all six languages', async () => {
    const tablet = await phoneTablet('en', { width: 360, height: 740 })
    await tablet.getByRole('button', { name: 'Request the floor' }).click()
    await tablet.waitForSelector('.place__ordinal')
    const sizes = [
      { width: 360, height: 740 },
      { width: 844, height: 390 },
      { width: 768, height: 1024 },
      { width: 1024, height: 1366 },
      { width: 1366, height: 1024 },
    ]
    for (const viewport of sizes) {
      await tablet.setViewportSize(viewport)
      for (const language of ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const) {
        await tablet.locator('.language-picker__select').selectOption(language)
        await tablet.waitForSelector(`.tablet[lang=${language}] .place__ordinal`)
        expect(await outsideWidth(tablet), `${language} ${viewport.width}×${viewport.height}`).toEqual([])
        expect(await linesOf(tablet, '.identity__name')).toBeLessThanOrEqual(2)
        await expectActionsClearOf(tablet, ['.identity', '.place', '.expected'])
      }
      if (viewport.height < 500) await tablet.screenshot({ path: join(screenshotDir(), 'tablet-phone-landscape.png') })
    }
  })
})

/** A long list: short and long names, organizations, a point of order, a stakeholder called to a seat. */
const longList = [
  'AFG', 'GBR', 'BOL', 'COD', 'VEN', 'ifrc', 'gritim-upf', 'msf', 'MEX', 'CHE', 'LAO', 'unhcr', 'CAF', 'FSM', 'VCT',
  'ATG', 'BIH', 'PRK', 'KOR', 'TZA', 'iom', 'coparmex', 'SWE', 'IRN', 'MDA', 'NLD', 'ARE', 'MAR', 'IDN',
]

async function chairWithLongList(viewport: { width: number; height: number }, language = 'en'): Promise<Page> {
  await room.asChair(
    ...longList.map((delegationId) => ({ type: 'request-floor', delegationId })),
    { type: 'request-floor', delegationId: 'CUB', kind: 'point-of-order' },
  )
  const chair = await room.open(`/chair#token=${chairToken}`, viewport)
  await chair.locator('.chair-header__connection[data-status="online"]').waitFor()
  if (language !== 'en') {
    await chair.locator('.chair-header__language select').selectOption(language)
    await chair.waitForSelector(`html[lang=${language}]`)
  }
  await expect.poll(() => chair.locator('.queue-row').count()).toBe(longList.length + 1)
  return chair
}

/** Every name on the list shows its whole text, and every row's buttons lie inside the screen's width. */
async function expectEveryNameAndControl(chair: Page, viewport: { width: number; height: number }): Promise<void> {
  const rows = await chair.locator('.queue-row').evaluateAll((elements) =>
    elements.map((row) => {
      const name = row.querySelector<HTMLElement>('.queue-row__name')!
      const buttons = [...row.querySelectorAll<HTMLElement>('.queue-row__actions button')].map((button) => {
        const rect = button.getBoundingClientRect()
        return { left: rect.left, right: rect.right, width: rect.width }
      })
      const rect = name.getBoundingClientRect()
      return {
        text: name.textContent ?? '',
        clipped: name.scrollWidth > name.clientWidth + 1 || name.scrollHeight > name.clientHeight + 1,
        width: rect.width,
        buttons,
      }
    }),
  )
  for (const row of rows) {
    expect(row.clipped, `${row.text} is cut`).toBe(false)
    expect(row.width, `${row.text} is hidden`).toBeGreaterThan(20)
    expect(row.buttons.length).toBeGreaterThanOrEqual(2)
    for (const button of row.buttons) {
      expect(button.width).toBeGreaterThan(10)
      expect(button.left, `${row.text}'s buttons`).toBeGreaterThanOrEqual(0)
      expect(button.right, `${row.text}'s buttons`).toBeLessThanOrEqual(viewport.width)
    }
  }
  // The timer's buttons fit their column, whatever the length of their words.
  const column = await boxOf(chair, '.console__floor')
  for (const button of await chair.locator('.timer-controls button').all()) {
    const box = (await button.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(column.x)
    expect(box.x + box.width).toBeLessThanOrEqual(column.x + column.width)
    expect(await button.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true)
  }
  // The last row is reached by scrolling the list: then its Floor and remove buttons are on screen.
  const last = chair.locator('.queue-row').last()
  await last.scrollIntoViewIfNeeded()
  for (const button of [last.locator('.queue-row__actions button').first(), last.locator('.queue-row__actions .button--danger')]) {
    const box = (await button.boundingBox())!
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height)
  }
}

describe('the chair console on a small laptop', () => {
  for (const viewport of [smallLaptop, laptop]) {
    it(`shows every name whole and every control at ${viewport.width}×${viewport.height}`, async () => {
      const chair = await chairWithLongList(viewport)
      await chair.screenshot({ path: join(screenshotDir(), `chair-${viewport.width}.png`) })
      await expectEveryNameAndControl(chair, viewport)
    })
  }

  it('keeps the active segment readable under the pointer, and has an icon of its own', async () => {
    const chair = await chairWithLongList(smallLaptop)
    const active = chair.locator('.programme__segment[aria-current="true"]')
    await active.hover()
    const [colour, background] = await active.evaluate((element) => [getComputedStyle(element).color, getComputedStyle(element).backgroundColor])
    expect(colour).toBe('rgb(255, 255, 255)')
    expect(background).toBe('rgb(9, 77, 144)')

    const icon = await chair.locator('link[rel=icon]').evaluate((link: HTMLLinkElement) => link.href)
    const response = await fetch(icon)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
  })

  it('keeps English titles whole in the Arabic console', async () => {
    const chair = await chairWithLongList(laptop, 'ar')
    await chair.screenshot({ path: join(screenshotDir(), 'chair-1280-ar.png') })
    await expectEveryNameAndControl(chair, laptop)
    const title = chair.locator('.chair-header__segment')
    expect(await title.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr')
  })

  it('prints the list of speakers with the meeting, the segment and the time', async () => {
    const chair = await chairWithLongList(laptop)
    await chair.setViewportSize({ width: 794, height: 1123 })
    await chair.emulateMedia({ media: 'print' })
    await chair.locator('.print-heading').waitFor()
    await expect.poll(() => chair.locator('.queue-row__name:visible').count()).toBe(longList.length + 1)
    const heading = await chair.locator('.print-heading').innerText()
    expect(heading).toContain('Third informal thematic session')
    expect(heading).toContain('Panel 1')
    expect(heading).toMatch(/\d{1,2}:\d{2}/)
    expect(await chair.locator('.placards, .programme, .shortcut-bar, .queue-row__actions').evaluateAll((elements) =>
      elements.filter((element) => element.getBoundingClientRect().height > 0).length,
    )).toBe(0)
    await chair.screenshot({ path: join(screenshotDir(), 'chair-print-list.png'), fullPage: true })
  })
})
