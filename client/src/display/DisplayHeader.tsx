import type { Language } from '@floor/shared'
import { useFloor } from '../store/FloorSessionContext'
import { useServerNow } from '../time/useServerClock'

/** The segment's title (the meeting's when none is active) and the time of day in the meeting's zone. */
export function DisplayHeader({ language }: { language: Language }) {
  const segmentTitle = useFloor((state) => state.view?.segment?.title)
  const meetingTitle = useFloor((state) => state.view?.meeting.title)
  return (
    <header className="display__header">
      <p className="display__segment">{segmentTitle ?? meetingTitle}</p>
      <TimeOfDay language={language} />
    </header>
  )
}

function TimeOfDay({ language }: { language: Language }) {
  const timeZone = useFloor((state) => state.meeting?.meeting.timeZone)
  const now = useServerNow(1000)
  const text = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone }).format(now)
  return (
    <time className="display__clock" dateTime={new Date(now).toISOString()}>
      {text}
    </time>
  )
}
