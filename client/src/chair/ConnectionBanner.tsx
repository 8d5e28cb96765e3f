import { useTranslate } from '../i18n/LanguageContext'
import { useControlState } from './console/useControlState'

/** While the console cannot act (no connection, or no current state yet), a banner says why. */
export function ConnectionBanner() {
  const { t } = useTranslate()
  const { enabled, reason } = useControlState()
  if (enabled || !reason) return null
  return (
    <p className="connection-banner" role="status" data-reason={reason}>
      {t(reason)}
    </p>
  )
}
