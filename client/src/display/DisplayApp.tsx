import { MeetingGate } from '../app/MeetingGate'
import { connectFloor } from '../net/socket'
import { createFloorSession, type FloorSession } from '../store/floorSession'
import { FloorSessionProvider, useOwnedSession } from '../store/FloorSessionContext'
import { DisplayScreen } from './DisplayScreen'
import { useDisplayOptions } from './useDisplayOptions'
import { useFullscreenOnDoubleClick } from './useFullscreenOnDoubleClick'
import { useWakeLock } from '../ui/useWakeLock'

export interface DisplayAppProps {
  /** Tests pass a session over a fake connection and a fake device clock. */
  createSession?: () => FloorSession
  /** The address's query (`?lang=en,fr&theme=contrast`); without `lang`, the meeting's display languages. */
  search?: string
  /** The meeting of a `/m/:id/…` address; null: the default meeting. */
  meetingId?: string | null
}

/** `/display`: connects without a token, as the read-only display role. */
export default function DisplayApp({ meetingId = null, createSession = () => connectAsDisplay(meetingId), search = window.location.search }: DisplayAppProps) {
  const session = useOwnedSession(createSession)
  useWakeLock()
  useFullscreenOnDoubleClick()
  if (!session) return null
  return (
    <FloorSessionProvider session={session}>
      <MeetingGate store={session.store}>
        <MeetingDisplay search={search} />
      </MeetingGate>
    </FloorSessionProvider>
  )
}

function MeetingDisplay({ search }: { search: string }) {
  const options = useDisplayOptions(search)
  return options && <DisplayScreen options={options} />
}

function connectAsDisplay(meetingId: string | null): FloorSession {
  return createFloorSession({ connection: connectFloor({ token: null, meetingId }), meetingId })
}
