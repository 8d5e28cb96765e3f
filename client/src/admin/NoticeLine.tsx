import { useTranslate } from '../i18n/LanguageContext'
import type { AdminNotice } from './adminStore'

/** What the last action came to, read out by screen readers as it changes. */
export function NoticeLine({ notice }: { notice: AdminNotice | null }) {
  const { t } = useTranslate()
  return (
    <div role="status" aria-live="polite">
      {notice && (
        <div className={`admin-notice admin-notice--${notice.tone}`}>
          <p>{t(notice.message, notice.values)}</p>
          {notice.details && (
            <ul>
              {notice.details.map((detail, index) => (
                <li key={index}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  )
}
