import { useTranslate } from '../i18n/LanguageContext'
import { useFloor } from '../store/FloorSessionContext'
import { useServerNow } from '../time/useServerClock'
import { timeOfDay } from '../time/timeOfDay'

/** The segment under way, whether its list takes requests, and the time in the meeting's zone. */
export function SegmentBar() {
  const { t, language } = useTranslate()
  const segment = useFloor((state) => state.view?.segment ?? null)
  const timeZone = useFloor((state) => state.meeting?.meeting.timeZone)
  const now = useServerNow(1000)
  return (
    <div className="segment-bar">
      {/* Titles come in English from the programme: laid out in their own direction, cut at their end. */}
      <span className="segment-bar__title" dir="auto">{segment ? segment.title : t('display.noSegment')}</span>
      {segment && (
        <span className="segment-bar__list" data-open={segment.listOpen}>
          {t(segment.listOpen ? 'display.listOpen' : 'display.listClosed')}
        </span>
      )}
      <time className="segment-bar__clock" dateTime={new Date(now).toISOString()}>
        {timeOfDay(now, language, timeZone)}
      </time>
    </div>
  )
}
