import { screen } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { queueOf } from '../../support/room'
import { elapse, openChair, serverDoes } from './support/chairScreen'

beforeEach(() => window.sessionStorage.clear())

const nextButton = () => screen.getByRole('button', { name: /^(Next|Giving the floor)/ })
const placardField = () => screen.getByRole('combobox', { name: /Find a delegation/ })
const speaker = () => screen.getByRole('region', { name: 'Has the floor' })

describe('Next', () => {
  it('sends the version on screen, by button and by the N key, and shows who speaks', async () => {
    const room = queueOf('MEX', 'CHE', 'TUR')
    const shown = await openChair(room)
    const seen = room.state.version
    expect(nextButton()).toHaveTextContent('to Mexico')

    await shown.user.click(nextButton())
    expect(shown.connection.sent).toEqual([{ type: 'next', expectedVersion: seen }])
    expect(speaker()).toHaveTextContent('Mexico')
    expect(nextButton()).toHaveTextContent('to Switzerland')

    await shown.user.keyboard('n')
    expect(shown.connection.sent[1]).toEqual({ type: 'next', expectedVersion: seen + 1 })
    expect(speaker()).toHaveTextContent('Switzerland')
  })

  it('takes Space as Next when no control has focus, but not while typing a placard', async () => {
    const room = queueOf('MEX', 'CHE')
    const shown = await openChair(room)
    await shown.user.keyboard(' ')
    expect(shown.sentTypes()).toEqual(['next'])

    await shown.user.click(placardField())
    await shown.user.keyboard('n ')
    expect(shown.sentTypes()).toEqual(['next'])
    expect(placardField()).toHaveValue('n ')
  })

  it('never sends a second Next while the first is unanswered', async () => {
    const room = queueOf('MEX', 'CHE', 'TUR')
    const shown = await openChair(room)
    let answer = () => undefined as void
    const serve = shown.connection.answer
    shown.connection.send = (command) => {
      shown.connection.sent.push(command)
      return new Promise((resolve) => {
        answer = () => resolve(serve(command))
      })
    }

    await shown.user.click(nextButton())
    await shown.user.keyboard('nnn ')
    await shown.user.click(nextButton())
    expect(shown.sentTypes()).toEqual(['next'])
    expect(nextButton()).toHaveAttribute('aria-disabled', 'true')
    expect(nextButton()).toHaveTextContent('Giving the floor…')

    await serverDoes(() => answer())
    expect(speaker()).toHaveTextContent('Mexico')
    expect(nextButton()).not.toHaveAttribute('aria-disabled')
    expect(shown.sentTypes()).toEqual(['next'])
  })

  it('on a conflict shows the fresh state in a short notice and sends nothing again', async () => {
    const room = queueOf('MEX', 'CHE', 'TUR')
    const shown = await openChair(room)
    const seen = room.state.version
    // The other co-facilitator was quicker: Mexico has the floor, but this console has not heard yet.
    shown.server.hold()
    await shown.server.chair({ type: 'next' })

    await shown.user.keyboard('n')
    expect(shown.connection.sent).toEqual([{ type: 'next', expectedVersion: seen }])
    // The server's broadcast of the other console's change arrives.
    await shown.server.release()

    const notice = screen.getByRole('alert')
    expect(notice).toHaveTextContent('Not done: the floor had already changed')
    expect(notice).toHaveTextContent('Now speaking: Mexico · next: Switzerland')
    expect(notice).toHaveTextContent('Nothing was sent again')
    expect(speaker()).toHaveTextContent('Mexico')
    expect(shown.server.view().floor?.delegationId).toBe('MEX') // nobody was skipped

    await elapse(10_000)
    expect(shown.connection.sent).toHaveLength(1)

    await shown.user.keyboard('{Escape}')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('gives the floor out of order and ends an intervention, each against the version shown', async () => {
    const room = queueOf('MEX', 'CHE', 'TUR')
    const shown = await openChair(room)
    const turkiye = room.requestIdOf('TUR')
    await shown.user.click(screen.getByRole('button', { name: 'Give the floor to Türkiye now' }))
    expect(shown.connection.sent[0]).toEqual({ type: 'give-floor', requestId: turkiye, expectedVersion: 4 })
    expect(speaker()).toHaveTextContent('Türkiye')
    await shown.user.keyboard('e')
    expect(shown.connection.sent[1]).toEqual({ type: 'end-floor', expectedVersion: 5 })
    expect(speaker()).toHaveTextContent('No one has the floor.')
  })
})

describe('the timer', () => {
  it('counts the remaining time down, then the overrun up in red, and takes pause and ±30 s', async () => {
    const room = queueOf('MEX')
    room.chair({ type: 'next' })
    const shown = await openChair(room)
    const timer = () => screen.getByRole('timer')
    expect(timer()).toHaveTextContent('3:00')

    await elapse(170_000)
    expect(timer()).toHaveTextContent('0:10')
    await elapse(15_000)
    expect(timer()).toHaveTextContent('+0:05')
    expect(timer().closest('[data-phase]')).toHaveAttribute('data-phase', 'overrun')
    expect(screen.getByText('Over time')).toBeVisible()

    await shown.user.keyboard('+')
    expect(timer()).toHaveTextContent('0:25')
    await shown.user.click(screen.getByRole('button', { name: /−30 s/ }))
    expect(timer()).toHaveTextContent('+0:05')

    await shown.user.keyboard('p')
    expect(screen.getByText('Paused')).toBeVisible()
    expect(screen.getByRole('button', { name: /Resume/ })).toBeVisible()
    expect(shown.sentTypes()).toEqual(['add-time', 'add-time', 'pause-timer'])
  })
})
