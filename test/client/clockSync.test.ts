import { afterEach, describe, expect, it, vi } from 'vitest'
import { estimateOffset, startClockSync, type ClockSample } from '../../client/src/time/clockSync'

/** A round trip seen from a device whose clock is `skew` ms ahead of the server's. */
function roundTrip({ at, skew, up, down }: { at: number; skew: number; up: number; down: number }): ClockSample {
  return { sentAt: at + skew, serverTime: at + up, receivedAt: at + up + down + skew }
}

describe('estimateOffset', () => {
  it('finds the exact offset of a device clock three minutes fast when delays are symmetric', () => {
    const skew = 3 * 60_000
    const samples = [0, 1, 2, 3].map((i) => roundTrip({ at: 1_000_000 + i * 100, skew, up: 12, down: 12 }))
    expect(estimateOffset(samples)).toEqual({ offsetMs: -skew, roundTripMs: 24, samples: 3 })
  })

  it('is off by half the asymmetry at most, and trusts the fastest round trips', () => {
    const skew = -2 * 60_000
    const samples = [
      roundTrip({ at: 0, skew, up: 400, down: 20 }), // a slow uplink: this one alone would be 190 ms off
      roundTrip({ at: 500, skew, up: 30, down: 10 }),
      roundTrip({ at: 900, skew, up: 9, down: 25 }),
      roundTrip({ at: 1300, skew, up: 20, down: 14 }),
      roundTrip({ at: 1700, skew, up: 250, down: 250 }),
    ]
    const estimate = estimateOffset(samples)
    expect(estimate).not.toBeNull()
    expect(Math.abs(estimate!.offsetMs - -skew)).toBeLessThanOrEqual(estimate!.roundTripMs / 2)
    expect(Math.abs(estimate!.offsetMs - -skew)).toBeLessThan(10)
    expect(estimate!.roundTripMs).toBe(34)
  })

  it('ignores round trips that stalled, however wrong their offset', () => {
    const skew = 45_000
    const samples = [
      roundTrip({ at: 0, skew, up: 5, down: 5 }),
      roundTrip({ at: 100, skew, up: 3000, down: 10 }), // stuck in a Wi-Fi retry: 1.5 s off
      roundTrip({ at: 200, skew, up: 6, down: 4 }),
      roundTrip({ at: 300, skew, up: 10, down: 2500 }),
      roundTrip({ at: 400, skew, up: 4, down: 6 }),
    ]
    expect(estimateOffset(samples)?.offsetMs).toBeCloseTo(-skew, 0)
  })

  it('is not moved by one odd sample among the fast ones (median)', () => {
    const samples = [
      { sentAt: 0, serverTime: 1005, receivedAt: 10 },
      { sentAt: 100, serverTime: 1105, receivedAt: 110 },
      { sentAt: 200, serverTime: 9999, receivedAt: 209 }, // an answer from a clock that jumped
    ]
    expect(estimateOffset(samples)?.offsetMs).toBe(1000)
  })

  it('has nothing to say without a usable sample', () => {
    expect(estimateOffset([])).toBeNull()
    expect(estimateOffset([{ sentAt: 10, serverTime: 5, receivedAt: 9 }])).toBeNull() // received before sent
    expect(estimateOffset([{ sentAt: 0, serverTime: Number.NaN, receivedAt: 9 }])).toBeNull()
  })
})

describe('startClockSync', () => {
  afterEach(() => vi.useRealTimers())

  /** A server whose clock is the true time, reached with the given delays, from a device `skew` ms off. */
  function network(skew: number, delays: (i: number) => { up: number; down: number }) {
    let requests = 0
    let inFlight = 0
    let mostInFlight = 0
    const requestServerTime = () => {
      const { up, down } = delays(requests++)
      inFlight++
      mostInFlight = Math.max(mostInFlight, inFlight)
      return new Promise<number>((resolve) =>
        setTimeout(() => {
          const serverTime = Date.now()
          setTimeout(() => {
            inFlight--
            resolve(serverTime)
          }, down)
        }, up),
      )
    }
    return { requestServerTime, now: () => Date.now() + skew, requests: () => requests, mostInFlight: () => mostInFlight }
  }

  it('measures a burst of round trips one at a time and lands within a few ms on a jittery network', async () => {
    vi.useFakeTimers({ now: Date.parse('2017-06-19T10:30:00+02:00') })
    const skew = 3 * 60_000 + 417
    const jitter = [[40, 5], [8, 9], [120, 30], [7, 12], [15, 6], [300, 10], [9, 9], [25, 60]] as const
    const net = network(skew, (i) => {
      const [up, down] = jitter[i % jitter.length]!
      return { up, down }
    })
    const estimates: number[] = []
    const sync = startClockSync({ ...net, visibility: null, onEstimate: (e) => estimates.push(e.offsetMs) })
    await vi.advanceTimersByTimeAsync(2_000)
    expect(net.requests()).toBe(8)
    expect(net.mostInFlight()).toBe(1)
    expect(estimates).toHaveLength(1)
    expect(Math.abs(estimates[0]! + skew)).toBeLessThan(5)
    sync.stop()
  })

  it('measures again periodically, when the page becomes visible, and on request, but never twice at once', async () => {
    vi.useFakeTimers({ now: 1_000_000 })
    const net = network(0, () => ({ up: 5, down: 5 }))
    const page = Object.assign(new EventTarget(), { visibilityState: 'visible' as DocumentVisibilityState })
    const sync = startClockSync({ ...net, visibility: page, samplesPerBurst: 4, resyncEveryMs: 60_000, onEstimate: () => {} })
    await vi.advanceTimersByTimeAsync(1_000)
    expect(net.requests()).toBe(4)

    await vi.advanceTimersByTimeAsync(60_000)
    expect(net.requests()).toBe(8)

    page.dispatchEvent(new Event('visibilitychange'))
    await vi.advanceTimersByTimeAsync(1_000)
    expect(net.requests()).toBe(12)

    // Asked twice more during a burst (a reconnection, say): one more burst, after it.
    void sync.resync()
    void sync.resync()
    void sync.resync()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(net.requests()).toBe(20)
    expect(net.mostInFlight()).toBe(1)

    sync.stop()
    await vi.advanceTimersByTimeAsync(600_000)
    page.dispatchEvent(new Event('visibilitychange'))
    expect(net.requests()).toBe(20)
  })

  it('keeps the last estimate while offline and tries again later', async () => {
    vi.useFakeTimers({ now: 1_000_000 })
    let online = false
    let requests = 0
    const estimates: number[] = []
    const sync = startClockSync({
      requestServerTime: () => {
        requests++
        return online ? Promise.resolve(Date.now() + 250) : Promise.reject(new Error('offline'))
      },
      now: () => Date.now(),
      visibility: null,
      resyncEveryMs: 30_000,
      onEstimate: (e) => estimates.push(e.offsetMs),
    })
    await vi.advanceTimersByTimeAsync(10)
    expect(requests).toBe(1) // the first refusal ends the burst: no point asking seven more times
    expect(estimates).toEqual([])

    online = true
    await vi.advanceTimersByTimeAsync(30_000)
    expect(estimates).toEqual([250])
    sync.stop()
  })
})
