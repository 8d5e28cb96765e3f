import { useMemo } from 'react'
import { MeetingGate } from '../app/MeetingGate'
import { useDocumentLanguage } from '../i18n/useDocumentLanguage'
import { connectFloor } from '../net/socket'
import { createFloorSession, type FloorSession } from '../store/floorSession'
import { FloorSessionProvider, useOwnedSession } from '../store/FloorSessionContext'
import { DisplayScreen } from './DisplayScreen'
import { displayOptionsOf } from './displayOptions'
import { useFullscreenOnDoubleClick } from './useFullscreenOnDoubleClick'
import { useWakeLock } from '../ui/useWakeLock'

export interface DisplayAppProps {
  /** Tests pass a session over a fake connection and a fake device clock. */
  createSession?: () => FloorSession
  /** The address's query (`?lang=en,fr&theme=contrast`). */
  search?: string
  /** The meeting of a `/m/:id/…` address; null: the default meeting. */
  meetingId?: string | null
}

/** `/display`: connects without a token, as the read-only display role. */
export default function DisplayApp({ meetingId = null, createSession = () => connectAsDisplay(meetingId), search = window.location.search }: DisplayAppProps) {
  const options = useMemo(() => displayOptionsOf(search), [search])
  const session = useOwnedSession(createSession)
  useDocumentLanguage(options.languages[0])
  useWakeLock()
  useFullscreenOnDoubleClick()
  if (!session) return null
  return (
    <FloorSessionProvider session={session}>
      <MeetingGate store={session.store}>
        <DisplayScreen options={options} />
      </MeetingGate>
    </FloorSessionProvider>
  )
}

function connectAsDisplay(meetingId: string | null): FloorSession {
  return createFloorSession({ connection: connectFloor({ token: null, meetingId }), meetingId })
}
