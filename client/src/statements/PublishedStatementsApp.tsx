import { useEffect, useState } from 'react'
import type { MeetingDocument, StatementListing } from '@floor/shared'
import { LanguageProvider, useTranslate } from '../i18n/LanguageContext'
import { languageNames, preferredLanguage } from '../i18n/languages'
import { useDocumentLanguage } from '../i18n/useDocumentLanguage'
import { fetchMeetingDocument } from '../net/meetingDocument'
import { createStatementsApi, statementsPath } from './statementsApi'
import '../app/page.css'

export interface PublishedStatementsProps {
  meetingId?: string | null
  /** Tests answer for the server. */
  load?: () => Promise<{ statements: StatementListing[]; document: MeetingDocument | null }>
}

type Listing = { state: 'loading' } | { state: 'failed' } | { state: 'loaded'; statements: StatementListing[]; document: MeetingDocument | null }

/**
 * `/statements` (`/m/:id/statements`): public. The written statements their
 * delegations chose to publish, once delivered (PROTOCOL.md section 9), with
 * the delegation, the segment and the time of delivery.
 */
export default function PublishedStatementsApp({ meetingId = null, load }: PublishedStatementsProps) {
  const [language] = useState(() => preferredLanguage())
  useDocumentLanguage(language)
  return (
    <LanguageProvider language={language}>
      <PublishedStatements meetingId={meetingId} load={load ?? (() => loadPublished(meetingId))} />
    </LanguageProvider>
  )
}

async function loadPublished(meetingId: string | null) {
  const [statements, document] = await Promise.all([
    createStatementsApi(null, meetingId).list(),
    fetchMeetingDocument(meetingId).catch(() => null),
  ])
  return { statements, document }
}

function PublishedStatements({ meetingId, load }: { meetingId: string | null; load: NonNullable<PublishedStatementsProps['load']> }) {
  const { t, language } = useTranslate()
  const [listing, setListing] = useState<Listing>({ state: 'loading' })
  useEffect(() => {
    let live = true
    load().then(
      (loaded) => live && setListing({ state: 'loaded', ...loaded }),
      () => live && setListing({ state: 'failed' }),
    )
    return () => {
      live = false
    }
    // Loaded once per visit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  const document = listing.state === 'loaded' ? listing.document : null
  const segmentTitle = (id: string | null) => document?.segments.find((s) => s.id === id)?.title ?? ''
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', ...(document ? { timeZone: document.meeting.timeZone } : {}) })
  return (
    <main className="page">
      <h1 className="page__title">{t('statements.publicTitle')}</h1>
      <p className="page__lead">
        {document?.meeting.title ? `${document.meeting.title}. ` : ''}
        {t('statements.publicHint')}
      </p>
      {listing.state === 'loaded' && listing.statements.length === 0 && <p>{t('statements.publicNone')}</p>}
      {listing.state === 'failed' && <p role="alert">{t('route.noMeeting')}</p>}
      {listing.state === 'loaded' && listing.statements.length > 0 && (
        <ul className="page__links">
          {listing.statements.map((statement) => (
            <li key={statement.statementId}>
              <a href={`${statementsPath(meetingId)}/${encodeURIComponent(statement.statementId)}`} dir="auto">
                {statement.name}
              </a>
              <p>
                {segmentTitle(statement.segmentId)}
                {statement.deliveredAt !== null && ` · ${t('statements.deliveredAt', { time: when.format(statement.deliveredAt) })}`} ·{' '}
                {languageNames[statement.language]} · <span dir="auto">{statement.filename}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </main>
  )
}
