import { useCallback, useEffect, useMemo, useState } from 'react'
import { NoSuchMeeting } from '../app/MeetingGate'
import { forgetChairToken } from '../chair/SignIn'
import { catalogues } from '../i18n/catalogues'
import { LanguageProvider, useTranslate } from '../i18n/LanguageContext'
import { useKeptLanguage } from '../i18n/keptLanguage'
import { reportPart } from '../i18n/messages/report/part'
import { useDocumentLanguage } from '../i18n/useDocumentLanguage'
import { takeToken } from '../net/token'
import { createReportApi, type ReportApi, type ReportOutcome } from './reportApi'
import { ReportPage } from './ReportPage'
import { ReportSignIn } from './ReportSignIn'
import './report.css'

catalogues.add(reportPart)

export interface ReportAppProps {
  /** The meeting of a `/m/:id/report` address; null: the default meeting's `/report`. */
  meetingId?: string | null
  /** Tests answer for the server. */
  api?: (token: string) => ReportApi
}

/**
 * `/report`, `/m/:id/report`: the meeting's report for its chair. The token
 * is the chair's of this meeting as the console keeps it in this tab's
 * session storage (or a `#token=` link); without one, or when the server
 * refuses it, the page asks for it.
 */
export default function ReportApp({ meetingId = null, api = (token) => createReportApi(token, meetingId) }: ReportAppProps) {
  // Its own choice once made here; until then the console's, as this browser keeps it.
  const [language, setLanguage] = useKeptLanguage('floor.report.language', ['floor.chair.language'])
  const [token, setToken] = useState<string | null>(() => takeToken({ scope: 'chair', meetingId }))
  const [refused, setRefused] = useState(false)
  // One API per token: the loader loads again only when the token changes.
  const [makeApi] = useState(() => api)
  const reportApi = useMemo(() => (token ? makeApi(token) : null), [makeApi, token])
  useDocumentLanguage(language)
  const refuse = useCallback(() => {
    forgetChairToken(meetingId)
    setRefused(true)
    setToken(null)
  }, [meetingId])
  return (
    <LanguageProvider language={language} onChange={setLanguage}>
      {token && reportApi ? (
        <ReportLoader key={token} api={reportApi} meetingId={meetingId} onRefused={refuse} />
      ) : (
        <ReportSignIn reason={refused ? 'refused' : 'missing'} meetingId={meetingId} onToken={setToken} />
      )}
    </LanguageProvider>
  )
}

type Loading = { state: 'loading' } | ReportOutcome

function ReportLoader({ api, meetingId, onRefused }: { api: ReportApi; meetingId: string | null; onRefused: () => void }) {
  const { t, dir } = useTranslate()
  const [loading, setLoading] = useState<Loading>({ state: 'loading' })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let live = true
    setLoading({ state: 'loading' })
    api.load().then((outcome) => live && setLoading(outcome))
    return () => {
      live = false
    }
  }, [api, attempt])
  useEffect(() => {
    if ('ok' in loading && !loading.ok && loading.reason === 'refused') onRefused()
  }, [loading, onRefused])

  if (!('ok' in loading)) {
    return (
      <main className="report" dir={dir}>
        <p role="status">{t('report.loading')}</p>
      </main>
    )
  }
  if (loading.ok) return <ReportPage report={loading.report} api={api} meetingId={meetingId} />
  if (loading.reason === 'not-found') return <NoSuchMeeting />
  if (loading.reason === 'refused') return null
  return (
    <main className="report" dir={dir}>
      <p role="alert">{t('report.failed', { message: loading.message })}</p>
      <button type="button" className="report__button" onClick={() => setAttempt((n) => n + 1)}>
        {t('report.retry')}
      </button>
    </main>
  )
}
