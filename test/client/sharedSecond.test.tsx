import { within } from '@testing-library/react'
import { expect, it, vi } from 'vitest'
import { readTimer } from '../../client/src/time/timerDisplay'
import { queueOf } from '../support/room'
import type { RoundTripDelays } from './support/fakeConnection'
import { elapse, renderDisplay, serverDoes, showAt } from './support/screens'

/** Round trips over a busy room Wi-Fi: uneven both ways, one stalled for a second and a half. */
function wifi(pattern: ReadonlyArray<readonly [number, number]>) {
  return (request: number): RoundTripDelays => {
    const [up, down] = pattern[request % pattern.length]!
    return { up, down }
  }
}

it('two displays whose clocks are 3 minutes fast and 2 minutes slow show the server’s second', async () => {
  const room = queueOf('MEX', 'msf', 'VAT')
  room.chair({ type: 'next' })
  const view = room.view('display')
  const floor = view.floor!
  const start = floor.startedAt
  vi.useFakeTimers({ now: start })

  const fast = renderDisplay({ skewMs: 3 * 60_000 })
  const slow = renderDisplay({ skewMs: -2 * 60_000 })
  fast.connection.delays = wifi([[80, 10], [14, 9], [1500, 20], [11, 13], [40, 90], [9, 16], [60, 8], [12, 10]])
  slow.connection.delays = wifi([[5, 70], [18, 7], [9, 12], [30, 300], [10, 10], [200, 15], [13, 8], [22, 31]])

  // The first state reaches the screens two seconds late (a slow reconnection):
  // its serverTime alone would put both screens two seconds behind.
  vi.setSystemTime(start + 2_000)
  await serverDoes(() => {
    for (const screen of [fast, slow]) {
      screen.connection.goOnline()
      screen.connection.pushState(view)
    }
  })
  await elapse(5_000) // the clock round trips

  const offsetOf = (screen: typeof fast) => screen.session().store.getState().clockOffset!
  expect(Math.abs(offsetOf(fast) - -3 * 60_000)).toBeLessThan(100)
  expect(Math.abs(offsetOf(slow) - 2 * 60_000)).toBeLessThan(100)

  const shown = (screen: typeof fast) => within(screen.container).getByRole('timer').textContent
  const serverSays = (at: number) => readTimer(floor.timer, at).text

  // Mid-second, at many moments of the intervention, overrun included.
  for (let at = start + 7_500; at < start + 200_000; at += 7_000) {
    await showAt(at)
    expect([shown(fast), shown(slow)]).toEqual([serverSays(at), serverSays(at)])
  }

  // Within 100 ms of the server: 100 ms either side of a flip, both screens are on the right side of it.
  for (const flip of [start + 150_000, start + 180_000, start + 181_000]) {
    await showAt(flip - 100)
    expect([shown(fast), shown(slow)]).toEqual([serverSays(flip - 100), serverSays(flip - 100)])
    await showAt(flip + 100)
    expect([shown(fast), shown(slow)]).toEqual([serverSays(flip + 100), serverSays(flip + 100)])
    expect(serverSays(flip + 100)).not.toBe(serverSays(flip - 100))
  }
})
