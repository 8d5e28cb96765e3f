import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { chairToken, RoomXIX, screenshotDir, viewports } from './support/room'

/** The afternoon: placards, a closed list, a stakeholder called to a reserved seat, a tablet in Arabic. */
const room = new RoomXIX()
let chair: Page
let display: Page
let mexico: Page
let msf: Page

beforeAll(async () => {
  await room.start()
  const tokens = await room.issueTokens('MEX', 'msf')
  chair = await room.open(`/chair#token=${chairToken}`, viewports.chair)
  display = await room.open('/display', viewports.display)
  mexico = await room.open(`/delegate#token=${tokens.MEX}`, viewports.tablet)
  msf = await room.open(`/delegate#token=${tokens.msf}`, viewports.tablet)
  await chair.locator('.programme button', { hasText: 'Panel 2' }).click()
  await display.locator('.display', { hasText: 'Panel 2' }).waitFor()
})

afterAll(async () => {
  await mexico?.screenshot({ path: join(screenshotDir(), 'tablet-ar.png') }).catch(() => {})
  await msf?.screenshot({ path: join(screenshotDir(), 'tablet-seat.png') }).catch(() => {})
  await room.close()
})

describe('the afternoon in Room XIX', () => {
  it('adds a placard raised in the room with the chair’s type-ahead and Enter', async () => {
    const search = chair.getByLabel('Find a delegation by name, code or seat')
    await search.fill('tür')
    await search.press('Enter')
    await expect.poll(() => chair.locator('.queue-row__name').allInnerTexts()).toEqual(['Türkiye'])
    await expect.poll(() => display.locator('.upcoming__name').allInnerTexts()).toEqual(['Türkiye'])
  })

  it('calls a stakeholder to a reserved seat, and its tablet asks it to take the seat', async () => {
    await msf.getByRole('button', { name: 'Request the floor' }).click()
    const row = chair.locator('.queue-row', { hasText: 'Médecins Sans Frontières' })
    await row.getByRole('button', { name: /reserved seat/i }).click()
    await msf.getByText('Please take a reserved seat at the table').first().waitFor()
    await chair.getByText('Reserved stakeholder seats: 1 of 2 taken').waitFor()
  })

  it('tells a tablet when the list is closed, and lets it ask again once reopened', async () => {
    await chair.getByRole('button', { name: 'Close the list' }).click()
    const closed = mexico.getByRole('button', { name: /The list is closed/ })
    await closed.waitFor()
    expect(await closed.isDisabled()).toBe(true)
    await chair.getByRole('button', { name: 'Open the list' }).click()
    await mexico.getByRole('button', { name: 'Request the floor' }).click()
    await mexico.getByText('Your request is on the list.').waitFor()
    await expect.poll(() => display.locator('.upcoming__name').allInnerTexts()).toEqual([
      'Türkiye',
      'Mexico',
      'Médecins Sans Frontières',
    ])
  })

  it('hands a delegation its tablet: the link from the chair’s Tablets page is all the tablet needs', async () => {
    await chair.getByRole('button', { name: 'Tablets' }).click()
    await chair.getByLabel('Find').fill('Switzerland')
    await chair.getByRole('button', { name: 'Issue a tablet link for Switzerland' }).click()
    const link = await chair.getByLabel('Tablet link of Switzerland', { exact: true }).inputValue()
    expect(link).toMatch(/\/delegate#token=[\w-]{20,}$/)
    const tablet = await room.open(link.replace(/^https?:\/\/[^/]+/, ''), viewports.tablet)
    await tablet.getByRole('button', { name: 'Request the floor' }).click()
    await tablet.getByText('Your request is on the list.').waitFor()
    await expect.poll(() => display.locator('.upcoming__name').allInnerTexts()).toContain('Switzerland')
    await chair.getByRole('button', { name: 'Floor' }).first().click()
  })

  it('speaks Arabic, right to left, when the delegate chooses it, and remembers it', async () => {
    await mexico.locator('select.language-picker__select').selectOption('ar')
    await expect.poll(() => mexico.locator('.tablet').getAttribute('dir')).toBe('rtl')
    await mexico.getByText('المكسيك').first().waitFor()
    await mexico.reload()
    await expect.poll(() => mexico.locator('.tablet').getAttribute('dir')).toBe('rtl')
    await mexico.getByText('المكسيك').first().waitFor()
  })
})
