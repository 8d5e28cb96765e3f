import { useEffect, useMemo, useState } from 'react'
import { LanguageProvider } from '../i18n/LanguageContext'
import { preferredLanguage } from '../i18n/languages'
import { useDocumentLanguage } from '../i18n/useDocumentLanguage'
import { takeToken } from '../net/token'
import { startFloorSession } from '../store/floorSession'
import { useStore } from 'zustand'
import { ChairScreen } from './ChairScreen'
import { connectChair, startChairSession, type ChairSession } from './chairSession'
import { forgetChairToken, SignIn } from './SignIn'
import './chair.css'
import './side.css'

export interface ChairAppProps {
  /** Tests pass a session over a fake connection and a fake HTTP API. */
  connect?: (token: string) => ChairSession
}

/**
 * `/chair`: the co-facilitators' console. The token arrives in the link's
 * fragment, moves to this tab's session storage and leaves the address bar.
 */
export default function ChairApp({ connect = connectChair }: ChairAppProps) {
  const [token, setToken] = useState<string | null>(() => takeToken('chair'))
  if (!token) return <SignInPage reason="missing" onToken={setToken} />
  return <ChairHost key={token} token={token} connect={connect} onToken={setToken} />
}

function SignInPage({ reason, onToken }: { reason: 'missing' | 'refused'; onToken: (token: string) => void }) {
  const language = useMemo(() => preferredLanguage(), [])
  useDocumentLanguage(language)
  return (
    <LanguageProvider language={language}>
      <SignIn reason={reason} onToken={onToken} />
    </LanguageProvider>
  )
}

interface ChairHostProps {
  token: string
  connect: (token: string) => ChairSession
  onToken: (token: string) => void
}

function ChairHost({ token, connect, onToken }: ChairHostProps) {
  const session = useOwnedChairSession(() => connect(token))
  if (!session) return null
  return <RefusalGate session={session} onToken={onToken} />
}

function RefusalGate({ session, onToken }: { session: ChairSession; onToken: (token: string) => void }) {
  const refused = useStore(session.floor.store, (state) => state.lastError?.code === 'unauthorized')
  useEffect(() => {
    if (refused) forgetChairToken()
  }, [refused])
  if (refused) return <SignInPage reason="refused" onToken={onToken} />
  return <ChairScreen session={session} />
}

/**
 * Creates the session when the console mounts and closes it on unmount;
 * creating inside the effect means React's development double-mount opens one
 * lasting connection, not two (as the foundation's `useOwnedSession`).
 */
function useOwnedChairSession(create: () => ChairSession): ChairSession | null {
  const [session, setSession] = useState<ChairSession | null>(null)
  useEffect(() => {
    const created = create()
    const stopFloor = startFloorSession(created.floor)
    const stopChair = startChairSession(created)
    setSession(created)
    return () => {
      stopChair()
      stopFloor()
      created.floor.connection.close()
    }
    // `create` is read once, on mount: a token keeps one session for its life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  return session
}
