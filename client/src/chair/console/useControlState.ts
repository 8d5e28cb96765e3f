import type { MessageKey } from '../../i18n/translate'
import { useFloor } from '../../store/FloorSessionContext'
import { canSend } from '../../store/floorStore'

export interface ControlState {
  enabled: boolean
  /** Why the controls are off, to say next to them. */
  reason: MessageKey | null
}

/**
 * Controls work only on a current view: online, with a `state` received on this
 * connection. While disconnected or stale they are disabled and say why, so a
 * co-facilitator never acts on a list that has changed without them.
 */
export function useControlState(): ControlState {
  const enabled = useFloor(canSend)
  const connection = useFloor((state) => state.connection)
  const hasView = useFloor((state) => state.view !== null)
  if (enabled) return { enabled: true, reason: null }
  if (connection === 'offline') return { enabled: false, reason: 'chair.status.offline' }
  if (connection === 'connecting' || !hasView) return { enabled: false, reason: 'chair.status.connecting' }
  return { enabled: false, reason: 'chair.status.stale' }
}
