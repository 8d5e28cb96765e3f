import { formatClock } from '../../time/timerDisplay'
import type { FloorView } from '@floor/shared'
import { FlagOf } from '../../flags/Flag'
import { delegationName } from '../../i18n/delegationNames'
import { StatementClip } from './StatementClip'
import { useTranslate } from '../../i18n/LanguageContext'
import { useFloor } from '../../store/FloorSessionContext'
import { useRoster } from '../../store/useRoster'
import { useTimerReading } from '../../time/useServerClock'
import { CategoryBadge, KindBadge } from '../Badges'
import { useChair, useChairSession } from '../state/ChairContext'
import { addTime, endFloor, toggleTimer } from '../state/chairCommands'
import { timeOfDay, useMeetingTimeZone } from '../../time/timeOfDay'
import { useControlState } from './useControlState'

/** Who has the floor, for how long still, and the controls of the timer. */
export function SpeakerPanel() {
  const floor = useFloor((state) => state.view?.floor ?? null)
  const { t } = useTranslate()
  return (
    <section className="panel speaker" aria-labelledby="chair-speaker-title" data-kind={floor?.kind}>
      <h2 className="panel__title" id="chair-speaker-title">
        {t('chair.speaker.title')}
      </h2>
      {floor ? <Speaker floor={floor} /> : <p className="speaker__empty">{t('chair.speaker.none')}</p>}
      <TimerControls floor={floor} />
    </section>
  )
}

function Speaker({ floor }: { floor: FloorView }) {
  const { t, language } = useTranslate()
  const roster = useRoster()
  const timeZone = useMeetingTimeZone()
  return (
    <>
      <div className="speaker__who">
        <FlagOf className="speaker__flag" of={floor} roster={roster} />
        <p className="speaker__name">{delegationName(language, floor, roster)}</p>
      </div>
      <p className="speaker__facts">
        <CategoryBadge category={floor.category} />
        <KindBadge kind={floor.kind} />
        <StatementClip statements={floor.statements} />
        {floor.calledToSeat ? (
          <span className="speaker__seat speaker__seat--reserved">{t('chair.speaker.reservedSeat')}</span>
        ) : floor.seat ? (
          <span className="speaker__seat">{t('chair.seat', { seat: floor.seat })}</span>
        ) : null}
        <span className="speaker__since">{t('chair.speaker.since', { time: timeOfDay(floor.startedAt, language, timeZone) })}</span>
      </p>
      <SpeakerTimer floor={floor} />
    </>
  )
}

function SpeakerTimer({ floor }: { floor: FloorView }) {
  const { t } = useTranslate()
  const reading = useTimerReading(floor.timer)
  if (!reading) return null
  const label = reading.phase === 'overrun' ? 'timer.overrun' : 'timer.remaining'
  return (
    <div className="speaker-timer" data-phase={reading.phase} data-paused={reading.paused}>
      <span className="speaker-timer__label">{t(label)}</span>
      <span className="speaker-timer__digits" role="timer" aria-label={`${t(label)} ${reading.text}`} dir="ltr">
        {reading.text}
      </span>
      <span className="speaker-timer__guideline">
        {t('chair.speaker.guideline', { time: formatClock(floor.timer.guidelineMs / 1000) })}
        {reading.paused && <strong className="speaker-timer__paused">{t('timer.paused')}</strong>}
      </span>
    </div>
  )
}

function TimerControls({ floor }: { floor: FloorView | null }) {
  const session = useChairSession()
  const { t } = useTranslate()
  const { enabled } = useControlState()
  const toggling = useChair((state) => Boolean(state.pending.timer))
  const ending = useChair((state) => Boolean(state.pending.floor))
  const off = !enabled || !floor
  const paused = floor?.timer.runningSince === null
  return (
    <div className="timer-controls" role="group" aria-label={t('chair.speaker.controls')}>
      <button type="button" className="button" disabled={off || toggling} onClick={() => void toggleTimer(session)} aria-keyshortcuts="P">
        {t(paused ? 'chair.speaker.resume' : 'chair.speaker.pause')} <kbd>P</kbd>
      </button>
      <button type="button" className="button" disabled={off} onClick={() => void addTime(session, -30)} aria-keyshortcuts="-">
        {t('chair.speaker.less')} <kbd>−</kbd>
      </button>
      <button type="button" className="button" disabled={off} onClick={() => void addTime(session, 30)} aria-keyshortcuts="+">
        {t('chair.speaker.more')} <kbd>+</kbd>
      </button>
      <button type="button" className="button button--quiet" disabled={off || ending} onClick={() => void endFloor(session)} aria-keyshortcuts="E">
        {t('chair.speaker.end')} <kbd>E</kbd>
      </button>
    </div>
  )
}
