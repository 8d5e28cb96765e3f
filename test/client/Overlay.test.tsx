import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { queueOf, type Room } from '../support/room'
import { renderOverlay, serverDoes, showAt } from './support/screens'

async function overlayOf(room: Room, search = '') {
  vi.useFakeTimers({ now: room.now })
  const shown = renderOverlay({ search })
  await serverDoes(() => {
    shown.connection.goOnline()
    shown.connection.pushState(room.view('display'))
  })
  return shown
}

describe('the webcast lower third', () => {
  it('shows the speaker, their delegation type and the running timer on a transparent page', async () => {
    const room = queueOf('PSE', 'msf')
    room.chair({ type: 'next' })
    const start = room.now
    await overlayOf(room)
    expect(screen.getByText('State of Palestine')).toBeVisible()
    expect(screen.getByText('Observer State')).toBeVisible()
    await showAt(start + 185_000)
    expect(screen.getByRole('timer')).toHaveTextContent('+0:05')
    expect(screen.getByRole('timer')).toHaveAttribute('data-phase', 'overrun')
    expect(document.documentElement.dataset.surface).toBe('overlay')
  })

  it('names the kind of intervention when it is not a statement', async () => {
    const room = queueOf('MEX')
    room.tablet('CHE', { type: 'request-floor', kind: 'right-of-reply' })
    room.chair({ type: 'next' })
    room.chair({ type: 'next' })
    await overlayOf(room, '?lang=es')
    expect(screen.getByText('Estado Miembro · Derecho de respuesta')).toBeVisible()
  })

  it('draws nothing while nobody has the floor', async () => {
    const { container } = await overlayOf(queueOf('MEX'))
    expect(container).toBeEmptyDOMElement()
  })
})
