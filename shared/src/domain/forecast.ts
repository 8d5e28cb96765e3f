import type { Category, QueueEntryView, StateView } from '../protocol'
import type { MeetingState } from './model'
import { activeSegment, guidelineSecondsFor, delegationOf } from './model'
import { remainingMs } from './timer'

/** When a waiting request is expected to start (server epoch ms). */
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

/** When the current intervention is expected to end, seen at server time `at`. */
function currentEndsAt(view: StateView, at: number): number {
  return at + (view.floor ? Math.max(0, remainingMs(view.floor.timer, at)) : 0)
}

/**
 * A view's forecast for one entry, moved later by however much the list has
 * slipped since the view was made: a speaker past the guideline, a paused
 * timer, or nobody at the floor yet. The server sends no ticks, so without
 * this a forecast would stand still while the speaker runs over.
 */
export function liveForecast(view: StateView, entry: QueueEntryView, serverNow: number): Forecast | null {
  if (entry.expectedStartAt === null) return null
  const slip = Math.max(0, currentEndsAt(view, serverNow) - currentEndsAt(view, view.serverTime))
  const expectedStartAt = entry.expectedStartAt + slip
  const endsAt = view.segment?.endsAt ?? null
  return { expectedStartAt, timePermitting: entry.timePermitting || (endsAt !== null && expectedStartAt > endsAt) }
}

/** A view's list with each forecast following the room's clock, so every screen agrees at `serverNow`. */
export function liveQueue(view: StateView | null, serverNow: number): QueueEntryView[] {
  if (!view) return []
  return view.queue.map((entry) => {
    const forecast = liveForecast(view, entry, serverNow)
    return forecast ? { ...entry, ...forecast } : entry
  })
}
