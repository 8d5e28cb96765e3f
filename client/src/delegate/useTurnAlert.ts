import { useEffect, useRef } from 'react'
import type { Attention } from './tabletStatus'
import { useTablet, useTabletState } from './TabletContext'

/**
 * Rings (if the delegate opted in) when the turn comes near: on becoming next,
 * or on being called to a reserved seat. Not when the floor is given: the
 * microphone is live by then.
 */
export function useTurnAlert(attention: Attention): void {
  const { alerter } = useTablet()
  const alerts = useTabletState((state) => state.alerts)
  const previous = useRef(attention)
  useEffect(() => {
    const before = previous.current
    previous.current = attention
    if (!alerts || before === attention) return
    if (attention === 'next' || attention === 'seat') alerter.ring()
  }, [attention, alerts, alerter])
}
