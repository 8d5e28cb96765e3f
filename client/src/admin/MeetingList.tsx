import { useRef } from 'react'
import type { MeetingSummary } from '@floor/shared'
import { useTranslate } from '../i18n/LanguageContext'
import { archiveMeeting, askToArchive, exportSetup, loadMeetings, toggleLinks } from './adminActions'
import { useAdmin, useAdminPage } from './AdminContext'
import { meetingDates } from './meetingDates'
import { MeetingLinksPanel } from './MeetingLinksPanel'
import { NoticeLine } from './NoticeLine'

/** Every meeting on the server, newest programme first as the server lists them, with what can be done to each. */
export function MeetingList() {
  const { t } = useTranslate()
  const { store, api } = useAdminPage()
  const meetings = useAdmin((state) => state.meetings)
  const listError = useAdmin((state) => state.listError)
  const notice = useAdmin((state) => state.listNotice)
  return (
    <section className="admin-panel admin-list" aria-labelledby="admin-list-title">
      <h2 id="admin-list-title">{t('admin.list.title')}</h2>
      <NoticeLine notice={notice} />
      {listError ? (
        <p role="alert" className="admin-notice admin-notice--error">
          {t('admin.list.failed', { message: listError })}{' '}
          <button type="button" className="admin-button" onClick={() => void loadMeetings(store, api)}>
            {t('admin.list.retry')}
          </button>
        </p>
      ) : meetings === null ? (
        <p>{t('admin.list.loading')}</p>
      ) : meetings.length === 0 ? (
        <p>{t('admin.list.empty')}</p>
      ) : (
        <ul className="admin-list__items">
          {meetings.map((meeting) => (
            <MeetingItem key={meeting.id} meeting={meeting} />
          ))}
        </ul>
      )}
    </section>
  )
}

function MeetingItem({ meeting }: { meeting: MeetingSummary }) {
  const { t, language } = useTranslate()
  const { store, api } = useAdminPage()
  const links = useAdmin((state) => state.links[meeting.id])
  const confirming = useAdmin((state) => state.confirmingArchive === meeting.id)
  const archiving = useAdmin((state) => Boolean(state.busy[`archive:${meeting.id}`]))
  const exporting = useAdmin((state) => Boolean(state.busy[`export:${meeting.id}`]))
  const dates = meetingDates(language, meeting.timeZone, meeting.startsAt, meeting.endsAt)
  const linksId = `admin-links-${meeting.id}`
  const open = links !== undefined && links.status !== 'error'
  const archiveButton = useRef<HTMLButtonElement>(null)
  const cancel = () => {
    askToArchive(store, null)
    archiveButton.current?.focus()
  }
  return (
    <li className="admin-meeting" data-archived={meeting.archived}>
      <h3 className="admin-meeting__title" dir="auto">
        {meeting.title}
        {meeting.archived && <span className="admin-badge">{t('admin.list.archived')}</span>}
      </h3>
      <p className="admin-meeting__facts">
        <span>{dates ?? t('admin.list.noProgramme')}</span>
        <span>{meeting.timeZone}</span>
        {meeting.venue && <span>{meeting.venue}</span>}
        <span className="admin-meeting__id">{t('admin.list.id', { id: meeting.id })}</span>
      </p>
      <div className="admin-meeting__actions">
        <button
          type="button"
          className="admin-button"
          aria-expanded={open}
          aria-controls={linksId}
          onClick={() => void toggleLinks(store, api, meeting.id)}
        >
          {open ? t('admin.list.hideLinks') : t('admin.list.showLinks')}
        </button>
        <button type="button" className="admin-button" disabled={exporting} onClick={() => void exportSetup(store, api, meeting.id)}>
          {t('admin.list.export')}
        </button>
        {!meeting.archived && (
          <button
            ref={archiveButton}
            type="button"
            className="admin-button admin-button--danger"
            aria-expanded={confirming}
            onClick={() => askToArchive(store, meeting.id)}
          >
            {t('admin.list.archive')}
          </button>
        )}
      </div>
      {confirming && (
        <div role="alertdialog" aria-labelledby={`admin-archive-${meeting.id}`} className="admin-confirm">
          <p id={`admin-archive-${meeting.id}`}>{t('admin.archive.confirm', { title: meeting.title })}</p>
          <button
            type="button"
            className="admin-button admin-button--danger"
            disabled={archiving}
            onClick={() => void archiveMeeting(store, api, meeting.id)}
          >
            {t('admin.archive.yes')}
          </button>
          <button type="button" className="admin-button" autoFocus onClick={cancel}>
            {t('admin.archive.no')}
          </button>
        </div>
      )}
      <div id={linksId}>
        {links?.status === 'loading' && <p>{t('admin.links.loading')}</p>}
        {links?.status === 'error' && (
          <p role="alert" className="admin-notice admin-notice--error">
            {t('admin.links.failed', { message: links.message })}
          </p>
        )}
        {links?.status === 'shown' && <MeetingLinksPanel links={links.links} />}
      </div>
    </li>
  )
}
