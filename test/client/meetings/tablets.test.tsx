import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { Room } from '../../support/room'
import { smallMeeting } from '../../support/smallMeeting'
import { openChair } from '../chair/support/chairScreen'

beforeEach(() => {
  window.sessionStorage.clear()
  window.localStorage.clear()
})

/** A second meeting on the server: its own id and title, not the default meeting. */
function dialogue(): Room {
  const room = new Room({ ...smallMeeting, meeting: { ...smallMeeting.meeting, id: 'hrc-55', title: 'HRC 55: interactive dialogue' } })
  room.chair({ type: 'set-segment', segmentId: 'panel-1' })
  return room
}

const rowOf = (name: string) => screen.getByRole('rowheader', { name: new RegExp(name) }).closest('tr') as HTMLElement

describe('the Tablets page of a meeting that is not the default', () => {
  it('names the meeting on the page and on every printed card, and keeps the link to the meeting’s own tablet route', async () => {
    const shown = await openChair(dialogue(), { meetingId: 'hrc-55', url: '/m/hrc-55/chair#token=chair-secret' })
    await shown.user.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Tablets' }))
    expect(screen.getByText('Links of the meeting HRC 55: interactive dialogue')).toBeVisible()

    await shown.user.click(screen.getByRole('button', { name: 'Issue link for Mexico' }))
    const link = within(rowOf('Mexico')).getByRole('textbox', { name: 'Tablet link of Mexico' }) as HTMLInputElement
    expect(link.value).toMatch(/^http:\/\/room\.test\/m\/hrc-55\/delegate#token=.+/)

    await shown.user.click(screen.getByRole('button', { name: 'Show the print sheet' }))
    const sheet = screen.getByRole('region', { name: 'Cards to print: HRC 55: interactive dialogue' })
    const [card] = within(sheet).getAllByRole('listitem')
    expect(card!.querySelector('.print-card__meeting')).toHaveTextContent('HRC 55: interactive dialogue')
    expect(card!.querySelector('.print-card__url')).toHaveTextContent(link.value)
  })

  it('keeps this meeting’s links apart from the default meeting’s in the tab', async () => {
    window.localStorage.setItem('floor.chair.tabletLinks', JSON.stringify({ CHE: { url: 'http://room.test/delegate#token=old', issuedAt: 1 } }))
    const shown = await openChair(dialogue(), { meetingId: 'hrc-55', url: '/m/hrc-55/chair#token=chair-secret' })
    await shown.user.click(within(screen.getByRole('navigation')).getByRole('button', { name: 'Tablets' }))
    expect(within(rowOf('Switzerland')).getByText('No link issued in this browser')).toBeVisible()

    await shown.user.click(screen.getByRole('button', { name: 'Issue link for Mexico' }))
    expect(window.localStorage.getItem('floor.chair.tabletLinks.hrc-55')).toContain('/m/hrc-55/delegate#token=')
    expect(window.localStorage.getItem('floor.chair.tabletLinks')).not.toContain('hrc-55')
    expect(window.sessionStorage.getItem('floor.token.chair.hrc-55')).toBe('chair-secret')
    expect(window.sessionStorage.getItem('floor.token.chair')).toBeNull()
  })
})
