import { useEffect, useMemo, useState } from 'react'
import { useStore } from 'zustand'
import { LanguageProvider } from '../i18n/LanguageContext'
import { preferredLanguage } from '../i18n/languages'
import { useDocumentLanguage } from '../i18n/useDocumentLanguage'
import { takeToken } from '../net/token'
import { useOwnedSession } from '../store/FloorSessionContext'
import { ChairScreen } from './ChairScreen'
import { connectChair, type ChairSession } from './state/chairSession'
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
  const session = useOwnedSession(() => connect(token))
  if (!session) return null
  return <RefusalGate session={session} onToken={onToken} />
}

function RefusalGate({ session, onToken }: { session: ChairSession; onToken: (token: string) => void }) {
  const refused = useStore(session.store, (state) => state.lastError?.code === 'unauthorized')
  useEffect(() => {
    if (refused) forgetChairToken()
  }, [refused])
  if (refused) return <SignInPage reason="refused" onToken={onToken} />
  return <ChairScreen session={session} />
}
