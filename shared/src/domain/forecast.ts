import type { Category, QueueEntryView, StateView } from '../protocol'
import type { Intervention, MeetingState } from './model'
import { activeSegment, guidelineSecondsFor, delegationOf } from './model'
import { remainingMs } from './timer'

/** When a waiting request is expected to start (server epoch ms). */
export interface Forecast {
  expectedStartAt: number
  /** The forecast falls after the segment's end: this speaker is reached only time permitting. */
  timePermitting: boolean
}

/** Finished statements needed before their median replaces the guideline in the forecast. */
export const statementsBeforeMedian = 3

/** What the forecast of a segment's turns rests on. */
export interface ForecastBasis {
  /** Finished statements of the segment (points of order and rights of reply are not counted). */
  statements: number
  /** Their median length once there are enough of them; null: the guideline is used. */
  statementMs: number | null
}

/**
 * The segment's typical turn: the median of its finished statements, so a
 * three-second point of order or a turn ended by mistake does not pull every
 * forecast early, as a mean would.
 */
export function forecastBasis(history: readonly { kind: Intervention['kind']; spokeMs: number }[]): ForecastBasis {
  const lengths = history.filter((turn) => turn.kind === 'statement').map((turn) => turn.spokeMs)
  return { statements: lengths.length, statementMs: lengths.length >= statementsBeforeMedian ? median(lengths) : null }
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/** A waiting turn's expected length: the median statement, never more than its guideline. */
export function expectedTurnMs(basis: ForecastBasis, guidelineMs: number): number {
  return basis.statementMs === null ? guidelineMs : Math.min(basis.statementMs, guidelineMs)
}

/**
 * When each waiting request of the active segment is expected to start: the
 * current speaker's remaining time, then for each request ahead the expected
 * length of its turn (`expectedTurnMs`: the median of this segment's finished
 * statements, bounded by the request's guideline, which is used alone until
 * three statements have finished).
 */
export function forecastQueue(state: MeetingState, now: number): Forecast[] {
  const segment = activeSegment(state)
  if (!segment) return []
  const basis = forecastBasis(segment.history)
  const lengthOf = (category: Category) => expectedTurnMs(basis, guidelineSecondsFor(segment, category) * 1000)
  let startsAt = now + (state.floor ? Math.max(0, remainingMs(state.floor.timer, now)) : 0)
  return segment.queue.map((request) => {
    const expectedStartAt = startsAt
    const category = delegationOf(state, request.delegationId)?.category ?? 'stakeholder'
    startsAt += lengthOf(category)
    return { expectedStartAt, timePermitting: segment.endsAt !== null && expectedStartAt > segment.endsAt }
  })
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
