import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { panelOne } from '../../support/room'
import { openChair } from './support/chairScreen'

beforeEach(() => window.sessionStorage.clear())

const list = () => screen.getByRole('list', { name: 'List of speakers' })

describe('the forecast in the list', () => {
  it('gives each request its expected start and draws the time-permitting line where the forecast passes the end', async () => {
    // Panel 1 ends at 13:00; just after 12:52 Mexico takes the floor for three minutes.
    const room = panelOne().advance(Date.parse('2017-06-19T12:52:00+02:00') - Date.parse('2017-06-19T10:30:00+02:00'))
    room.request('MEX', 'CHE', 'TUR', 'FRA', 'msf')
    room.chair({ type: 'next' })
    await openChair(room)

    // The rows of the list; the time-permitting line is an item of its own between them.
    const items = within(list()).getAllByRole('listitem').filter((item) => item.dataset.timePermitting !== undefined)
    expect(items.map((item) => [item.querySelector('.queue-row__name')?.textContent, item.querySelector('.queue-row__expected')?.textContent])).toEqual([
      ['Switzerland', '≈ 12:55'],
      ['Türkiye', '≈ 12:58'],
      ['France', '≈ 13:01'],
      ['Médecins Sans Frontières', '≈ 13:04'],
    ])

    const line = within(list()).getByText('Time permitting').closest('li')!
    expect(line).toHaveTextContent('from here on the forecast passes the segment’s end (13:00)')
    expect(line.previousElementSibling).toHaveTextContent('Türkiye')
    expect(line.nextElementSibling).toHaveTextContent('France')
    expect(items.map((item) => item.dataset.timePermitting)).toEqual(['false', 'false', 'true', 'true'])
    expect(screen.getByText(/Segment ends 13:00/)).toBeVisible()
  })

  it('draws no line when everyone is expected before the end', async () => {
    const room = panelOne().request('MEX', 'CHE')
    await openChair(room)
    expect(within(list()).queryByText('Time permitting')).not.toBeInTheDocument()
  })
})
