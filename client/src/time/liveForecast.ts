import { useMemo } from 'react'
import { liveQueue, type QueueEntryView, type StateView } from '@floor/shared'
import { useServerNow } from './useServerClock'

/** The view's list with forecasts that follow an overrun (`liveQueue`), recomputed every few seconds of server time. */
export function useLiveQueue(view: StateView | null, resolutionMs = 5000): QueueEntryView[] {
  const serverNow = useServerNow(resolutionMs)
  return useMemo(() => liveQueue(view, Math.max(serverNow, view?.serverTime ?? 0)), [view, serverNow])
}
