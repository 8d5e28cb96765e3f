import { useTranslate } from '../../i18n/LanguageContext'
import { useFloor } from '../../store/FloorSessionContext'
import { useServerNow } from '../../time/useServerClock'
import { timeOfDay, useMeetingTimeZone } from '../../time/timeOfDay'
import { dayTitle } from './meetingTime'

/**
 * What a printed list of speakers says above its rows: the meeting, the
 * segment with its hours, and when it was printed. On paper only (print.css).
 */
export function PrintHeading() {
  const { t, language } = useTranslate()
  const timeZone = useMeetingTimeZone()
  const meeting = useFloor((state) => state.view?.meeting.title ?? state.meeting?.meeting.title ?? '')
  const segment = useFloor((state) => state.view?.segment ?? null)
  const scheduled = useFloor((state) => (state.view?.programme ?? state.meeting?.segments ?? []).find((s) => s.id === segment?.id))
  const now = useServerNow(1000)
  const hours = scheduled
    ? `${timeOfDay(Date.parse(scheduled.startsAt), language, timeZone)}–${timeOfDay(Date.parse(scheduled.endsAt), language, timeZone)}`
    : null
  return (
    <header className="print-heading">
      <p className="print-heading__meeting" dir="auto">
        {meeting}
      </p>
      <p className="print-heading__segment">
        <bdi>{segment ? segment.title : t('chair.header.noSegment')}</bdi>
        {hours && <span className="print-heading__hours">{hours}</span>}
      </p>
      <p className="print-heading__time">{t('chair.print.asOf', { time: timeOfDay(now, language, timeZone), day: dayTitle(now, language, timeZone) })}</p>
    </header>
  )
}
