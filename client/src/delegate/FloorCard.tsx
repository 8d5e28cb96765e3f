import type { FloorView } from '@floor/shared'
import { useTranslate } from '../i18n/LanguageContext'
import { kindLabel } from '../i18n/translate'
import { useTimerReading } from '../time/useServerClock'

/** "You have the floor", with the running timer: amber in the last 30 s, red beyond the guideline. */
export function FloorCard({ floor }: { floor: FloorView }) {
  const { t, language } = useTranslate()
  const reading = useTimerReading(floor.timer)
  const phase = reading?.phase ?? 'running'
  return (
    <div className="card card--floor" data-phase={phase} data-paused={reading?.paused ?? false}>
      <h2 className="card__headline">{t('delegate.youHaveTheFloor')}</h2>
      {floor.kind !== 'statement' && <p className="kind-badge">{kindLabel(language, floor.kind)}</p>}
      <p className="floor-timer__label">{t(phase === 'overrun' ? 'delegate.overTime' : 'delegate.timeLeft')}</p>
      {reading && (
        <p className="floor-timer__digits" role="timer" data-phase={reading.phase} data-long={reading.text.length > 5} dir="ltr">
          {reading.text}
        </p>
      )}
      {reading?.paused && <p className="floor-timer__paused">{t('timer.paused')}</p>}
    </div>
  )
}
