import { useEffect } from 'react'
import { useTranslate } from '../i18n/LanguageContext'
import { useTablet, useTabletState } from './TabletContext'
import { dismissNotice } from './tabletStore'

/** How long a confirmation stays; a warning or a refusal stays until dismissed. */
export const confirmationShownMs = 8_000

/** What came of the last tap: confirmed, refused (and why), or not sent. */
export function NoticeBar() {
  const { t } = useTranslate()
  const { tablet } = useTablet()
  const notice = useTabletState((state) => state.notice)

  useEffect(() => {
    if (notice?.tone !== 'success') return
    const timer = setTimeout(() => {
      if (tablet.store.getState().notice?.id === notice.id) dismissNotice(tablet.store)
    }, confirmationShownMs)
    return () => clearTimeout(timer)
  }, [notice, tablet])

  if (!notice) return null
  return (
    <div className="notice" data-tone={notice.tone} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <p className="notice__text">{t(notice.key, notice.values)}</p>
      <button type="button" className="notice__dismiss" aria-label={t('delegate.notice.dismiss')} onClick={() => dismissNotice(tablet.store)}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  )
}
