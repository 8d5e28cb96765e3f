import type { UndoView } from '@floor/shared'
import { delegationName } from '../../i18n/delegationNames'
import { useTranslate } from '../../i18n/LanguageContext'
import type { MessageKey } from '../../i18n/translate'
import { useFloor } from '../../store/FloorSessionContext'
import { useRoster } from '../../store/useRoster'
import { useServerNow } from '../../time/useServerClock'
import { useChair, useChairSession } from '../state/ChairContext'
import { undoLast } from '../state/chairCommands'
import { floorBusy } from '../state/chairStore'
import { useControlState } from './useControlState'

const labels = {
  next: 'chair.undo.next',
  'give-floor': 'chair.undo.give-floor',
  'end-floor': 'chair.undo.end-floor',
  remove: 'chair.undo.remove',
  move: 'chair.undo.move',
} as const satisfies Record<UndoView['command'], MessageKey>

/**
 * "Undo Next (Mexico)": shown for five minutes after a Next, Floor, End,
 * Remove or Move, as long as nothing else has changed since; every
 * co-facilitator's console shows it, since the server says what is undoable.
 */
export function UndoButton() {
  const session = useChairSession()
  const { t, language } = useTranslate()
  const roster = useRoster()
  const undoable = useFloor((state) => state.view?.undoable ?? null)
  const busy = useChair(floorBusy)
  const { enabled } = useControlState()
  const now = useServerNow(1000)
  if (!undoable || now > undoable.until) return null
  const name = undoable.delegationId
    ? delegationName(language, { delegationId: undoable.delegationId, name: undoable.name ?? undoable.delegationId }, roster)
    : ''
  return (
    <button
      type="button"
      className="button undo"
      disabled={!enabled || busy}
      onClick={() => void undoLast(session)}
      aria-keyshortcuts="Control+Z"
    >
      {t(labels[undoable.command], { name })} <kbd>Ctrl+Z</kbd>
    </button>
  )
}
