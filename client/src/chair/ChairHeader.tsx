import type { Language } from '@floor/shared'
import { useTranslate } from '../i18n/LanguageContext'
import { LanguageOptions } from '../i18n/LanguageOptions'
import { pagePath } from '../net/meetingPaths'
import { useFloor } from '../store/FloorSessionContext'
import { useServerNow } from '../time/useServerClock'
import { useChair, useChairSession } from './state/ChairContext'
import { setLanguage, showPage, type ChairPage } from './state/chairStore'
import { timeOfDay, useMeetingTimeZone } from '../time/timeOfDay'

/** The console's top bar: where we are in the programme, the time, the connection, the two pages. */
export function ChairHeader() {
  const session = useChairSession()
  const { t, language } = useTranslate()
  const page = useChair((state) => state.page)
  const segment = useFloor((state) => state.view?.segment?.title)
  const meeting = useFloor((state) => state.view?.meeting.title)
  const pages: ChairPage[] = ['console', 'tablets']
  return (
    <header className="chair-header">
      <div className="chair-header__where">
        <p className="chair-header__app">{t('chair.app')}</p>
        {/* Its own direction: an English title in the Arabic console is cut at its end, not its beginning. */}
        <p className="chair-header__segment" title={meeting} dir="auto">
          {segment ?? t('chair.header.noSegment')}
        </p>
      </div>
      <nav className="chair-header__pages" aria-label={t('chair.header.pages')}>
        {pages.map((which) => (
          <button
            key={which}
            type="button"
            className="chair-header__page"
            aria-current={page === which ? 'page' : undefined}
            onClick={() => showPage(session.store, which)}
          >
            {t(which === 'console' ? 'chair.page.console' : 'chair.page.tablets')}
          </button>
        ))}
        {/* A page of its own: the report reads this tab's chair token, kept in session storage. */}
        <a className="chair-header__page" href={pagePath(session.meetingId, 'report')} style={{ display: 'inline-flex', alignItems: 'center', textDecoration: 'none' }}>
          {t('report.link')}
        </a>
      </nav>
      <div className="chair-header__right">
        <Clock />
        <ConnectionDot />
        <label className="chair-header__language">
          <span className="visually-hidden">{t('chair.header.language')}</span>
          <select value={language} onChange={(event) => setLanguage(session.store, event.target.value as Language)}>
            <LanguageOptions />
          </select>
        </label>
      </div>
    </header>
  )
}

function Clock() {
  const { language } = useTranslate()
  const timeZone = useMeetingTimeZone()
  const now = useServerNow(1000)
  return (
    <time className="chair-header__clock" dateTime={new Date(now).toISOString()}>
      {timeOfDay(now, language, timeZone)}
    </time>
  )
}

function ConnectionDot() {
  const { t } = useTranslate()
  const connection = useFloor((state) => state.connection)
  const fresh = useFloor((state) => state.fresh)
  const status = connection === 'online' ? (fresh ? 'online' : 'stale') : connection
  const key =
    status === 'online' ? 'connection.online' : status === 'offline' ? 'chair.status.offlineShort' : status === 'stale' ? 'chair.status.staleShort' : 'connection.connecting'
  return (
    <span className="chair-header__connection" data-status={status}>
      <span className="chair-header__dot" aria-hidden="true" />
      {t(key)}
    </span>
  )
}
