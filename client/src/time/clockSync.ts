/**
 * How far the server's clock is from this device's, NTP style: the device
 * notes its own time when it sends `clock` and when the answer comes back; the
 * server's answer was read somewhere in between. Assuming it was read half-way,
 * offset = serverTime - (sentAt + receivedAt) / 2, wrong by at most half the
 * round trip. So the samples with the shortest round trips are the ones to
 * trust, and the device clock itself can be minutes off without harm.
 */

/** One `clock` round trip; `sentAt` and `receivedAt` are device-clock ms. */
export interface ClockSample {
  sentAt: number
  serverTime: number
  receivedAt: number
}

export interface OffsetEstimate {
  /** Add to the device clock to get server time. */
  offsetMs: number
  /** Shortest round trip kept: the estimate is off by at most half of it. */
  roundTripMs: number
  /** How many samples the estimate rests on. */
  samples: number
}

export function offsetOf(sample: ClockSample): number {
  return sample.serverTime - (sample.sentAt + sample.receivedAt) / 2
}

export function roundTripOf(sample: ClockSample): number {
  return sample.receivedAt - sample.sentAt
}

/** Samples kept, at most, for the estimate: the fastest round trips. */
export const defaultKeep = 3

/**
 * The offset from the `keep` samples with the least round trip, as their
 * median, so one odd sample among the fast ones cannot move the estimate.
 * Returns null when no sample is usable.
 */
export function estimateOffset(samples: readonly ClockSample[], keep = defaultKeep): OffsetEstimate | null {
  const usable = samples.filter(
    (s) => Number.isFinite(s.sentAt) && Number.isFinite(s.serverTime) && Number.isFinite(s.receivedAt) && roundTripOf(s) >= 0,
  )
  const fastest = [...usable].sort((a, b) => roundTripOf(a) - roundTripOf(b)).slice(0, Math.max(1, keep))
  const best = fastest[0]
  if (!best) return null
  return { offsetMs: median(fastest.map(offsetOf)), roundTripMs: roundTripOf(best), samples: fastest.length }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? 0
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2
}

export interface ClockSyncOptions {
  /** One `clock` round trip: resolves with the server's epoch ms, rejects when it cannot. */
  requestServerTime: () => Promise<number>
  /** The device clock. */
  now: () => number
  onEstimate: (estimate: OffsetEstimate) => void
  samplesPerBurst?: number
  keep?: number
  /** Device clocks drift and get corrected: measure again this often. */
  resyncEveryMs?: number
  /** Where to listen for the page becoming visible again (a woken tablet's clock may have jumped). */
  visibility?: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'> | null
}

export interface ClockSync {
  /** Measures now, or right after the measurement under way; resolves with the new estimate, if any. */
  resync: () => Promise<OffsetEstimate | null>
  stop: () => void
}

/**
 * Measures a burst of round trips, one after the other (in parallel they would
 * queue behind each other and lengthen every round trip), at start, every
 * `resyncEveryMs`, when the page becomes visible and whenever `resync` is called
 * (for example after a reconnection). Each burst replaces the previous estimate:
 * if the device clock was corrected in between, older samples are wrong.
 */
export function startClockSync(options: ClockSyncOptions): ClockSync {
  const samplesPerBurst = options.samplesPerBurst ?? 8
  const resyncEveryMs = options.resyncEveryMs ?? 60_000
  const visibility = options.visibility === undefined ? globalThis.document ?? null : options.visibility
  let running: Promise<OffsetEstimate | null> | null = null
  let queued: Promise<OffsetEstimate | null> | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let stopped = false

  async function burst(): Promise<OffsetEstimate | null> {
    const samples: ClockSample[] = []
    for (let i = 0; i < samplesPerBurst && !stopped; i++) {
      const sentAt = options.now()
      try {
        const serverTime = await options.requestServerTime()
        samples.push({ sentAt, serverTime, receivedAt: options.now() })
      } catch {
        break // offline or timed out: estimate from what came back, try again later
      }
    }
    const estimate = estimateOffset(samples, options.keep)
    if (estimate && !stopped) options.onEstimate(estimate)
    return estimate
  }

  function schedule(): void {
    clearTimeout(timer)
    if (!stopped) timer = setTimeout(() => void resync(), resyncEveryMs)
  }

  function resync(): Promise<OffsetEstimate | null> {
    if (stopped) return Promise.resolve(null)
    if (running) {
      // The burst under way began before this request, perhaps while offline
      // and about to fail: measure once more right after it.
      queued ??= running.then(() => {
        queued = null
        return resync()
      })
      return queued
    }
    running = burst().finally(() => {
      running = null
      schedule()
    })
    return running
  }

  const onVisibility = () => {
    if (visibility?.visibilityState === 'visible') void resync()
  }
  visibility?.addEventListener('visibilitychange', onVisibility)
  void resync()

  return {
    resync,
    stop() {
      stopped = true
      clearTimeout(timer)
      visibility?.removeEventListener('visibilitychange', onVisibility)
    },
  }
}
