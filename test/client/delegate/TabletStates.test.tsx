import { act, fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { MeetingDocument } from '@floor/shared'
import { panelOne, queueOf, Room } from '../../support/room'
import { smallMeeting } from '../../support/smallMeeting'
import { elapse, showAt } from '../support/screens'
import { fakeAlerter, tabletOf } from './support/tablet'
import { withdrawGraceMs } from '../../../client/src/delegate/intentDelivery'

/** A tap, and whatever the server answers and broadcasts in return. */
async function press(element: HTMLElement): Promise<void> {
  await act(async () => {
    fireEvent.click(element)
  })
  await elapse(0)
}

const urgentAnnouncement = () => document.querySelector('[data-announcer=urgent]')
const politeAnnouncement = () => document.querySelector('[data-announcer=polite]')

const withSeatPlan: MeetingDocument = {
  ...smallMeeting,
  meeting: {
    ...smallMeeting.meeting,
    seatPlan: { firstMemberStateId: 'CHE', tableSeats: 12, reservedStakeholderSeatLabels: ['T11', 'T12'], gallerySeats: 40 },
  },
}

describe('the tablet, not on the list', () => {
  it('shows whom it speaks for, with flag and seat, and one large button that asks for the floor', async () => {
    const { connection } = await tabletOf(queueOf('CHE'), 'MEX')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Mexico')
    expect(screen.getByRole('banner').querySelector('img')).toHaveAttribute('data-flag', 'MX')
    expect(screen.getByText('Seat 2')).toBeVisible()
    expect(screen.getByText('You are not on the list')).toBeVisible()
    expect(screen.getByText('Panel 1')).toBeVisible()

    await press(screen.getByRole('button', { name: 'Request the floor' }))
    expect(connection.sent).toEqual([{ type: 'request-floor', kind: 'statement' }])
    expect(screen.getByRole('status')).toHaveTextContent('Your request is on the list.')
    expect(screen.getByText('2nd')).toBeVisible()
  })

  it('keeps the point of order and the right of reply behind a second control', async () => {
    const { connection } = await tabletOf(queueOf('CHE'), 'MEX')
    const more = screen.getByRole('button', { name: 'Point of order, right of reply' })
    expect(more).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('button', { name: 'Point of order' })).toBeNull()

    await press(more)
    await press(screen.getByRole('button', { name: 'Point of order' }))
    expect(connection.sent).toEqual([{ type: 'request-floor', kind: 'point-of-order' }])
    // A point of order goes to the top of the list.
    expect(screen.getByRole('heading', { name: 'You are next' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Withdraw: Point of order' })).toBeVisible()
  })
})

describe('the tablet, waiting', () => {
  it('shows the place, the expected start in Geneva time, and withdraws', async () => {
    const room = queueOf('CHE', 'TUR', 'MEX', 'FRA')
    const requestId = room.requestIdOf('MEX')
    const { connection } = await tabletOf(room, 'MEX')
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Your place3rdon the list of speakers')
    expect(screen.getByText('Expected at about 10:36')).toBeVisible() // two statements of 3 minutes ahead, from 10:30
    expect(screen.queryByText('Time permitting')).toBeNull()
    expect(politeAnnouncement()).toHaveTextContent('You are 3rd on the list of speakers.')

    await press(screen.getByRole('button', { name: 'Withdraw' }))
    expect(screen.getByRole('status')).toHaveTextContent('Withdrawing in 5 s…')
    expect(connection.sent).toEqual([])
    await elapse(withdrawGraceMs)
    expect(connection.sent).toEqual([{ type: 'withdraw', requestId }])
    expect(screen.getByRole('status')).toHaveTextContent('Your request was withdrawn.')
    expect(screen.getByText('You are not on the list')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Request the floor' })).toBeEnabled()
  })

  it('moves the expected start later while the speaker runs over', async () => {
    const room = queueOf('CHE', 'TUR', 'MEX')
    room.chair({ type: 'next' })
    await tabletOf(room, 'MEX')
    expect(screen.getByText('Expected at about 10:36')).toBeVisible() // CHE's 3 minutes, then TUR's
    await showAt(room.now + 5 * 60_000) // CHE still speaking, two minutes over
    expect(screen.getByText('Expected at about 10:38')).toBeVisible()
  })

  it('says "time permitting" when the forecast falls after the segment’s end', async () => {
    const room = panelOne().advance(Date.parse('2017-06-19T12:52:00+02:00') - Date.parse('2017-06-19T10:30:00+02:00'))
    room.request('CHE', 'TUR', 'FRA', 'MEX')
    await tabletOf(room, 'MEX')
    expect(screen.getByText('4th')).toBeVisible()
    expect(screen.getByText('Expected at about 13:01')).toBeVisible()
    expect(screen.getByText('Time permitting')).toBeVisible()
    expect(screen.getByText('The forecast falls after the end of the segment.')).toBeVisible()
  })
})

describe('the tablet, its turn coming', () => {
  it('says "You are next" unmistakably, aloud too, and rings once the delegate opted in', async () => {
    const alerter = fakeAlerter()
    const room = queueOf('CHE', 'MEX', 'FRA')
    const { server } = await tabletOf(room, 'MEX', { alerter })
    expect(screen.getByText('2nd')).toBeVisible()

    await press(screen.getByRole('button', { name: 'Sound and vibration when I am next' }))
    expect(screen.getByRole('button', { name: 'Sound and vibration when I am next' })).toHaveAttribute('aria-pressed', 'true')
    expect(alerter.calls).toEqual(['enable']) // the opt-in tap unlocks audio and plays a preview

    await server.chair({ type: 'next' })
    expect(screen.getByRole('heading', { name: 'You are next' })).toBeVisible()
    expect(screen.getByRole('heading', { name: 'You are next' }).parentElement).toHaveAttribute('data-attention', 'next')
    expect(urgentAnnouncement()).toHaveTextContent('You are next.')
    expect(alerter.calls).toEqual(['enable', 'ring'])
  })

  it('stays silent without the opt-in', async () => {
    const alerter = fakeAlerter()
    const room = queueOf('CHE', 'MEX')
    const { server } = await tabletOf(room, 'MEX', { alerter })
    await server.chair({ type: 'next' })
    expect(screen.getByRole('heading', { name: 'You are next' })).toBeVisible()
    expect(alerter.calls).toEqual([])
  })

  it('asks a stakeholder called to a reserved seat to take it', async () => {
    const alerter = fakeAlerter()
    const room = queueOf('CHE', 'FRA', 'msf')
    const { server } = await tabletOf(room, 'msf', { alerter, meeting: withSeatPlan })
    await press(screen.getByRole('button', { name: 'Sound and vibration when I am next' }))
    await server.chair({ type: 'call-to-seat', requestId: room.requestIdOf('msf') })
    expect(screen.getByRole('heading', { name: 'Please take a reserved seat at the table' })).toBeVisible()
    expect(screen.getByText('Reserved seats: T11, T12')).toBeVisible()
    expect(screen.getByText('3rd on the list of speakers')).toBeVisible()
    expect(urgentAnnouncement()).toHaveTextContent('Please take a reserved seat at the table.')
    expect(alerter.calls).toEqual(['enable', 'ring'])
  })
})

describe('the tablet, speaking', () => {
  it('says "You have the floor" with the running timer', async () => {
    const room = queueOf('MEX', 'CHE')
    room.chair({ type: 'next' })
    const start = room.now
    await tabletOf(room, 'MEX')
    expect(screen.getByRole('heading', { name: 'You have the floor' })).toBeVisible()
    expect(screen.getByRole('timer')).toHaveTextContent('3:00')
    expect(urgentAnnouncement()).toHaveTextContent('You have the floor.')
    expect(screen.queryByRole('button', { name: 'Request the floor' })).toBeNull() // the microphone is on: nothing to ask
    await showAt(start + 10_000)
    expect(screen.getByRole('timer')).toHaveTextContent('2:50')
    expect(screen.getByRole('timer')).toHaveAttribute('data-phase', 'running')
    expect(screen.getByText('Time left')).toBeVisible()
  })

  it('turns amber in the last 30 seconds and red beyond the guideline', async () => {
    const room = queueOf('MEX')
    room.chair({ type: 'next' })
    const start = room.now
    await tabletOf(room, 'MEX')
    await showAt(start + 160_000)
    expect(screen.getByRole('timer')).toHaveTextContent('0:20')
    expect(screen.getByRole('heading', { name: 'You have the floor' }).parentElement).toHaveAttribute('data-phase', 'warning')

    await showAt(start + 185_000)
    expect(screen.getByRole('timer')).toHaveTextContent('+0:05')
    expect(screen.getByRole('heading', { name: 'You have the floor' }).parentElement).toHaveAttribute('data-phase', 'overrun')
    expect(screen.getByText('Over the guideline')).toBeVisible()
  })
})

describe('the tablet when it cannot ask', () => {
  it('says on the button that the list is closed', async () => {
    const room = panelOne()
    room.chair({ type: 'close-list' })
    await tabletOf(room, 'MEX')
    const button = screen.getByRole('button', { name: 'The list is closed' })
    expect(button).toBeDisabled()
    expect(button).toHaveAccessibleDescription('The chair is not taking new requests.')
    await press(screen.getByRole('button', { name: 'Point of order, right of reply' }))
    expect(screen.getByRole('button', { name: 'Point of order' })).toBeDisabled()
  })

  it('lets a delegation withdraw after the list closed', async () => {
    const room = queueOf('CHE', 'MEX')
    room.chair({ type: 'close-list' })
    await tabletOf(room, 'MEX')
    expect(screen.getByRole('button', { name: 'Withdraw' })).toBeEnabled()
  })

  it('says when the meeting is not in session', async () => {
    await tabletOf(new Room(), 'MEX')
    expect(screen.getByRole('button', { name: 'Not in session' })).toBeDisabled()
    expect(screen.getAllByText('The meeting is not in session')[0]).toBeVisible()
  })
})

describe('taking a withdrawal back', () => {
  it('holds it a few seconds with Take back: taken back, nothing is sent and the place is kept', async () => {
    const room = queueOf('CHE', 'MEX', 'TUR')
    const { connection, server } = await tabletOf(room, 'MEX')
    await press(screen.getByRole('button', { name: 'Withdraw' }))
    expect(screen.getByRole('status')).toHaveTextContent('Your place is kept until then.')
    await elapse(3_000)
    expect(screen.getByRole('status')).toHaveTextContent('Withdrawing in 2 s…')

    await press(screen.getByRole('button', { name: 'Take back' }))
    await elapse(withdrawGraceMs)
    expect(connection.sent).toEqual([])
    expect(server.order()).toEqual(['CHE', 'MEX', 'TUR'])
    expect(screen.getByText('Taken back: you are still on the list, in your place.')).toBeVisible()
    expect(screen.getByText('2nd')).toBeVisible()
  })

  it('is held for the connection when the link is down once the grace is over', async () => {
    const room = queueOf('CHE', 'MEX')
    const requestId = room.requestIdOf('MEX')
    const { connection, server } = await tabletOf(room, 'MEX')
    await press(screen.getByRole('button', { name: 'Withdraw' }))
    await act(async () => connection.goOffline())
    await elapse(withdrawGraceMs)
    expect(screen.getByRole('status')).toHaveTextContent('Not sent yet')
    await server.reconnect(connection)
    await elapse(0)
    expect(connection.sent).toEqual([{ type: 'withdraw', requestId }])
  })
})

describe('the tablet offline', () => {
  it('says the connection dropped, keeps what it knew, and recovers by itself', async () => {
    const room = queueOf('CHE', 'TUR', 'MEX')
    const { connection, server } = await tabletOf(room, 'MEX')
    await act(async () => connection.goOffline())
    expect(screen.getByRole('alert')).toHaveTextContent('Connection lost. Reconnecting…')
    expect(screen.getByRole('alert')).toHaveTextContent('What you see may be out of date.')
    expect(screen.getByText('3rd')).toBeVisible()

    await server.chair({ type: 'next' })
    await server.reconnect(connection)
    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByText('2nd')).toBeVisible()
  })

  it('says so when the link is refused', async () => {
    const { connection } = await tabletOf(panelOne(), 'MEX')
    await act(async () => connection.goOffline({ code: 'unauthorized', message: 'refused' }))
    expect(screen.getByRole('alert')).toHaveTextContent('This link is no longer valid. Ask the secretariat for a new one.')
  })
})

describe('two tablets of one delegation', () => {
  it('show the same request, whichever asked', async () => {
    const room = queueOf('CHE', 'TUR')
    const seat = await tabletOf(room, 'MEX')
    const plusOne = await tabletOf(room, 'MEX', { server: seat.server })
    await press(within(seat.container).getByRole('button', { name: 'Request the floor' }))
    for (const tablet of [seat, plusOne]) {
      expect(within(tablet.container).getByText('3rd')).toBeVisible()
      expect(within(tablet.container).getByText('Expected at about 10:36')).toBeVisible()
    }
    // The other tablet withdraws it: both see it gone.
    await press(within(plusOne.container).getByRole('button', { name: 'Withdraw' }))
    await elapse(withdrawGraceMs)
    for (const tablet of [seat, plusOne]) {
      expect(within(tablet.container).getByText('You are not on the list')).toBeVisible()
    }
    expect(seat.connection.sent).toHaveLength(1)
    expect(plusOne.connection.sent).toHaveLength(1)
  })
})
