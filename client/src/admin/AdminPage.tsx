import { useTranslate } from '../i18n/LanguageContext'
import { LanguageSwitch } from '../i18n/LanguageSwitch'
import { CreatedMeeting } from './CreatedMeeting'
import { MeetingList } from './MeetingList'
import { SetupForm } from './SetupForm'

/** The setup page: the form on the left, the meetings on the right. */
export function AdminPage() {
  const { t, dir } = useTranslate()
  return (
    <div className="admin" dir={dir}>
      <header className="admin__header">
        <h1>{t('admin.app')}</h1>
        <p>{t('admin.lead')}</p>
        <LanguageSwitch label="admin.language" className="admin__language" />
      </header>
      <main className="admin__main">
        <div className="admin__form-column">
          <CreatedMeeting />
          <SetupForm />
        </div>
        <MeetingList />
      </main>
    </div>
  )
}
