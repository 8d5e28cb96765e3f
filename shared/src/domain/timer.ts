import type { Timer } from './model'

/** Milliseconds spoken so far, pauses excluded. */
export function spokenMs(timer: Timer, now: number): number {
  return timer.elapsedMs + (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince))
}

/** Milliseconds left within the guideline; negative once the speaker overruns. */
export function remainingMs(timer: Timer, now: number): number {
  return timer.guidelineMs - spokenMs(timer, now)
}

export function startTimer(guidelineMs: number, now: number): Timer {
  return { guidelineMs, elapsedMs: 0, runningSince: now }
}

export function pauseTimer(timer: Timer, now: number): Timer {
  if (timer.runningSince === null) return timer
  return { ...timer, elapsedMs: spokenMs(timer, now), runningSince: null }
}

export function resumeTimer(timer: Timer, now: number): Timer {
  if (timer.runningSince !== null) return timer
  return { ...timer, runningSince: now }
}

/** A guideline never goes below zero, however much time the chair takes away. */
export function addTime(timer: Timer, seconds: number): Timer {
  return { ...timer, guidelineMs: Math.max(0, timer.guidelineMs + seconds * 1000) }
}
