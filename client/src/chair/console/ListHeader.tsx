import { useTranslate } from '../../i18n/LanguageContext'
import { useFloor } from '../../store/FloorSessionContext'
import { useServerNow } from '../../time/useServerClock'
import { useChair, useChairSession } from '../state/ChairContext'
import { setListOpen } from '../state/chairCommands'
import { formatClock } from '../../time/timerDisplay'
import { timeOfDay, useMeetingTimeZone } from '../../time/timeOfDay'
import { useControlState } from './useControlState'

/** The list's title, how many wait, when the segment must end, and whether delegates may still ask. */
export function ListHeader() {
  const session = useChairSession()
  const { t, language } = useTranslate()
  const timeZone = useMeetingTimeZone()
  const segment = useFloor((state) => state.view?.segment ?? null)
  const waiting = useFloor((state) => state.view?.queue.length ?? 0)
  const { enabled } = useControlState()
  const switching = useChair((state) => Boolean(state.pending.list))
  const now = useServerNow(1000)
  const endsAt = segment?.endsAt ?? null
  const left = endsAt !== null ? Math.floor((endsAt - now) / 1000) : null
  return (
    <header className="queue__header">
      <h2 className="panel__title" id="chair-list-title">
        {t('chair.list.title')}
        <span className="queue__count">{t('chair.list.waiting', { count: waiting })}</span>
      </h2>
      {endsAt !== null && left !== null && (
        <p className="queue__ends" data-over={left < 0}>
          {left >= 0
            ? t('chair.list.endsAt', { time: timeOfDay(endsAt, language, timeZone), left: formatClock(left) })
            : t('chair.list.endedAt', { time: timeOfDay(endsAt, language, timeZone) })}
        </p>
      )}
      {segment && (
        <div className="queue__open">
          <span className="queue__open-state" data-open={segment.listOpen}>
            {t(segment.listOpen ? 'chair.list.open' : 'chair.list.closed')}
          </span>
          <button
            type="button"
            className="button button--small"
            disabled={!enabled || switching}
            onClick={() => void setListOpen(session, !segment.listOpen)}
          >
            {t(segment.listOpen ? 'chair.list.close' : 'chair.list.reopen')}
          </button>
        </div>
      )}
    </header>
  )
}
