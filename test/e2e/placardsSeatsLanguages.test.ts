import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RoomXIX, screenshotDir, viewports } from './support/room'

/**
 * The afternoon: placards, a closed list, a stakeholder called to a reserved
 * seat, a tablet in Arabic. Each step starts from a room of its own with
 * Panel 2 open, and sets up over the chair's socket whatever else it needs.
 */
let room: RoomXIX

beforeEach(async () => {
  room = await new RoomXIX().start()
  await room.asChair({ type: 'set-segment', segmentId: 'panel-2' })
})

afterEach(async () => room.close())

describe('the afternoon in Room XIX', () => {
  it('adds a placard raised in the room with the chair’s type-ahead and Enter', async () => {
    const chair = await room.chair()
    const display = await room.open('/display', viewports.display)
    await display.locator('.display', { hasText: 'Panel 2' }).waitFor()

    const search = chair.getByLabel('Find a delegation by name, code or seat')
    await search.fill('tür')
    await search.press('Enter')
    await expect.poll(() => chair.locator('.queue-row__name').allInnerTexts()).toEqual(['Türkiye'])
    await expect.poll(() => display.locator('.upcoming__name').allInnerTexts()).toEqual(['Türkiye'])
  })

  it('calls a stakeholder to a reserved seat, and its tablet asks it to take the seat', async () => {
    const chair = await room.chair()
    const { msf } = await room.tablets('msf')

    await msf!.getByRole('button', { name: 'Request the floor' }).click()
    const row = chair.locator('.queue-row', { hasText: 'Médecins Sans Frontières' })
    await row.getByRole('button', { name: /reserved seat/i }).click()
    await msf!.getByText('Please take a reserved seat at the table').first().waitFor()
    await chair.getByText('Reserved stakeholder seats: 1 of 2 taken').waitFor()
    await msf!.screenshot({ path: join(screenshotDir(), 'tablet-seat.png') })
  })

  it('tells a tablet when the list is closed, and lets it ask again once reopened', async () => {
    await room.asChair(
      { type: 'request-floor', delegationId: 'TUR' },
      { type: 'request-floor', delegationId: 'msf' },
    )
    const chair = await room.chair()
    const display = await room.open('/display', viewports.display)
    const { MEX: mexico } = await room.tablets('MEX')
    await mexico!.getByRole('button', { name: 'Request the floor' }).waitFor()

    await chair.getByRole('button', { name: 'Close the list' }).click()
    const closed = mexico!.getByRole('button', { name: /The list is closed/ })
    await closed.waitFor()
    expect(await closed.isDisabled()).toBe(true)
    await chair.getByRole('button', { name: 'Open the list' }).click()
    await mexico!.getByRole('button', { name: 'Request the floor' }).click()
    await mexico!.getByText('Your request is on the list.').waitFor()
    await expect.poll(() => display.locator('.upcoming__name').allInnerTexts()).toEqual([
      'Türkiye',
      'Mexico',
      'Médecins Sans Frontières',
    ])
  })

  it('hands a delegation its tablet: the link from the chair’s Tablets page is all the tablet needs', async () => {
    const chair = await room.chair()
    const display = await room.open('/display', viewports.display)

    await chair.getByRole('button', { name: 'Tablets' }).click()
    await chair.getByLabel('Find').fill('Switzerland')
    await chair.getByRole('button', { name: 'Issue link for Switzerland' }).click()
    const link = await chair.getByLabel('Tablet link of Switzerland', { exact: true }).inputValue()
    expect(link).toMatch(/\/delegate#token=[\w.-]{20,}$/)
    const tablet = await room.open(link.replace(/^https?:\/\/[^/]+/, ''), viewports.tablet)
    await tablet.getByRole('button', { name: 'Request the floor' }).click()
    await tablet.getByText('Your request is on the list.').waitFor()
    await expect.poll(() => display.locator('.upcoming__name').allInnerTexts()).toContain('Switzerland')
  })

  it('speaks Arabic, right to left, when the delegate chooses it, and remembers it', async () => {
    await room.asChair({ type: 'request-floor', delegationId: 'MEX' })
    const { MEX: mexico } = await room.tablets('MEX')

    await mexico!.locator('select.language-picker__select').selectOption('ar')
    await expect.poll(() => mexico!.locator('.tablet').getAttribute('dir')).toBe('rtl')
    await mexico!.getByText('المكسيك').first().waitFor()
    await mexico!.reload()
    await expect.poll(() => mexico!.locator('.tablet').getAttribute('dir')).toBe('rtl')
    await mexico!.getByText('المكسيك').first().waitFor()
    await mexico!.screenshot({ path: join(screenshotDir(), 'tablet-ar.png') })
  })
})
