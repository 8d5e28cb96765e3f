import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { chairToken, RoomXIX, screenshotDir, viewports } from './support/room'

/**
 * "A morning in Room XIX": the chair opens Panel 1, four tablets ask for the
 * floor, the chair gives it, the server dies and comes back, every page heals
 * itself, and the export holds the intervention. Each step starts from a room
 * of its own, set up over the chair's socket as the steps before it leave it.
 */
let room: RoomXIX

beforeEach(async () => {
  room = await new RoomXIX().start()
})

afterEach(async () => room.close())

const names = (page: Page, selector: string) => page.locator(selector).allInnerTexts()
/** "2:41" as 161 seconds. */
const seconds = (text: string) => {
  const [minutes, rest] = text.split(':').map(Number)
  return minutes! * 60 + rest!
}
/** The order in which the tablets ask... */
const askingOrder = ['msf', 'VAT', 'CHE', 'MEX']
/** ...and the order in which the meeting's rules give them the floor. */
const speakingOrder = ['Switzerland', 'Mexico', 'Holy See', 'Médecins Sans Frontières']

/** Panel 1 open and the four requests on the list. */
async function fourRequests(): Promise<void> {
  await room.asChair(
    { type: 'set-segment', segmentId: 'panel-1' },
    ...askingOrder.map((delegationId) => ({ type: 'request-floor', delegationId })),
  )
}

/** Switzerland has the floor, Mexico is next. */
async function switzerlandSpeaking(): Promise<void> {
  await fourRequests()
  await room.asChair({ type: 'next' })
}

describe('a morning in Room XIX', () => {
  it('keeps the chair’s token out of the address bar', async () => {
    const chair = await room.chair()
    await expect.poll(() => chair.url()).not.toContain(chairToken)
  })

  it('orders four tablets’ requests by the meeting’s rules on the chair’s list and the display', async () => {
    const chair = await room.chair()
    const display = await room.open('/display', viewports.display)
    const tablets = await room.tablets(...askingOrder)
    await chair.locator('.programme button', { hasText: 'Panel 1' }).click()
    await expect.poll(() => display.locator('.display').innerText()).toContain('Panel 1')

    for (const tablet of Object.values(tablets)) {
      await tablet.getByRole('button', { name: 'Request the floor' }).click()
      await tablet.getByText('Your request is on the list.').waitFor()
    }
    await expect.poll(() => names(chair, '.queue-row__name')).toEqual(speakingOrder)
    await expect.poll(() => names(display, '.upcoming__name')).toEqual(speakingOrder)
  })

  it('gives Switzerland the floor with one key: the display runs its timer and Mexico is told it is next', async () => {
    await fourRequests()
    const chair = await room.chair()
    const display = await room.open('/display', viewports.display)
    const tablets = await room.tablets('MEX', 'CHE')
    await expect.poll(() => names(chair, '.queue-row__name')).toEqual(speakingOrder)

    await chair.locator('body').click({ position: { x: 5, y: 5 } })
    await chair.keyboard.press('n')
    await expect.poll(() => display.locator('.speaker__name').innerText()).toBe('Switzerland')
    const first = await display.getByRole('timer').innerText()
    await expect.poll(() => display.getByRole('timer').innerText()).not.toBe(first)
    expect(await display.getByRole('timer').innerText()).toMatch(/^2:5\d$/)
    await tablets.MEX!.getByText('You are next').first().waitFor()
    await tablets.CHE!.getByText('You have the floor').first().waitFor()
  })

  it('heals every page after the server is killed and restarted on the same data', async () => {
    await switzerlandSpeaking()
    const chair = await room.chair()
    const display = await room.open('/display', viewports.display)
    const tablets = await room.tablets(...askingOrder)
    await display.locator('.speaker__name', { hasText: 'Switzerland' }).waitFor()
    await chair.locator('.chair-header__connection[data-status="online"]').waitFor()
    for (const tablet of Object.values(tablets)) await tablet.locator('.tablet[data-connection="online"]').waitFor()

    const before = {
      speaker: await display.locator('.speaker__name').innerText(),
      list: await names(display, '.upcoming__name'),
      remaining: seconds(await display.getByRole('timer').innerText()),
    }
    await room.crash()
    // Every page says it lost the server...
    await display.locator('.connection-indicator').waitFor()
    await chair.locator('.chair-header__connection:not([data-status="online"])').waitFor()
    await tablets.MEX!.locator('.tablet:not([data-connection="online"])').waitFor()
    await room.restart()
    // ...and comes back by itself, with the same list, speaker and timer.
    await display.locator('.connection-indicator').waitFor({ state: 'detached', timeout: 30_000 })
    await chair.locator('.chair-header__connection[data-status="online"]').waitFor({ timeout: 30_000 })
    for (const tablet of Object.values(tablets)) {
      await tablet.locator('.tablet[data-connection="online"]').waitFor({ timeout: 30_000 })
    }
    expect(await display.locator('.speaker__name').innerText()).toBe(before.speaker)
    expect(await names(display, '.upcoming__name')).toEqual(before.list)
    expect(await names(chair, '.queue-row__name')).toEqual(before.list)
    expect(await chair.locator('.speaker__name').innerText()).toBe('Switzerland')
    await tablets.MEX!.getByText('You are next').first().waitFor()
    // The timer kept its anchors: still counting down from where it was, not from 3:00.
    const timer = await display.getByRole('timer').innerText()
    expect(seconds(timer)).toBeLessThan(before.remaining)
    await expect.poll(() => display.getByRole('timer').innerText()).not.toBe(timer)
    await expect.poll(() => chair.getByRole('button', { name: /^End/ }).isEnabled(), { timeout: 30_000 }).toBe(true)
    const dir = screenshotDir()
    await display.screenshot({ path: join(dir, 'display-speaking.png') })
    await chair.screenshot({ path: join(dir, 'chair-speaking.png') })
    await tablets.CHE!.screenshot({ path: join(dir, 'tablet-floor.png') })
    await tablets.MEX!.screenshot({ path: join(dir, 'tablet-next.png') })
  })

  it('ends the intervention, and the CSV export holds it', async () => {
    await switzerlandSpeaking()
    const chair = await room.chair()
    const display = await room.open('/display', viewports.display)
    await display.locator('.speaker__name', { hasText: 'Switzerland' }).waitFor()
    await expect.poll(() => chair.getByRole('button', { name: /^End/ }).isEnabled()).toBe(true)

    await chair.getByRole('button', { name: /^End/ }).click()
    await expect.poll(() => display.locator('.speaker__name').count()).toBe(0)
    await chair.locator('.log').getByText('Switzerland').waitFor()
    const [download] = await Promise.all([
      chair.waitForEvent('download'),
      chair.locator('.log').getByRole('button', { name: 'CSV' }).click(),
    ])
    const csv = readFileSync((await download.path())!, 'utf8')
    const [header, row] = csv.trim().split(/\r?\n/)
    expect(header).toBe(
      'delegationId,name,category,kind,segmentId,startedAt,endedAt,spokeSeconds,guidelineSeconds,overrunSeconds',
    )
    expect(row).toMatch(/^CHE,Switzerland,member-state,statement,panel-1,\S+Z,\S+Z,\d+,180,0$/)
    const dir = screenshotDir()
    await chair.screenshot({ path: join(dir, 'chair-after.png') })
    await display.screenshot({ path: join(dir, 'display-after.png') })
  })
})
