import { useEffect } from 'react'
import { MeetingGate } from '../app/MeetingGate'
import { connectFloor } from '../net/socket'
import { createFloorSession, type FloorSession } from '../store/floorSession'
import { FloorSessionProvider, useOwnedSession } from '../store/FloorSessionContext'
import { useDisplayOptions } from './useDisplayOptions'
import { LowerThird } from './LowerThird'

export interface OverlayAppProps {
  createSession?: () => FloorSession
  search?: string
  /** The meeting of a `/m/:id/…` address; null: the default meeting. */
  meetingId?: string | null
}

/**
 * `/display/overlay`: a lower third for a video mixer's browser source (OBS,
 * vMix). The page is transparent; only the speaker's box is drawn.
 */
export default function OverlayApp({ meetingId = null, createSession = () => connectAsDisplay(meetingId), search = window.location.search }: OverlayAppProps) {
  const session = useOwnedSession(createSession)
  useTransparentPage()
  if (!session) return null
  return (
    <FloorSessionProvider session={session}>
      <MeetingGate store={session.store}>
        <MeetingLowerThird search={search} />
      </MeetingGate>
    </FloorSessionProvider>
  )
}

function MeetingLowerThird({ search }: { search: string }) {
  const options = useDisplayOptions(search)
  return options && <LowerThird languages={options.languages} />
}

function connectAsDisplay(meetingId: string | null): FloorSession {
  return createFloorSession({ connection: connectFloor({ token: null, meetingId }), meetingId })
}

/** The mixer keys on the page's alpha: html and body must not paint a background. */
function useTransparentPage(): void {
  useEffect(() => {
    document.documentElement.dataset.surface = 'overlay'
    return () => {
      delete document.documentElement.dataset.surface
    }
  }, [])
}
