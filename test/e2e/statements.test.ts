import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { RoomXIX, screenshotDir } from './support/room'

/**
 * Written statements (PROTOCOL.md section 9) in real browsers: Mexico's
 * tablet attaches its statement, and the interpreters' booth shows its text
 * when Mexico has the floor.
 */
let room: RoomXIX
beforeEach(async () => {
  room = await new RoomXIX().start()
})
afterEach(async () => room.close())

const mexicoStatement = [
  'Statement by Mexico',
  '',
  'Thank you, co-facilitators.',
  '',
  'Mexico welcomes this third informal thematic session on the contributions of migrants and diasporas to all dimensions of sustainable development. Migration is a shared responsibility of countries of origin, transit and destination.',
  '',
  'We call for regular pathways, for the protection of migrant workers and their families, and for remittances that cost less to send.',
].join('\n')

describe('written statements for the interpreters', () => {
  it('a tablet attaches a text statement; the booth shows its text when that delegation has the floor', async () => {
    await room.asChair({ type: 'set-segment', segmentId: 'panel-1' }, { type: 'request-floor', delegationId: 'CHE' })
    const { MEX: tablet } = await room.tablets('MEX')
    const card = tablet!.getByRole('region', { name: 'Written statement' })
    await card.scrollIntoViewIfNeeded()
    await card.getByLabel('File').setInputFiles({ name: 'Mexico statement.txt', mimeType: 'text/plain', buffer: Buffer.from(mexicoStatement) })
    await card.getByLabel('Language of the statement').selectOption('en')
    await card.getByLabel('Publish it after delivery').check()
    await card.getByRole('button', { name: 'Attach' }).click()
    await expect.poll(() => card.getByText('Mexico statement.txt').count()).toBe(1)
    await expect.poll(() => card.getByText('Attached', { exact: true }).count()).toBe(1)
    await tablet!.getByRole('button', { name: 'Request the floor' }).click()
    await expect.poll(() => tablet!.getByText('Your place').count()).toBeGreaterThan(0)
    // Tall enough for the whole page: the tablet's screen scrolls inside its own frame.
    await tablet!.setViewportSize({ width: 1280, height: 1120 })
    await tablet!.evaluate(() => document.querySelector('.tablet')?.scrollTo(0, 0))
    await tablet!.screenshot({ path: join(screenshotDir(), 'tablet-statement.png') })

    // Switzerland speaks first; Mexico waits; a statement the chair attached for the Holy See waits in French.
    const [interpreters] = await room.asChair({ type: 'issue-token', role: 'interpreter' })
    expect(interpreters?.url).toMatch(/\/interpreters#token=/)
    const chairUpload = await fetch(`${room.url}/api/statements?language=fr&delegationId=VAT&filename=Saint-Si%C3%A8ge.txt`, {
      method: 'POST',
      headers: { authorization: 'Bearer e2e-chair-token-0123456789abcdef', 'content-type': 'text/plain' },
      body: 'Déclaration du Saint-Siège\n\nMerci, Madame la Co-facilitatrice.',
    })
    expect(chairUpload.status).toBe(201)
    await room.asChair({ type: 'request-floor', delegationId: 'VAT' }, { type: 'next' })
    const booth = await room.open(new URL(String(interpreters?.url)).pathname + new URL(String(interpreters?.url)).hash, { width: 1280, height: 720 })
    await expect.poll(() => booth.getByRole('heading', { name: 'Switzerland' }).count()).toBe(1)
    await expect.poll(() => booth.getByRole('button', { name: /Mexico statement\.txt/ }).count()).toBe(1)
    expect(await booth.getByTestId('statement-text').count()).toBe(0)

    // Mexico has the floor: its text is open in the booth.
    const mexico = (await room.asChair({ type: 'next' }))[0]
    expect(mexico?.requestId).toBeDefined()
    await expect.poll(() => booth.getByRole('heading', { name: 'Mexico' }).count()).toBe(1)
    await expect.poll(() => booth.getByTestId('statement-text').innerText()).toContain('Mexico welcomes this third informal thematic session')
    await booth.screenshot({ path: join(screenshotDir(), 'interpreters.png') })
  })
})
