import type { Language } from '@floor/shared'
import { useFloor } from '../store/FloorSessionContext'
import { timeOfDay, useMeetingTimeZone } from '../time/timeOfDay'
import { useServerNow } from '../time/useServerClock'

/** The segment's title (the meeting's when none is active) and the time of day in the meeting's zone. */
export function DisplayHeader({ language }: { language: Language }) {
  const segmentTitle = useFloor((state) => state.view?.segment?.title)
  const meetingTitle = useFloor((state) => state.view?.meeting.title)
  return (
    <header className="display__header">
      {/* Its own direction: an English title on an Arabic display is cut at its end, not its beginning. */}
      <p className="display__segment" dir="auto">
        {segmentTitle ?? meetingTitle}
      </p>
      <TimeOfDay language={language} />
    </header>
  )
}

function TimeOfDay({ language }: { language: Language }) {
  const timeZone = useMeetingTimeZone()
  const now = useServerNow(1000)
  const text = timeOfDay(now, language, timeZone)
  return (
    <time className="display__clock" dateTime={new Date(now).toISOString()}>
      {text}
    </time>
  )
}
