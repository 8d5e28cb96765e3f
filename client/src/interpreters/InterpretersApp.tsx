import { useMemo, useState } from 'react'
import { MeetingGate } from '../app/MeetingGate'
import { Notice } from '../app/Notice'
import { LanguageProvider } from '../i18n/LanguageContext'
import { useKeptLanguage } from '../i18n/keptLanguage'
import { directionOf } from '../i18n/languages'
import { useDocumentLanguage } from '../i18n/useDocumentLanguage'
import { connectFloor } from '../net/socket'
import { takeToken } from '../net/token'
import { createStatementsApi, type StatementsApi } from '../statements/statementsApi'
import { createFloorSession, type FloorSession } from '../store/floorSession'
import { FloorSessionProvider, useOwnedSession } from '../store/FloorSessionContext'
import { useWakeLock } from '../ui/useWakeLock'
import { BoothScreen } from './BoothScreen'
import { StatementCache } from './statementCache'

export interface InterpretersAppProps {
  /** The meeting of a `/m/:id/interpreters` link; null: the default meeting. */
  meetingId?: string | null
  /** Tests pass a session over a fake connection and their own statement routes. */
  createSession?: () => FloorSession
  statements?: StatementsApi
}

/**
 * `/interpreters#token=…`: the booth's page, signed in with the interpreters'
 * token the chair issued on the Tablets page (PROTOCOL.md section 9).
 */
export default function InterpretersApp({ meetingId = null, createSession, statements }: InterpretersAppProps) {
  const [token] = useState(() => (createSession ? null : takeToken({ scope: 'interpreter', meetingId })))
  const api = useMemo(() => statements ?? createStatementsApi(token, meetingId), [statements, token, meetingId])
  const cache = useMemo(() => new StatementCache(api), [api])
  const session = useOwnedSession(createSession ?? (() => createFloorSession({ connection: connectFloor({ token, meetingId }), meetingId })))
  // The booth's own language, kept in this browser; the statements keep theirs.
  const [language, setLanguage] = useKeptLanguage('floor.interpreters.language')
  useDocumentLanguage(language)
  useWakeLock()
  if (!createSession && !token) return <Notice message="route.needsLink" />
  if (!session) return null
  return (
    <LanguageProvider language={language} onChange={setLanguage}>
      <FloorSessionProvider session={session}>
        <MeetingGate store={session.store}>
          <div dir={directionOf(language)}>
            <BoothScreen cache={cache} />
          </div>
        </MeetingGate>
      </FloorSessionProvider>
    </LanguageProvider>
  )
}
