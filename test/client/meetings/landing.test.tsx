import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { MeetingSummary } from '@floor/shared'
import { Landing } from '../../../client/src/app/Landing'

const meetings: MeetingSummary[] = [
  {
    id: 'gcm-3',
    title: 'Third informal thematic session',
    venue: 'Palais des Nations, Geneva',
    timeZone: 'Europe/Zurich',
    startsAt: '2017-06-19T10:00:00+02:00',
    endsAt: '2017-06-20T18:00:00+02:00',
    archived: true,
  },
  {
    id: 'hrc-55-id',
    title: 'Interactive dialogue <b>on</b> the Special Rapporteur',
    timeZone: 'America/New_York',
    // 23:30 on the 3rd in New York is already the 4th in UTC: the meeting's own day counts.
    startsAt: '2030-03-03T23:30:00-05:00',
    endsAt: '2030-03-04T01:00:00-05:00',
    archived: false,
  },
]

const entryOf = (title: RegExp) => screen.getByRole('listitem', { name: title })

describe('the start page', () => {
  it('lists the meetings with their dates in their own zone, archived ones marked and last', async () => {
    render(<Landing loadMeetings={() => Promise.resolve(meetings)} />)
    const list = await screen.findByRole('list')
    const titles = within(list).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)
    expect(titles).toEqual(['Interactive dialogue <b>on</b> the Special Rapporteur', 'Third informal thematic sessionArchived'])
    expect(document.querySelector('b')).toBeNull()

    expect(entryOf(/Third informal/)).toHaveTextContent(/Palais des Nations, Geneva · (19\s*–\s*20 June|June 19\s*–\s*20,) 2017/)
    expect(within(entryOf(/Third informal/)).getByText('Archived')).toBeVisible()
    expect(entryOf(/Interactive dialogue/)).toHaveTextContent(/(3\s*–\s*4 March|March 3\s*–\s*4,) 2030/)
    expect(within(entryOf(/Interactive dialogue/)).queryByText('Archived')).toBeNull()
  })

  it('links each meeting’s display and overlay within that meeting, and the setup page', async () => {
    render(<Landing loadMeetings={() => Promise.resolve(meetings)} />)
    const display = await screen.findByRole('link', { name: 'Room display of Third informal thematic session' })
    expect(display).toHaveAttribute('href', '/m/gcm-3/display')
    expect(screen.getByRole('link', { name: 'Webcast lower third of Third informal thematic session' })).toHaveAttribute(
      'href',
      '/m/gcm-3/display/overlay',
    )
    expect(screen.getByRole('link', { name: /Room display of Interactive dialogue/ })).toHaveAttribute('href', '/m/hrc-55-id/display')
    expect(screen.getByRole('link', { name: 'Set up a meeting' })).toHaveAttribute('href', '/admin')
    expect(screen.queryByRole('link', { name: /chair/i })).toBeNull()
  })

  it('keeps the default meeting’s pages at hand when the list cannot be loaded', async () => {
    render(<Landing loadMeetings={() => Promise.reject(new Error('offline'))} />)
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded')
    expect(screen.getByRole('link', { name: 'Room display' })).toHaveAttribute('href', '/display')
    expect(screen.getByRole('link', { name: 'Webcast lower third' })).toHaveAttribute('href', '/display/overlay')
  })

  it('says so when no meeting is set up', async () => {
    render(<Landing loadMeetings={() => Promise.resolve([])} />)
    expect(await screen.findByText('No meeting has been set up on this server yet.')).toBeVisible()
  })
})
