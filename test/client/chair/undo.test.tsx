import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { queueOf } from '../../support/room'
import { elapse, openChair } from './support/chairScreen'

beforeEach(() => window.sessionStorage.clear())

const speaker = () => screen.getByRole('region', { name: 'Has the floor' })
const undoButton = () => screen.queryByRole('button', { name: /^Undo/ })
const programme = () => screen.getByRole('region', { name: /Programme/ })

describe('undo on the chair console', { timeout: 30_000 }, () => {
  it('offers "Undo Next" after Next, takes it back against the version on screen and says what it undid', async () => {
    const room = queueOf('MEX', 'CHE')
    const shown = await openChair(room)
    expect(undoButton()).toBeNull()
    await shown.user.click(screen.getByRole('button', { name: /^Next/ }))
    await shown.user.click(screen.getByRole('button', { name: /^Next/ }))
    expect(speaker()).toHaveTextContent('Switzerland')
    const seen = shown.server.state.version

    await shown.user.click(undoButton()!)
    expect(shown.connection.sent.at(-1)).toEqual({ type: 'undo', expectedVersion: seen })
    expect(speaker()).toHaveTextContent('Mexico')
    expect(screen.getByText(/^Undone: Next to Switzerland\./)).toHaveAttribute('role', 'status')
    expect(undoButton()).toBeNull()
  })

  it('undoes a removal with Ctrl+Z, but not while the chair types in a field', async () => {
    const room = queueOf('MEX', 'CHE')
    const shown = await openChair(room)
    await shown.user.click(screen.getByRole('button', { name: 'Remove Switzerland from the list' }))
    expect(undoButton()).toHaveTextContent('Undo removing Switzerland')

    await shown.user.click(screen.getByRole('combobox', { name: /Find a delegation/ }))
    await shown.user.keyboard('{Control>}z{/Control}')
    expect(shown.sentTypes()).toEqual(['remove'])

    await shown.user.click(speaker())
    await shown.user.keyboard('{Control>}z{/Control}')
    expect(shown.sentTypes()).toEqual(['remove', 'undo'])
    expect(shown.server.order()).toEqual(['MEX', 'CHE'])
    expect(screen.getByText('Undone: Switzerland is back on the list.')).toBeVisible()
  })

  it('stops offering it after five minutes, and after any other change', async () => {
    const room = queueOf('MEX', 'CHE')
    const shown = await openChair(room)
    await shown.user.click(screen.getByRole('button', { name: /^Next/ }))
    expect(undoButton()).toHaveTextContent('Undo Next (Mexico)')
    await elapse(5 * 60_000 + 1_000)
    expect(undoButton()).toBeNull()

    await shown.user.click(screen.getByRole('button', { name: /^Next/ }))
    expect(undoButton()).not.toBeNull()
    await shown.user.keyboard('p')
    expect(undoButton()).toBeNull()
  })
})

describe('switching segment while someone speaks', { timeout: 30_000 }, () => {
  it('asks first, and switches only when confirmed', async () => {
    const room = queueOf('MEX')
    const shown = await openChair(room)
    await shown.user.click(screen.getByRole('button', { name: /^Next/ }))
    await shown.user.click(within(programme()).getAllByRole('button', { name: /Panel 2/ })[0]!)
    expect(shown.sentTypes()).toEqual(['next'])
    expect(programme()).toHaveTextContent('Switch to “Panel 2”? Mexico has the floor: switching ends the intervention.')

    await shown.user.click(within(programme()).getByRole('button', { name: 'Stay' }))
    expect(shown.sentTypes()).toEqual(['next'])
    await shown.user.click(within(programme()).getAllByRole('button', { name: /Panel 2/ })[0]!)
    await shown.user.click(within(programme()).getByRole('button', { name: 'Switch and end it' }))
    expect(shown.connection.sent.at(-1)).toEqual({ type: 'set-segment', segmentId: 'panel-2' })
  })

  it('switches at once when no one has the floor', async () => {
    const room = queueOf('MEX')
    const shown = await openChair(room)
    await shown.user.click(within(programme()).getAllByRole('button', { name: /Panel 2/ })[0]!)
    expect(shown.connection.sent).toEqual([{ type: 'set-segment', segmentId: 'panel-2' }])
  })
})

describe('small things the console says', { timeout: 30_000 }, () => {
  it('says what the forecast rests on', async () => {
    const room = queueOf('MEX', 'CHE', 'TUR', 'FRA')
    for (const seconds of [100, 170, 150]) {
      room.chair({ type: 'next' })
      room.advance(seconds * 1000)
    }
    room.chair({ type: 'end-floor' })
    await openChair(room)
    expect(screen.getByText('Forecast: median of 3 statements, 2:30')).toBeVisible()
  })

  it('says when the segment overruns its programme end', async () => {
    const room = queueOf('MEX')
    room.advance(3 * 60 * 60_000) // 13:30, the programme ends Panel 1 at 13:00
    await openChair(room)
    expect(document.querySelector('.queue__ends')).toHaveTextContent(/^Segment over its programme end 13:00 by 30:0\d$/)
  })

  it('says when −30 s takes the guideline below the time spoken, and why C does nothing for a Member State', async () => {
    const room = queueOf('MEX', 'CHE')
    room.chair({ type: 'next' })
    room.advance(160_000)
    const shown = await openChair(room)
    await shown.user.click(screen.getByRole('button', { name: /−30 s/ }))
    expect(screen.getByText('Guideline 2:30: less than the 2:40 already spoken, so the speaker is now over time.')).toBeVisible()

    screen.getByRole('button', { name: /^Switzerland, no\. 1/ }).focus()
    await shown.user.keyboard('c')
    expect(shown.sentTypes()).toEqual(['add-time'])
    expect(screen.getByText('Switzerland is not a stakeholder: only stakeholders are called to the reserved seats.')).toBeVisible()
  })
})
