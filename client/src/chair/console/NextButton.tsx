import { delegationName } from '../../i18n/delegationNames'
import { useTranslate } from '../../i18n/LanguageContext'
import { useFloor } from '../../store/FloorSessionContext'
import { useRoster } from '../../store/useRoster'
import { useChair, useChairSession } from '../state/ChairContext'
import { advance } from '../state/chairCommands'
import { floorBusy } from '../state/chairStore'
import { useControlState } from './useControlState'

/**
 * The one button a co-facilitator presses most: ends the intervention and
 * gives the floor to the head of the list. Says who that is before it is pressed.
 */
export function NextButton() {
  const session = useChairSession()
  const { t, language } = useTranslate()
  const roster = useRoster()
  const head = useFloor((state) => state.view?.queue[0] ?? null)
  const speaking = useFloor((state) => state.view?.floor != null)
  const busy = useChair(floorBusy)
  const { enabled, reason } = useControlState()
  const nothingToDo = !head && !speaking
  const who = head
    ? t('chair.next.to', { name: delegationName(language, head, roster) })
    : speaking
      ? t('chair.next.endsOnly')
      : t('chair.next.empty')
  return (
    <div className="next">
      <button
        type="button"
        className="next__button"
        // While a Next is on its way the button stays focusable (a disabled button would drop
        // the keyboard focus to the page); presses are ignored until the new state is in.
        disabled={!enabled || nothingToDo}
        aria-disabled={busy || undefined}
        aria-keyshortcuts="N Space"
        aria-describedby={reason ? 'chair-controls-reason' : undefined}
        onClick={() => void advance(session)}
      >
        <span className="next__label">
          {t(busy ? 'chair.next.sending' : 'chair.next.label')} <kbd>N</kbd>
        </span>
        <span className="next__who">{who}</span>
      </button>
      {reason && (
        <p className="controls-reason" id="chair-controls-reason">
          {t(reason)}
        </p>
      )}
    </div>
  )
}
