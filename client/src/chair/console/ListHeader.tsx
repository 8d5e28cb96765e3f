import { statementsBeforeMedian, type SegmentView } from '@floor/shared'
import { useTranslate } from '../../i18n/LanguageContext'
import { useFloor } from '../../store/FloorSessionContext'
import { useServerNow } from '../../time/useServerClock'
import { useChair, useChairSession } from '../state/ChairContext'
import { setListOpen } from '../state/chairCommands'
import { formatClock } from '../../time/timerDisplay'
import { timeOfDay, useMeetingTimeZone } from '../../time/timeOfDay'
import { useControlState } from './useControlState'

/** What the forecasts rest on: the guideline until three statements have finished, then their median. */
function ForecastBasis({ segment }: { segment: SegmentView }) {
  const { t } = useTranslate()
  const basis = segment.forecastBasis
  if (!basis) return null
  const text =
    basis.statementMs === null
      ? t('chair.forecast.guideline', { finished: basis.statements, needed: statementsBeforeMedian })
      : t(basis.statementMs > segment.guidelineSeconds * 1000 ? 'chair.forecast.medianCapped' : 'chair.forecast.median', {
          count: basis.statements,
          time: formatClock(Math.round(basis.statementMs / 1000)),
        })
  return <p className="queue__forecast">{text}</p>
}

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
            : t('chair.list.overrun', { time: timeOfDay(endsAt, language, timeZone), over: formatClock(-left) })}
        </p>
      )}
      {segment && <ForecastBasis segment={segment} />}
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
