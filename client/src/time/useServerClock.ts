import { useEffect, useReducer, useRef } from 'react'
import type { TimerView } from '@floor/shared'
import { serverNow } from '../store/floorSession'
import { useFloor, useFloorSession } from '../store/FloorSessionContext'
import { readTimer, type TimerReading } from './timerDisplay'

/**
 * A value computed from server time, recomputed on every animation frame (not
 * from a one-second tick, which would drift against the real second and flip
 * at a different moment on each screen). The component re-renders only when
 * the value changes, so a timer costs one render per second.
 */
export function useFrameValue<T>(compute: (serverNow: number) => T, isEqual: (a: T, b: T) => boolean = Object.is): T {
  const session = useFloorSession()
  useFloor((state) => state.clockOffset) // a new offset must show at once
  const value = compute(serverNow(session))
  const latest = useRef({ compute, isEqual, value })
  const [, rerender] = useReducer((n: number) => n + 1, 0)

  useEffect(() => {
    latest.current = { compute, isEqual, value }
  })

  useEffect(() => {
    let frame = requestAnimationFrame(function onFrame() {
      const { compute: current, isEqual: same, value: shown } = latest.current
      if (!same(current(serverNow(session)), shown)) rerender()
      frame = requestAnimationFrame(onFrame)
    })
    return () => cancelAnimationFrame(frame)
  }, [session])

  return value
}

/** Server time in ms, rounded down to `resolutionMs` (re-renders once per step). */
export function useServerNow(resolutionMs = 1000): number {
  return useFrameValue((now) => Math.floor(now / resolutionMs) * resolutionMs)
}

const sameReading = (a: TimerReading | null, b: TimerReading | null) =>
  a === b || (a !== null && b !== null && a.text === b.text && a.phase === b.phase && a.paused === b.paused)

/** The speaker's timer as shown on every screen, or null when nobody has the floor. */
export function useTimerReading(timer: TimerView | null | undefined): TimerReading | null {
  return useFrameValue((now) => (timer ? readTimer(timer, now) : null), sameReading)
}
