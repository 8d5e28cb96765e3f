import { act, fireEvent, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { panelOne, queueOf } from '../../support/room'
import { elapse } from '../support/screens'
import { tabletOf } from './support/tablet'
import { withdrawGraceMs } from '../../../client/src/delegate/intentDelivery'

async function press(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element)
  })
  await elapse(0)
}

const requestButton = () => screen.getByRole('button', { name: 'Request the floor' })

describe('a tap made while offline', () => {
  it('is shown as not sent yet, sent exactly once when the connection returns, and confirmed', async () => {
    const { connection, server } = await tabletOf(queueOf('CHE'), 'MEX')
    await act(async () => connection.goOffline())
    expect(requestButton()).toHaveAccessibleDescription(
      'Not connected: a tap is kept and sent when the connection returns.',
    )

    await press(requestButton())
    expect(connection.sent).toEqual([])
    const pending = screen.getByRole('status')
    expect(pending).toHaveTextContent('Not sent yet')
    expect(pending).toHaveTextContent('Request the floor')
    expect(pending).toHaveTextContent('It will be sent when the connection returns.')
    expect(screen.queryByRole('button', { name: 'Request the floor' })).toBeNull() // no second tap to queue

    await server.reconnect(connection)
    await elapse(0)
    expect(connection.sent).toEqual([{ type: 'request-floor', kind: 'statement' }])
    expect(screen.getByRole('status')).toHaveTextContent('Sent when the connection returned: your request is on the list.')
    expect(screen.getByText('2nd')).toBeVisible()

    // Later drops and returns send nothing more.
    await act(async () => connection.goOffline())
    await server.reconnect(connection)
    await elapse(0)
    expect(connection.sent).toHaveLength(1)
    expect(server.order()).toEqual(['CHE', 'MEX'])
  })

  it('can be cancelled, and then is never sent', async () => {
    const { connection, server } = await tabletOf(queueOf('CHE'), 'MEX')
    await act(async () => connection.goOffline())
    await press(requestButton())
    await press(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.getByRole('status')).toHaveTextContent('Not sent: you cancelled it.')
    expect(requestButton()).toBeEnabled()

    await server.reconnect(connection)
    await elapse(0)
    expect(connection.sent).toEqual([])
    expect(screen.getByText('You are not on the list')).toBeVisible()
  })

  it('is dropped, and the user told, when the connection stays away too long', async () => {
    const { connection, server } = await tabletOf(queueOf('CHE'), 'MEX', { holdMs: 120_000 })
    await act(async () => connection.goOffline())
    await press(requestButton())
    await elapse(119_000)
    expect(screen.getByRole('status')).toHaveTextContent('Not sent yet')

    await elapse(1_000)
    const notSent = screen.getByText('Not sent: the connection did not return within 2 minutes. Tap again once it is back.')
    expect(notSent.closest('[role=alert]')).not.toBeNull()
    expect(requestButton()).toBeEnabled()

    await server.reconnect(connection)
    await elapse(0)
    expect(connection.sent).toEqual([])
  })

  it('tells why when the server refuses it on return', async () => {
    const { connection, server } = await tabletOf(queueOf('CHE'), 'MEX')
    await act(async () => connection.goOffline())
    await press(requestButton())
    await server.chair({ type: 'close-list' }) // while this tablet was away

    await server.reconnect(connection)
    await elapse(0)
    expect(connection.sent).toHaveLength(1)
    expect(screen.getByText('Not accepted: the list of speakers is closed.')).toBeVisible()
    expect(screen.getByRole('button', { name: 'The list is closed' })).toBeDisabled()
  })

  it('works for a withdrawal too', async () => {
    const room = queueOf('CHE', 'MEX')
    const requestId = room.requestIdOf('MEX')
    const { connection, server } = await tabletOf(room, 'MEX')
    await act(async () => connection.goOffline())
    await press(screen.getByRole('button', { name: 'Withdraw' }))
    await elapse(withdrawGraceMs)
    expect(screen.getByRole('status')).toHaveTextContent('Not sent yetWithdraw: Statement')
    expect(connection.sent).toEqual([])

    await server.reconnect(connection)
    await elapse(0)
    expect(connection.sent).toEqual([{ type: 'withdraw', requestId }])
    expect(screen.getByText('Sent when the connection returned: your request was withdrawn.')).toBeVisible()
    expect(screen.getByText('You are not on the list')).toBeVisible()
  })

  it('is asked again on return when the link dropped before its answer, and the list holds it once', async () => {
    const room = panelOne()
    const { connection, server } = await tabletOf(room, 'MEX')
    const answer = connection.answer
    // The server takes the request, but the link drops before the answer arrives.
    connection.answer = (command) => {
      answer(command)
      connection.answer = answer
      connection.goOffline()
      return { ok: false, error: { code: 'timeout', message: 'No answer from the server.' } }
    }
    await press(requestButton())
    expect(screen.getByRole('status')).toHaveTextContent('It will be sent when the connection returns.')

    await server.reconnect(connection)
    await elapse(0)
    expect(connection.sent).toHaveLength(2) // asking again answers the same request
    expect(server.order()).toEqual(['MEX'])
    expect(screen.getByText('Sent when the connection returned: your request is on the list.')).toBeVisible()
    expect(screen.getByRole('heading', { name: 'You are next' })).toBeVisible()
  })

  it('is sent at once, and only once, when the tablet is online', async () => {
    const { connection } = await tabletOf(queueOf('CHE'), 'MEX')
    await act(async () => {
      fireEvent.click(requestButton())
      // A second tap in the same instant finds the first one pending.
      fireEvent.click(screen.queryByRole('button', { name: 'Request the floor' }) ?? document.body)
    })
    await elapse(0)
    expect(connection.sent).toHaveLength(1)
  })
})

describe('a tap acknowledged before its state arrives', () => {
  it('stays "Sending…" until the view shows the change, then confirms it', async () => {
    const { connection, server } = await tabletOf(queueOf('CHE'), 'MEX')
    // The server acknowledges at once but its `state` is still on the way (the fan-out serves tablets in slices).
    server.hold()
    await press(requestButton())
    expect(screen.getByRole('status')).toHaveTextContent('Sending…')
    expect(screen.queryByText('Your request is on the list.')).toBeNull()

    await server.release()
    expect(screen.getByRole('status')).toHaveTextContent('Your request is on the list.')
    expect(screen.getByText('2nd')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Withdraw' })).toBeVisible()
  })
})
