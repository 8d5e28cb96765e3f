import { useTranslate } from '../i18n/LanguageContext'
import { useTablet, useTabletState } from './TabletContext'
import { setAlerts } from './tabletStore'

/** The opt-in to a chime and a vibration when the turn comes; the tap itself unlocks audio. */
export function AlertsToggle() {
  const { t } = useTranslate()
  const { tablet, alerter } = useTablet()
  const alerts = useTabletState((state) => state.alerts)
  const toggle = () => {
    if (!alerts) alerter.enable()
    setAlerts(tablet.store, !alerts)
  }
  return (
    <button type="button" className="alerts-toggle" aria-pressed={alerts} onClick={toggle}>
      <svg className="alerts-toggle__icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4l2-2Z" />
        <path d="M10 20a2 2 0 0 0 4 0" />
      </svg>
      <span className="alerts-toggle__label">{t('delegate.alerts')}</span>
      <span className="alerts-toggle__state" aria-hidden="true">
        {t(alerts ? 'delegate.alertsOn' : 'delegate.alertsOff')}
      </span>
    </button>
  )
}
