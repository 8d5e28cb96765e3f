import { screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { queueOf } from '../../support/room'
import { openChair } from './support/chairScreen'

beforeEach(() => window.sessionStorage.clear())

describe('the timer controls', () => {
  it('pause twice before the paused timer is on screen sends Pause once', async () => {
    const room = queueOf('MEX')
    room.chair({ type: 'next' })
    const shown = await openChair(room)
    // The server acknowledges at once; its `state` is still on the way.
    shown.server.hold()
    await shown.user.keyboard('pp')
    expect(shown.sentTypes()).toEqual(['pause-timer'])

    await shown.server.release()
    expect(screen.getByRole('button', { name: /^Resume/ })).toBeVisible()
    await shown.user.keyboard('p')
    expect(shown.sentTypes()).toEqual(['pause-timer', 'resume-timer'])
  })
})
