import type { TimerView } from '@floor/shared'
import { useTimerReading } from '../time/useServerClock'

interface TimerTextProps {
  timer: TimerView
  className?: string
}

/**
 * The running timer (`2:41`, `0:00`, `+0:05`), redrawn from the anchors on
 * every frame. Style it by `data-phase` (`running` | `warning` | `overrun`)
 * and `data-paused`.
 */
export function TimerText({ timer, className }: TimerTextProps) {
  const reading = useTimerReading(timer)
  if (!reading) return null
  return (
    <span className={className} role="timer" data-phase={reading.phase} data-paused={reading.paused} dir="ltr">
      {reading.text}
    </span>
  )
}
