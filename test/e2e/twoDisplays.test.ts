import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { RoomXIX, viewports } from './support/room'

/**
 * Two screens side by side, one of them on a device whose clock is three
 * minutes fast and the other two minutes slow: both show the server's second.
 */
let room: RoomXIX
let fast: Page
let slow: Page

/** Shifts the page's wall clock, as a badly set device would have it. */
async function displayWithClockOff(offsetMs: number, path: string): Promise<Page> {
  const page = await room.open(path, viewports.display)
  await page.context().addInitScript((offset) => {
    const realNow = Date.now.bind(Date)
    Date.now = () => realNow() + offset
  }, offsetMs)
  await page.reload()
  // The device's clock really is off by that much.
  expect(Math.abs((await page.evaluate(() => Date.now())) - Date.now() - offsetMs)).toBeLessThan(1000)
  return page
}

beforeEach(async () => {
  room = await new RoomXIX().start()
  fast = await displayWithClockOff(+180_000, '/display')
  slow = await displayWithClockOff(-120_000, '/display/overlay')
  await room.asChair(
    { type: 'set-segment', segmentId: 'panel-1' },
    { type: 'request-floor', delegationId: 'CHE' },
    { type: 'next' },
  )
})

afterEach(async () => room.close())

const timerOf = (page: Page) => page.getByRole('timer').first().innerText()
const seconds = (text: string) => {
  const [minutes, rest] = text.replace('+', '').split(':').map(Number)
  return minutes! * 60 + rest!
}

describe('two displays with wrong clocks', () => {
  it('show the same second as each other, within the one they straddle', async () => {
    await expect.poll(() => timerOf(fast)).toMatch(/^2:\d\d$/)
    await expect.poll(() => timerOf(slow)).toMatch(/^2:\d\d$/)
    let same = 0
    for (let sample = 0; sample < 10; sample++) {
      const [a, b] = await Promise.all([timerOf(fast), timerOf(slow)])
      // Read a few milliseconds apart, the two may straddle a second; never more.
      expect(Math.abs(seconds(a) - seconds(b))).toBeLessThanOrEqual(1)
      if (a === b) same += 1
    }
    expect(same).toBeGreaterThan(5)
  })
})
