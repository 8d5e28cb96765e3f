import { useMemo } from 'react'
import { remainingMs, type QueueEntryView, type StateView } from '@floor/shared'
import { useServerNow } from './useServerClock'

/** When the current intervention is expected to end, seen at server time `at`. */
function currentEndsAt(view: StateView, at: number): number {
  return at + (view.floor ? Math.max(0, remainingMs(view.floor.timer, at)) : 0)
}

export interface Forecast {
  startsAt: number
  timePermitting: boolean
}

/**
 * The server's forecast for an entry, moved later by however much the list
 * has slipped since the view was made: a speaker past the guideline, a paused
 * timer, or nobody at the floor yet. The server sends no ticks, so without
 * this a forecast would stand still while the speaker runs over.
 */
export function forecastOf(view: StateView, entry: QueueEntryView, serverNow: number): Forecast | null {
  if (entry.expectedStartAt === null) return null
  const slip = Math.max(0, currentEndsAt(view, serverNow) - currentEndsAt(view, view.serverTime))
  const startsAt = entry.expectedStartAt + slip
  const endsAt = view.segment?.endsAt ?? null
  return { startsAt, timePermitting: entry.timePermitting || (endsAt !== null && startsAt > endsAt) }
}

/** Every screen's list with forecasts that follow the room's clock, so chair, display and tablets agree. */
export function liveQueue(view: StateView | null, serverNow: number): QueueEntryView[] {
  if (!view) return []
  return view.queue.map((entry) => {
    const forecast = forecastOf(view, entry, serverNow)
    return forecast ? { ...entry, expectedStartAt: forecast.startsAt, timePermitting: forecast.timePermitting } : entry
  })
}

/** `liveQueue`, recomputed every few seconds of server time. */
export function useLiveQueue(view: StateView | null, resolutionMs = 5000): QueueEntryView[] {
  const serverNow = useServerNow(resolutionMs)
  return useMemo(() => liveQueue(view, Math.max(serverNow, view?.serverTime ?? 0)), [view, serverNow])
}
