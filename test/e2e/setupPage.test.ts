import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { connectClient } from '../server/support/harness'
import { expectAccepted } from '../support/expectAccepted'
import { adminToken, RoomXIX, screenshotDir, viewports } from './support/room'

let room: RoomXIX
beforeEach(async () => {
  room = await new RoomXIX().start()
})
afterEach(async () => room.close())

describe('a secretariat sets up its own meeting and runs it', () => {
  it('creates a meeting on /admin from a title alone, then runs it from its own chair console, display and a tablet', async () => {
    const setup = await room.open(`/admin#token=${adminToken}`, { width: 1280, height: 900 })
    await expect.poll(() => setup.url()).not.toContain('token=')
    await setup.getByLabel('Title', { exact: true }).first().fill('Human Rights Council: interactive dialogue on migrants')
    await setup.getByRole('button', { name: 'Create meeting' }).click()
    await expect.poll(() => setup.getByRole('heading', { name: /^Meeting created/ }).isVisible()).toBe(true)
    const chairLink = await setup.getByRole('link').filter({ hasText: '/chair#token=' }).first().textContent()
    const displayLink = await setup.getByRole('link').filter({ hasText: /\/display$/ }).first().textContent()
    const meetingId = /\/m\/([a-z0-9-]+)\/chair/.exec(chairLink ?? '')?.[1]
    expect(meetingId).toBe('human-rights-council-interactive-dialogue-on-mig')
    await setup.screenshot({ path: `${screenshotDir()}/setup-created.png` })

    // The new meeting's own pages: chair, room display, and a tablet from a link the chair issues.
    const chair = await room.open(new URL(chairLink!).pathname + new URL(chairLink!).hash, viewports.chair)
    const display = await room.open(new URL(displayLink!).pathname, viewports.display)
    await expect.poll(() => chair.locator('.chair-header__segment').getAttribute('title')).toContain('Human Rights Council')
    const chairToken = new URL(chairLink!).hash.replace('#token=', '')
    const chairSocket = await connectClient(room.url, chairToken)
    expect(chairSocket.state.meeting.id).toBe(meetingId)
    const segmentId = (await (await fetch(`${room.url}/api/meetings/${meetingId}`)).json()).segments[0].id
    expectAccepted(await chairSocket.send({ type: 'set-segment', segmentId }))
    const issued = expectAccepted(await chairSocket.send({ type: 'issue-token', delegationId: 'MEX' }))
    expect(issued.url).toContain(`/m/${meetingId}/delegate#token=`)
    chairSocket.socket.disconnect()
    const tablet = await room.open(new URL(String(issued.url)).pathname + new URL(String(issued.url)).hash, viewports.tablet)

    await tablet.getByRole('button', { name: /Request the floor/ }).click()
    await expect.poll(() => chair.getByText('Mexico').first().isVisible()).toBe(true)
    await chair.keyboard.press('n')
    await expect.poll(() => display.getByText('Mexico').first().isVisible()).toBe(true)
    await expect.poll(() => tablet.getByText(/You have the floor/).first().isVisible()).toBe(true)

    // The demo meeting, beside it, heard nothing of this.
    const demoDisplay = await room.open('/display', viewports.display)
    await expect.poll(() => demoDisplay.locator('body').textContent()).toMatch(/migration/i)
    expect(await demoDisplay.getByText('Mexico').count()).toBe(0)
  })
})
