import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { panelOne, queueOf } from '../../support/room'
import { openChair } from './support/chairScreen'

beforeEach(() => window.sessionStorage.clear())

const programme = () => screen.getByRole('region', { name: /Programme/ })

describe('the programme', () => {
  it('lists the segments with their times, the active one marked, and switches with one click', async () => {
    const room = panelOne()
    const shown = await openChair(room)
    const segments = within(programme()).getAllByRole('listitem').map((item) => within(item).getAllByRole('button')[0]!)
    expect(segments.map((segment) => segment.textContent)).toEqual([
      expect.stringContaining('10:15–13:00Panel 1'),
      expect.stringContaining('13:00–15:00Lunch'),
      expect.stringContaining('15:00–17:50Panel 2'),
    ])
    expect(within(programme()).getByRole('heading', { name: /Monday,? 19 June|Monday, June 19/ })).toBeVisible()
    expect(segments[0]).toHaveAttribute('aria-current', 'true')

    await shown.user.click(within(programme()).getAllByRole('button', { name: /Panel 2/ })[0]!)
    expect(shown.connection.sent).toEqual([{ type: 'set-segment', segmentId: 'panel-2' }])
    expect(within(programme()).getAllByRole('button', { name: /Panel 2/ })[0]!).toHaveAttribute('aria-current', 'true')
    expect(document.querySelector('.chair-header')).toHaveTextContent('Panel 2')
  })

  it('sets the guideline for everyone or for one category', async () => {
    const room = queueOf('MEX')
    const shown = await openChair(room)
    await shown.user.type(screen.getByLabelText(/Guideline \(minutes/), '4{Enter}')
    expect(shown.connection.sent[0]).toEqual({ type: 'set-guideline', seconds: 240 })
    expect(programme()).toHaveTextContent('Everyone 4:00')

    await shown.user.selectOptions(screen.getByLabelText('For whom'), 'stakeholder')
    await shown.user.type(screen.getByLabelText(/Guideline \(minutes/), '2:30{Enter}')
    expect(shown.connection.sent[1]).toEqual({ type: 'set-guideline', seconds: 150, category: 'stakeholder' })
    expect(programme()).toHaveTextContent('Stakeholder 2:30')

    await shown.user.type(screen.getByLabelText(/Guideline \(minutes/), 'soon{Enter}')
    expect(screen.getByText(/Write the time as 3, 2:30 or 90s/)).toBeVisible()
    expect(shown.connection.sent).toHaveLength(2)
  })

  it('closes and opens the list', async () => {
    const shown = await openChair(panelOne())
    expect(screen.getByText('List open')).toBeVisible()
    await shown.user.click(screen.getByRole('button', { name: 'Close the list' }))
    expect(shown.connection.sent).toEqual([{ type: 'close-list' }])
    expect(screen.getByText('List closed')).toBeVisible()
    await shown.user.click(screen.getByRole('button', { name: 'Open the list' }))
    expect(shown.sentTypes()).toEqual(['close-list', 'open-list'])
  })
})
