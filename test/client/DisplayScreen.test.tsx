import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { panelOne, queueOf, Room } from '../support/room'
import { renderDisplay, serverDoes, showAt, type ScreenOptions } from './support/screens'

async function displayOf(room: Room, options: ScreenOptions = {}) {
  vi.useFakeTimers({ now: room.now })
  const shown = renderDisplay(options)
  await serverDoes(() => {
    shown.connection.goOnline()
    shown.connection.pushState(room.view('display'))
  })
  return shown
}

const speaker = () => screen.getByRole('heading', { level: 1 })
const nextSpeakers = () => screen.getByRole('complementary')

describe('the room display, someone speaking', () => {
  it('shows who has the floor, with flag and category, under the segment’s title', async () => {
    const room = queueOf('MEX', 'msf', 'VAT')
    room.chair({ type: 'next' })
    await displayOf(room)
    expect(speaker()).toHaveTextContent('Mexico')
    expect(speaker().parentElement?.querySelector('img')).toHaveAttribute('data-flag', 'MX')
    expect(screen.getByText('Member State')).toBeVisible()
    expect(screen.getByRole('banner')).toHaveTextContent('Panel 1')
    expect(screen.getByRole('banner')).toHaveTextContent('10:30') // Geneva time, from the server's clock
  })

  it('lists the next five speakers in order and says how many more wait', async () => {
    const room = queueOf('MEX', 'CHE', 'TUR', 'FRA', 'VAT', 'PSE', 'iom', 'unhcr', 'msf')
    room.chair({ type: 'next' })
    await displayOf(room)
    const entries = within(nextSpeakers()).getAllByRole('listitem')
    expect(entries.map((entry) => entry.textContent)).toEqual([
      '1Switzerland',
      '2Türkiye',
      '3France',
      '4Holy See',
      '5State of Palestine',
    ])
    expect(within(nextSpeakers()).getByText('and 3 more')).toBeVisible()
    expect(within(nextSpeakers()).getByRole('heading')).toHaveTextContent('Next speakers')
  })

  it('marks a point of order', async () => {
    const room = queueOf('MEX', 'msf')
    room.tablet('FRA', { type: 'request-floor', kind: 'point-of-order' })
    room.chair({ type: 'next' })
    await displayOf(room)
    expect(speaker()).toHaveTextContent('France')
    expect(screen.getByText('Point of order')).toBeVisible()
  })

  it('draws a line where the list runs past the segment’s end', async () => {
    const room = panelOne().advance(Date.parse('2017-06-19T12:52:00+02:00') - Date.parse('2017-06-19T10:30:00+02:00'))
    room.request('MEX', 'CHE', 'TUR', 'FRA')
    room.chair({ type: 'next' })
    await displayOf(room)
    const entries = within(nextSpeakers()).getAllByRole('listitem')
    expect(entries.map((entry) => entry.dataset.timePermitting)).toEqual(['false', 'false', 'true'])
    expect(within(entries[2]!).getByText('time permitting')).toBeVisible()
  })

  it('has no controls at all', async () => {
    const room = queueOf('MEX', 'msf')
    room.chair({ type: 'next' })
    await displayOf(room)
    for (const role of ['button', 'link', 'textbox', 'checkbox', 'combobox'] as const) {
      expect(screen.queryAllByRole(role)).toEqual([])
    }
  })
})

describe('the room display, nobody speaking', () => {
  it('shows the segment, whether its list is open, and the list', async () => {
    await displayOf(queueOf('MEX', 'msf', 'VAT'))
    expect(screen.getByRole('banner')).toHaveTextContent('Panel 1')
    expect(screen.getByText('No one has the floor')).toBeVisible()
    expect(screen.getByText('The list is open')).toBeVisible()
    expect(screen.getAllByRole('listitem').map((entry) => entry.textContent)).toEqual([
      '1Mexico',
      '2Holy See',
      '3MSFMédecins Sans Frontières', // an organization's badge: its initials
    ])
  })

  it('says when nobody has asked yet, and when the list is closed', async () => {
    const room = panelOne()
    room.chair({ type: 'close-list' })
    await displayOf(room)
    expect(screen.getByText('No one has asked for the floor yet')).toBeVisible()
    expect(screen.getByText('The list is closed')).toBeVisible()
  })

  it('says so when no segment is in session', async () => {
    await displayOf(new Room())
    expect(screen.getByText('The meeting is not in session')).toBeVisible()
  })
})

describe('the room display’s languages and theme', () => {
  it('shows two languages side by side with ?lang=fr,ar, names from the roster, Arabic right to left', async () => {
    const room = queueOf('TUR', 'MEX')
    room.chair({ type: 'next' })
    await displayOf(room, { search: '?lang=fr,ar' })
    expect(speaker()).toHaveTextContent('Turquie')
    expect(screen.getByText('État Membre')).toHaveAttribute('lang', 'fr')
    const arabic = screen.getByText('دولة عضو')
    expect(arabic).toHaveAttribute('lang', 'ar')
    expect(arabic).toHaveAttribute('dir', 'rtl')
    expect(document.documentElement).toHaveAttribute('lang', 'fr')
    expect(document.documentElement).toHaveAttribute('dir', 'ltr')
  })

  it('lays the whole screen out right to left when Arabic leads', async () => {
    const room = queueOf('MEX')
    room.chair({ type: 'next' })
    const { container } = await displayOf(room, { search: '?lang=ar' })
    expect(document.documentElement).toHaveAttribute('dir', 'rtl')
    expect(container.querySelector('.display')).toHaveAttribute('dir', 'rtl')
    expect(screen.getByText('المتكلمون التالون')).toBeVisible()
  })

  it('switches to the high-contrast theme with ?theme=contrast', async () => {
    const { container } = await displayOf(queueOf('MEX'), { search: '?theme=contrast' })
    expect(container.querySelector('.display')).toHaveAttribute('data-theme', 'contrast')
  })
})

describe('the room display offline', () => {
  it('says the connection dropped, keeps the timer running, and measures the clock again on return', async () => {
    const room = queueOf('MEX', 'msf')
    room.chair({ type: 'next' })
    const { connection } = await displayOf(room)
    const start = room.now
    expect(screen.queryByRole('status')).toBeNull()

    await serverDoes(() => connection.goOffline())
    expect(screen.getByRole('status')).toHaveTextContent('Connection lost, reconnecting…')
    await showAt(start + 20_000)
    expect(screen.getByRole('timer')).toHaveTextContent('2:40')

    const before = connection.clockRequests
    await serverDoes(() => connection.goOnline())
    await showAt(start + 21_000)
    expect(screen.queryByRole('status')).toBeNull()
    expect(connection.clockRequests).toBeGreaterThan(before)
    expect(screen.getByRole('timer')).toHaveTextContent('2:39')
  })

  it('says it is connecting before the first state arrives', async () => {
    vi.useFakeTimers()
    renderDisplay()
    await showAt(Date.now())
    expect(screen.getByRole('status')).toHaveTextContent('Connecting…')
  })
})
