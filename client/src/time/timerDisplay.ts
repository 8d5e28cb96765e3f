import { remainingMs, type TimerView } from '@floor/shared'

/** Amber from this much time left. */
export const warningMs = 30_000

/**
 * - `running`: more than 30 s left
 * - `warning`: the last 30 s (amber)
 * - `overrun`: the guideline is used up (red)
 */
export type TimerPhase = 'running' | 'warning' | 'overrun'

export interface TimerReading {
  /** What the screen shows: `2:41`, `0:00`, `+0:05`. */
  text: string
  phase: TimerPhase
  paused: boolean
  /** Whole seconds left (negative in overrun), for screen readers and tests. */
  seconds: number
}

/**
 * The timer as every screen shows it at server time `serverNow`.
 *
 * Remaining time is rounded up, so a three-minute guideline starts at `3:00`
 * and reads `0:00` only once the time is really up; overrun is rounded down,
 * so `+0:01` appears one full second after the end. Each shown second then
 * lasts exactly one second, and screens computing from the same anchors flip
 * together.
 */
export function readTimer(timer: TimerView, serverNow: number): TimerReading {
  const left = remainingMs(timer, serverNow)
  const paused = timer.runningSince === null
  if (left > 0) {
    const seconds = Math.ceil(left / 1000)
    return { text: formatClock(seconds), phase: left <= warningMs ? 'warning' : 'running', paused, seconds }
  }
  const over = Math.floor(-left / 1000)
  return { text: over === 0 ? formatClock(0) : `+${formatClock(over)}`, phase: 'overrun', paused, seconds: -over }
}

/** `m:ss` (or `h:mm:ss` past an hour) for a whole, non-negative number of seconds. */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds))
  const hours = Math.floor(s / 3600)
  const minutes = Math.floor((s % 3600) / 60)
  const seconds = String(s % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`
}
