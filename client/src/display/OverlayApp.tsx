import { useEffect, useMemo } from 'react'
import { useDocumentLanguage } from '../i18n/useDocumentLanguage'
import { connectFloor } from '../net/socket'
import { createFloorSession, type FloorSession } from '../store/floorSession'
import { FloorSessionProvider, useOwnedSession } from '../store/FloorSessionContext'
import { displayOptionsOf } from './displayOptions'
import { LowerThird } from './LowerThird'

export interface OverlayAppProps {
  createSession?: () => FloorSession
  search?: string
}

/**
 * `/display/overlay`: a lower third for a video mixer's browser source (OBS,
 * vMix). The page is transparent; only the speaker's box is drawn.
 */
export default function OverlayApp({ createSession = connectAsDisplay, search = window.location.search }: OverlayAppProps) {
  const options = useMemo(() => displayOptionsOf(search), [search])
  const session = useOwnedSession(createSession)
  useDocumentLanguage(options.languages[0])
  useTransparentPage()
  if (!session) return null
  return (
    <FloorSessionProvider session={session}>
      <LowerThird languages={options.languages} />
    </FloorSessionProvider>
  )
}

function connectAsDisplay(): FloorSession {
  return createFloorSession({ connection: connectFloor({ token: null }) })
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
