import { screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { queueOf } from '../../support/room'
import { openChair } from './support/chairScreen'

/**
 * jsdom lays nothing out, and dnd-kit moves a row by the keyboard from its
 * measured place to the nearest row below or above. Each row is given the
 * place it would have on screen: 40 px high, one under the other.
 */
function layOutRows(): void {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const row = this.closest('.queue-row')
    const rows = row ? [...document.querySelectorAll('.queue-row')] : []
    const top = Math.max(0, rows.indexOf(row as Element)) * 40
    const height = row ? 40 : 0
    return { x: 0, y: top, top, left: 0, right: 600, bottom: top + height, width: row ? 600 : 0, height, toJSON: () => ({}) } as DOMRect
  })
}

beforeEach(() => {
  window.sessionStorage.clear()
  layOutRows()
})
afterEach(() => vi.restoreAllMocks())

const list = () => screen.getByRole('list', { name: 'List of speakers' })
const order = () => within(list()).getAllByRole('listitem').map((row) => row.querySelector('.queue-row__name')?.textContent)
const handleOf = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}, no\\. \\d+`) })

describe('reordering the list from the keyboard', () => {
  it('picks a row up with Space, carries it down with the arrows and drops it with Space: move to that index', async () => {
    const room = queueOf('MEX', 'CHE', 'TUR', 'FRA')
    const shown = await openChair(room)
    const mexico = room.requestIdOf('MEX')
    const seen = room.state.version

    await shown.user.keyboard('l')
    expect(handleOf('Mexico')).toHaveFocus()
    await shown.user.keyboard('[Space]')
    await shown.user.keyboard('[ArrowDown][ArrowDown]')
    await shown.user.keyboard('[Space]')

    expect(shown.connection.sent).toEqual([{ type: 'move', requestId: mexico, toIndex: 2, expectedVersion: seen }])
    expect(order()).toEqual(['Switzerland', 'Türkiye', 'Mexico', 'France'])
    expect(shown.server.order()).toEqual(['CHE', 'TUR', 'MEX', 'FRA'])
  })

  it('carries a row up, and puts it back with Escape without sending anything', async () => {
    const room = queueOf('MEX', 'CHE', 'TUR', 'FRA')
    const shown = await openChair(room)
    handleOf('France').focus()
    await shown.user.keyboard('[Space][ArrowUp][Escape]')
    expect(shown.connection.sent).toEqual([])
    await shown.user.keyboard('[Space][ArrowUp][ArrowUp][ArrowUp][Space]')
    expect(shown.connection.sent).toEqual([
      { type: 'move', requestId: room.requestIdOf('FRA'), toIndex: 0, expectedVersion: expect.any(Number) },
    ])
    expect(order()).toEqual(['France', 'Mexico', 'Switzerland', 'Türkiye'])
  })

  it('moves the focused row one place with Alt+↓, walks the rows with ↑/↓, gives the floor with G and removes with Delete', async () => {
    const room = queueOf('MEX', 'CHE', 'TUR', 'FRA')
    const shown = await openChair(room)
    await shown.user.keyboard('l{Alt>}[ArrowDown]{/Alt}')
    expect(shown.connection.sent[0]).toMatchObject({ type: 'move', requestId: room.requestIdOf('MEX'), toIndex: 1 })
    expect(order()).toEqual(['Switzerland', 'Mexico', 'Türkiye', 'France'])
    expect(handleOf('Mexico')).toHaveFocus()

    await shown.user.keyboard('[ArrowDown]')
    expect(handleOf('Türkiye')).toHaveFocus()
    await shown.user.keyboard('[Delete]')
    expect(shown.connection.sent[1]).toMatchObject({ type: 'remove' })
    expect(order()).toEqual(['Switzerland', 'Mexico', 'France'])
    // Focus stays in the list, on the row that took the removed one's place.
    expect(handleOf('France')).toHaveFocus()

    await shown.user.keyboard('g')
    expect(shown.connection.sent[2]).toMatchObject({ type: 'give-floor' })
    expect(screen.getByRole('region', { name: 'Has the floor' })).toHaveTextContent('France')
  })

  it('is a single stop in the tab order, whose row buttons follow it', async () => {
    const room = queueOf('MEX', 'CHE', 'msf')
    await openChair(room)
    const tabbable = within(list()).getAllByRole('button').filter((button) => button.tabIndex === 0)
    expect(tabbable.map((button) => button.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(/^Mexico, no\. 1/),
      'Give the floor to Mexico now',
      'Remove Mexico from the list',
    ])
  })
})

describe('calling a stakeholder to a reserved seat', () => {
  it('sends call-to-seat and shows both seats’ occupancy', async () => {
    const room = queueOf('MEX', 'msf', 'psi', 'coparmex')
    const shown = await openChair(room)
    expect(screen.getByText('Reserved stakeholder seats: 0 of 2 taken')).toBeVisible()
    expect(screen.queryByRole('button', { name: 'Call Mexico to a reserved seat' })).not.toBeInTheDocument()

    await shown.user.click(screen.getByRole('button', { name: 'Call Médecins Sans Frontières to a reserved seat' }))
    await shown.user.click(screen.getByRole('button', { name: 'Call Public Services International to a reserved seat' }))
    expect(shown.sentTypes()).toEqual(['call-to-seat', 'call-to-seat'])
    const seats = screen.getByRole('region', { name: /Reserved stakeholder seats/ })
    expect(seats).toHaveTextContent('Reserved stakeholder seats: 2 of 2 taken')
    expect(seats).toHaveTextContent('Médecins Sans Frontières · waiting, no. 2')
    expect(seats).toHaveTextContent('Public Services International · waiting, no. 3')
    expect(screen.getByRole('button', { name: 'Call COPARMEX to a reserved seat' })).toBeDisabled()
  })
})
