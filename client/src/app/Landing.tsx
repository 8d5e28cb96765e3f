import { useEffect, useMemo, useState } from 'react'
import type { Language, MeetingSummary } from '@floor/shared'
import { LanguageProvider, useTranslate } from '../i18n/LanguageContext'
import { useDocumentLanguage } from '../i18n/useDocumentLanguage'
import { preferredLanguage } from '../i18n/languages'
import { fetchMeetingList } from '../net/meetingList'
import { pagePath } from '../net/meetingPaths'
import { dateFormat } from '../time/timeOfDay'
import './page.css'

export interface LandingProps {
  /** Tests answer for the server. */
  loadMeetings?: () => Promise<MeetingSummary[]>
}

type Listing = { state: 'loading' } | { state: 'failed' } | { state: 'loaded'; meetings: MeetingSummary[] }

/**
 * `/`: what anyone who opens the server's address sees: the meetings with
 * their public pages (the room display, the webcast overlay). Chair and
 * tablet links are private and never listed.
 */
export function Landing({ loadMeetings = () => fetchMeetingList() }: LandingProps) {
  const language = useMemo(() => preferredLanguage(), [])
  const [listing, setListing] = useState<Listing>({ state: 'loading' })
  // Loaded once per visit: the list changes when a secretariat sets up a meeting, not while one reads it.
  const [load] = useState(() => loadMeetings)
  useDocumentLanguage(language)
  useEffect(() => {
    let live = true
    load().then(
      (meetings) => live && setListing({ state: 'loaded', meetings }),
      () => live && setListing({ state: 'failed' }),
    )
    return () => {
      live = false
    }
  }, [load])
  return (
    <LanguageProvider language={language}>
      <LandingPage listing={listing} />
    </LanguageProvider>
  )
}

function LandingPage({ listing }: { listing: Listing }) {
  const { t } = useTranslate()
  return (
    <main className="page">
      <h1 className="page__title">{t('app.name')}</h1>
      <p className="page__lead">{t('app.tagline')}</p>

      <section aria-labelledby="landing-meetings">
        <h2 className="page__heading" id="landing-meetings">
          {t('landing.meetings')}
        </h2>
        <p className="page__note">{t('landing.pagesHint')}</p>
        {listing.state === 'loading' && <p role="status">{t('landing.loading')}</p>}
        {listing.state === 'failed' && <DefaultMeetingLinks />}
        {listing.state === 'loaded' &&
          (listing.meetings.length === 0 ? (
            <p>{t('landing.none')}</p>
          ) : (
            <ul className="page__meetings">
              {sortedForReaders(listing.meetings).map((meeting) => (
                <MeetingEntry key={meeting.id} meeting={meeting} />
              ))}
            </ul>
          ))}
      </section>

      <section aria-labelledby="landing-secretariat" className="page__secretariat">
        <h2 className="page__heading" id="landing-secretariat">
          {t('landing.secretariat')}
        </h2>
        <p>
          <a href="/admin">{t('landing.setUp')}</a>
        </p>
        <p className="page__note">{t('landing.privateLinks')}</p>
      </section>
    </main>
  )
}

function MeetingEntry({ meeting }: { meeting: MeetingSummary }) {
  const { t, language } = useTranslate()
  const dates = datesOf(meeting, language)
  const titleId = `landing-meeting-${meeting.id}`
  return (
    <li className="page__meeting" aria-labelledby={titleId} data-archived={meeting.archived}>
      <h3 className="page__meeting-title" id={titleId}>
        {meeting.title}
        {meeting.archived && <span className="page__tag">{t('landing.archived')}</span>}
      </h3>
      {(meeting.venue || dates) && (
        <p className="page__meeting-where">{[meeting.venue, dates].filter(Boolean).join(' · ')}</p>
      )}
      <p className="page__meeting-links">
        <a href={pagePath(meeting.id, 'display')} aria-label={t('landing.displayOf', { title: meeting.title })}>
          {t('landing.display')}
        </a>
        <a href={pagePath(meeting.id, 'overlay')} aria-label={t('landing.overlayOf', { title: meeting.title })}>
          {t('landing.overlay')}
        </a>
      </p>
    </li>
  )
}

/** When the list cannot be had (an older server), the default meeting's pages still can. */
function DefaultMeetingLinks() {
  const { t } = useTranslate()
  return (
    <>
      <p role="alert">{t('landing.failed')}</p>
      <ul className="page__links">
        <li>
          <a href={pagePath(null, 'display')}>{t('landing.display')}</a>
          <p>{t('landing.displayHint')}</p>
        </li>
        <li>
          <a href={pagePath(null, 'overlay')}>{t('landing.overlay')}</a>
          <p>{t('landing.overlayHint')}</p>
        </li>
      </ul>
    </>
  )
}

/** Meetings under way or to come first, soonest first; archived ones after them. */
function sortedForReaders(meetings: readonly MeetingSummary[]): MeetingSummary[] {
  const start = (meeting: MeetingSummary) => (meeting.startsAt ? Date.parse(meeting.startsAt) : Number.POSITIVE_INFINITY)
  return [...meetings].sort((a, b) => Number(a.archived) - Number(b.archived) || start(a) - start(b) || a.title.localeCompare(b.title))
}

/** `19–20 June 2017`, the days as the meeting's own zone counts them. */
export function datesOf(meeting: Pick<MeetingSummary, 'startsAt' | 'endsAt' | 'timeZone'>, language: Language): string | null {
  if (!meeting.startsAt || !meeting.endsAt) return null
  const start = Date.parse(meeting.startsAt)
  const end = Date.parse(meeting.endsAt)
  if (!Number.isFinite(start) || !Number.isFinite(end)) return null
  const format = dateFormat(language, validZone(meeting.timeZone), { day: 'numeric', month: 'long', year: 'numeric' })
  return end > start ? format.formatRange(start, end) : format.format(start)
}

function validZone(timeZone: string): string | undefined {
  try {
    new Intl.DateTimeFormat('en', { timeZone })
    return timeZone
  } catch {
    return undefined
  }
}
