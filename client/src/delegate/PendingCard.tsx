import { useTranslate } from '../i18n/LanguageContext'
import { kindLabel } from '../i18n/translate'
import { cancelPending } from './intentDelivery'
import { useTablet } from './TabletContext'
import type { PendingIntent } from './tabletStore'

/** The tap not yet answered: what it asks, that it is not sent yet, and a way to cancel it. */
export function PendingCard({ pending }: { pending: PendingIntent }) {
  const { t, language } = useTranslate()
  const { tablet } = useTablet()
  const { intent, phase } = pending
  const what =
    intent.type === 'withdraw'
      ? t('delegate.withdrawKind', { kind: kindLabel(language, intent.kind) })
      : intent.kind === 'statement'
        ? t('delegate.request')
        : kindLabel(language, intent.kind)
  return (
    <div className="pending" data-phase={phase} role="status">
      <p className="pending__title">{t(phase === 'sending' ? 'delegate.pending.sending' : 'delegate.pending.notSent')}</p>
      <p className="pending__what">{what}</p>
      {phase === 'queued' && (
        <>
          <p className="pending__hint">{t('delegate.pending.whenOnline')}</p>
          <button type="button" className="pending__cancel" onClick={() => cancelPending(tablet)}>
            {t('delegate.pending.cancel')}
          </button>
        </>
      )}
    </div>
  )
}
