import { useEffect, useRef } from 'react'
import { useTranslate } from '../i18n/LanguageContext'
import { useAdmin, useAdminPage } from './AdminContext'
import { MeetingLinksPanel } from './MeetingLinksPanel'

/** The meeting just created, with its links and QR codes to hand over at once. */
export function CreatedMeeting() {
  const { t } = useTranslate()
  const { store } = useAdminPage()
  const created = useAdmin((state) => state.created)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (created) heading.current?.focus()
  }, [created])
  if (!created) return null
  return (
    <section className="admin-panel admin-created" aria-labelledby="admin-created-title">
      <h2 id="admin-created-title" ref={heading} tabIndex={-1}>
        {t('admin.created.title', { title: created.title })}
      </h2>
      <p>{t('admin.created.lead')}</p>
      <MeetingLinksPanel links={created} />
      <button type="button" className="admin-button" onClick={() => store.setState({ created: null })}>
        {t('admin.created.close')}
      </button>
    </section>
  )
}
