import { screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { queueOf } from '../../support/room'
import { openChair, serverDoes } from './support/chairScreen'

beforeEach(() => window.sessionStorage.clear())

const nextButton = () => screen.getByRole('button', { name: /^Next/ })

describe('while the connection is down or the view is stale', () => {
  it('disables the controls, says why, ignores the shortcuts, and comes back with a fresh state', async () => {
    const room = queueOf('MEX', 'CHE', 'msf')
    room.chair({ type: 'next' })
    const shown = await openChair(room)
    expect(nextButton()).toBeEnabled()

    await serverDoes(() => shown.connection.goOffline())
    const said = screen.getAllByText(/Connection lost, reconnecting/)
    expect(said.some((element) => element.getAttribute('role') === 'status')).toBe(true)
    expect(nextButton()).toBeDisabled()
    expect(nextButton()).toHaveAccessibleDescription(/controls are off until the console has the current state/)
    for (const name of [/Pause/, /−30 s/, /\+30 s/, /^End/, 'Give the floor to Switzerland now', 'Remove Switzerland from the list', 'Close the list']) {
      expect(screen.getByRole('button', { name })).toBeDisabled()
    }
    expect(screen.getByRole('button', { name: /17:50\s*Panel 2/ })).toBeDisabled()

    await shown.user.keyboard('np+e ')
    await shown.user.type(screen.getByRole('combobox', { name: /Find a delegation/ }), 'tür{Enter}')
    expect(shown.connection.sent).toEqual([])

    // Back online, but the view on screen is from before the drop until the server's state arrives.
    await serverDoes(() => shown.connection.goOnline())
    expect(screen.getAllByText(/waiting for the current state/)[0]).toBeVisible()
    expect(nextButton()).toBeDisabled()

    await serverDoes(() => shown.connection.pushState(shown.server.view('chair')))
    expect(screen.queryAllByText(/waiting for the current state/)).toEqual([])
    expect(nextButton()).toBeEnabled()
    await shown.user.click(nextButton())
    expect(shown.sentTypes()).toEqual(['next'])
  })

  it('shows the connection in the header', async () => {
    const shown = await openChair(queueOf('MEX'))
    const header = () => document.querySelector('.chair-header') as HTMLElement
    expect(header()).toHaveTextContent('Connected')
    await serverDoes(() => shown.connection.goOffline())
    expect(header()).toHaveTextContent('Offline')
  })
})
