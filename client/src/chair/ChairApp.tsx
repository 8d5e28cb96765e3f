import { useEffect, useMemo, useState } from 'react'
import { useStore } from 'zustand'
import { MeetingGate } from '../app/MeetingGate'
import { catalogues } from '../i18n/catalogues'
import { LanguageProvider } from '../i18n/LanguageContext'
import { preferredLanguage } from '../i18n/languages'
import { chairPart } from '../i18n/messages/chair/part'
import { reportPart } from '../i18n/messages/report/part'
import { useDocumentLanguage } from '../i18n/useDocumentLanguage'
import { takeToken } from '../net/token'
import { useOwnedSession } from '../store/FloorSessionContext'
import { ChairScreen } from './ChairScreen'
import { connectChair, type ChairSession } from './state/chairSession'
import { forgetChairToken, SignIn } from './SignIn'
import './chair.css'
import './side.css'

// The console's strings, and the report's (its link is in the console's header).
catalogues.add(chairPart, reportPart)

export interface ChairAppProps {
  /** Tests pass a session over a fake connection and a fake HTTP API. */
  connect?: (token: string) => ChairSession
  /** The meeting of a `/m/:id/chair` address; null: the default meeting's `/chair`. */
  meetingId?: string | null
}

/**
 * `/chair`: the co-facilitators' console. The token arrives in the link's
 * fragment, moves to this tab's session storage and leaves the address bar.
 */
export default function ChairApp({ meetingId = null, connect = (token) => connectChair(token, meetingId) }: ChairAppProps) {
  const [token, setToken] = useState<string | null>(() => takeToken({ scope: 'chair', meetingId }))
  if (!token) return <SignInPage reason="missing" onToken={setToken} meetingId={meetingId} />
  return <ChairHost key={token} token={token} connect={connect} onToken={setToken} meetingId={meetingId} />
}

interface SignInPageProps {
  reason: 'missing' | 'refused'
  onToken: (token: string) => void
  meetingId: string | null
}

function SignInPage({ reason, onToken, meetingId }: SignInPageProps) {
  const language = useMemo(() => preferredLanguage(), [])
  useDocumentLanguage(language)
  return (
    <LanguageProvider language={language}>
      <SignIn reason={reason} onToken={onToken} meetingId={meetingId} />
    </LanguageProvider>
  )
}

interface ChairHostProps {
  token: string
  connect: (token: string) => ChairSession
  onToken: (token: string) => void
  meetingId: string | null
}

function ChairHost({ token, connect, onToken, meetingId }: ChairHostProps) {
  const session = useOwnedSession(() => connect(token))
  if (!session) return null
  return (
    <MeetingGate store={session.store}>
      <RefusalGate session={session} onToken={onToken} meetingId={meetingId} />
    </MeetingGate>
  )
}

function RefusalGate({ session, onToken, meetingId }: { session: ChairSession; onToken: (token: string) => void; meetingId: string | null }) {
  const refused = useStore(session.store, (state) => state.lastError?.code === 'unauthorized')
  useEffect(() => {
    if (refused) forgetChairToken(meetingId)
  }, [refused, meetingId])
  if (refused) return <SignInPage reason="refused" onToken={onToken} meetingId={meetingId} />
  return <ChairScreen session={session} />
}
