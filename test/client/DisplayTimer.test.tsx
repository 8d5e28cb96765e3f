import { screen } from '@testing-library/react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { queueOf, type Room } from '../support/room'
import { renderDisplay, serverDoes, showAt } from './support/screens'

/** Mexico has the floor with a three-minute guideline, started at `room.now`. */
function mexicoSpeaking() {
  const room = queueOf('MEX', 'msf', 'VAT')
  room.chair({ type: 'next' })
  return room
}

/** A display, its clock at the room's time, showing what the server says now. */
async function displayOf(room: Room) {
  vi.useFakeTimers({ now: room.now })
  const { connection } = renderDisplay()
  await serverDoes(() => {
    connection.goOnline()
    connection.pushState(room.view('display'))
  })
  return connection
}

const timer = () => screen.getByRole('timer')

describe('the display’s timer', () => {
  let room: Room
  let startedAt: number

  beforeEach(async () => {
    room = mexicoSpeaking()
    startedAt = room.now
    await displayOf(room)
  })

  it('starts at the full guideline', async () => {
    await showAt(startedAt)
    expect(timer()).toHaveTextContent('3:00')
    expect(timer().closest('.timer')).toHaveAttribute('data-phase', 'running')
  })

  it('is in its normal colour at 0:31', async () => {
    await showAt(startedAt + 149_500)
    expect(timer()).toHaveTextContent(/^0:31$/)
    expect(timer().closest('.timer')).toHaveAttribute('data-phase', 'running')
  })

  it('turns amber at 0:29', async () => {
    await showAt(startedAt + 150_500)
    expect(timer()).toHaveTextContent(/^0:30$/)
    expect(timer().closest('.timer')).toHaveAttribute('data-phase', 'warning')
    await showAt(startedAt + 151_000)
    expect(timer()).toHaveTextContent(/^0:29$/)
    expect(timer().closest('.timer')).toHaveAttribute('data-phase', 'warning')
  })

  it('turns red at 0:00', async () => {
    await showAt(startedAt + 180_000)
    expect(timer()).toHaveTextContent(/^0:00$/)
    expect(timer().closest('.timer')).toHaveAttribute('data-phase', 'overrun')
  })

  it('counts the overrun up in red: +0:05', async () => {
    await showAt(startedAt + 185_000)
    expect(timer()).toHaveTextContent(/^\+0:05$/)
    expect(timer().closest('.timer')).toHaveAttribute('data-phase', 'overrun')
  })

})

describe('the display’s timer, paused', () => {
  it('says Paused and stands still while the chair holds the clock', async () => {
    const room = mexicoSpeaking()
    const startedAt = room.now
    room.advance(62_000).chair({ type: 'pause-timer' })
    await displayOf(room)
    expect(timer()).toHaveTextContent('1:58')
    expect(timer().closest('.timer')).toHaveAttribute('data-paused', 'true')
    expect(screen.getByText('Paused')).toBeVisible()

    await showAt(startedAt + 600_000)
    expect(timer()).toHaveTextContent('1:58')
    expect(screen.getByText('Paused')).toBeVisible()
  })

  it('runs on from where it stood when the chair resumes', async () => {
    const room = mexicoSpeaking()
    room.advance(62_000).chair({ type: 'pause-timer' })
    const connection = await displayOf(room)
    room.advance(20_000).chair({ type: 'resume-timer' })
    await showAt(room.now)
    await serverDoes(() => connection.pushState(room.view('display')))
    await showAt(room.now + 3_000)
    expect(timer()).toHaveTextContent('1:55')
    expect(screen.queryByText('Paused')).toBeNull()
  })
})

describe('the display with nobody at the floor', () => {
  it('shows no timer', async () => {
    await displayOf(queueOf('MEX', 'msf'))
    expect(screen.queryByRole('timer')).toBeNull()
    expect(screen.getByText('No one has the floor')).toBeVisible()
  })
})
