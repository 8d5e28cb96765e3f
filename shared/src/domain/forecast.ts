import type { Category } from '../protocol'
import type { MeetingState } from './model'
import { activeSegment, guidelineSecondsFor, delegationOf } from './model'
import { remainingMs } from './timer'

export interface Forecast {
  expectedStartAt: number
  /** The forecast falls after the segment's end: this speaker is reached only time permitting. */
  timePermitting: boolean
}

/** Finished interventions needed before their mean replaces the guideline in the forecast. */
export const interventionsBeforeMean = 3

/**
 * When each waiting request of the active segment is expected to start: the
 * current speaker's remaining time, then for each request ahead the mean length
 * of this segment's finished interventions (the applicable guideline until
 * three have finished).
 */
export function forecastQueue(state: MeetingState, now: number): Forecast[] {
  const segment = activeSegment(state)
  if (!segment) return []
  const meanMs = meanInterventionMs(segment.history)
  const lengthOf = (category: Category) => meanMs ?? guidelineSecondsFor(segment, category) * 1000
  let startsAt = now + (state.floor ? Math.max(0, remainingMs(state.floor.timer, now)) : 0)
  return segment.queue.map((request) => {
    const expectedStartAt = startsAt
    const category = delegationOf(state, request.delegationId)?.category ?? 'stakeholder'
    startsAt += lengthOf(category)
    return { expectedStartAt, timePermitting: segment.endsAt !== null && expectedStartAt > segment.endsAt }
  })
}

function meanInterventionMs(history: readonly { spokeMs: number }[]): number | null {
  if (history.length < interventionsBeforeMean) return null
  return history.reduce((sum, intervention) => sum + intervention.spokeMs, 0) / history.length
}
