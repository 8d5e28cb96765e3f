import { useTranslate } from '../i18n/LanguageContext'
import { useFloor } from '../store/FloorSessionContext'

/**
 * Says plainly when the tablet is not in touch with the server. Socket.IO
 * reconnects by itself; a refused link cannot, and says whom to ask.
 */
export function ConnectionBanner() {
  const { t } = useTranslate()
  const connection = useFloor((state) => state.connection)
  const refused = useFloor((state) => state.lastError?.code === 'unauthorized')
  const hasView = useFloor((state) => state.view !== null)
  if (refused) {
    return (
      <div className="connection-banner" data-problem="unauthorized" role="alert">
        <p className="connection-banner__title">{t('connection.unauthorized')}</p>
      </div>
    )
  }
  if (connection === 'online') return null
  if (connection === 'connecting' && !hasView) {
    return (
      <div className="connection-banner" data-problem="connecting" role="status">
        <p className="connection-banner__title">{t('connection.connecting')}</p>
      </div>
    )
  }
  return (
    <div className="connection-banner" data-problem="offline" role="alert">
      <span className="connection-banner__dot" aria-hidden="true" />
      <p className="connection-banner__title">{t('delegate.offline')}</p>
      <p className="connection-banner__hint">
        {t('delegate.staleHint')} {t('delegate.offlineHint')}
      </p>
    </div>
  )
}
