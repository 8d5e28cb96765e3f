import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { RoomXIX, viewports } from './support/room'

/** A co-facilitator runs a whole segment with the keyboard alone: no mouse, no touch. */
let room: RoomXIX
let chair: Page
let display: Page

beforeEach(async () => {
  room = await new RoomXIX().start()
  chair = await room.chair()
  display = await room.open('/display', viewports.display)
  await chair.locator('.chair-header__connection[data-status="online"]').waitFor()
})

afterEach(async () => room.close())

/** The text of the control that has the keyboard focus ('' while nothing has). */
const focusedText = () =>
  chair.evaluate(() => (document.activeElement === document.body ? '' : (document.activeElement?.textContent ?? '')))
const speaker = () => chair.locator('.speaker__name').innerText()

describe('the chair console with the keyboard alone', () => {
  it('opens a segment, takes placards, gives and ends the floor, and keeps the log', async () => {
    // Tab to Panel 3 in the programme, then Enter.
    for (let presses = 0; !(await focusedText()).includes('Panel 3'); presses++) {
      expect(presses).toBeLessThan(300)
      await chair.keyboard.press('Tab')
    }
    await chair.keyboard.press('Enter')
    await display.locator('.display', { hasText: 'Panel 3' }).waitFor()

    // Placards: "/" jumps to the type-ahead; Enter adds the first match.
    await chair.keyboard.press('/')
    for (const typed of ['mexi', 'CHE', 'holy see']) {
      await chair.keyboard.type(typed)
      await chair.locator('.placards [role="option"]').first().waitFor()
      await chair.keyboard.press('Enter')
      await expect.poll(() => chair.getByLabel('Find a delegation by name, code or seat').inputValue()).toBe('')
    }
    await expect.poll(() => chair.locator('.queue-row__name').allInnerTexts()).toEqual(['Mexico', 'Switzerland', 'Holy See'])

    // Leave the text field, then the shortcuts: N next, P pause and resume, + more time, E end.
    await chair.keyboard.press('Tab')
    await chair.keyboard.press('n')
    await expect.poll(speaker).toBe('Mexico')
    await chair.keyboard.press('p')
    await chair.getByRole('button', { name: /^Resume/ }).waitFor()
    await chair.keyboard.press('p')
    await chair.getByRole('button', { name: /^Pause/ }).waitFor()
    await chair.keyboard.press('+')
    await chair.getByText('Guideline 3:30').waitFor()
    await chair.keyboard.press('n')
    await expect.poll(speaker).toBe('Switzerland')
    await chair.keyboard.press('n')
    await expect.poll(speaker).toBe('Holy See')
    await chair.keyboard.press('e')
    await expect.poll(() => chair.locator('.speaker__name').count()).toBe(0)
    await expect.poll(() => chair.locator('.log tbody tr').count()).toBe(3)
  })
})
