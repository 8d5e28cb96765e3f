import { useEffect, useState } from 'react'
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
  if (phase === 'queued' && pending.sendAt !== null) return <WithdrawGrace pending={pending} what={what} />
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

/** A withdrawal in its few seconds of grace: the place is kept until it is sent, and Take back keeps it for good. */
function WithdrawGrace({ pending, what }: { pending: PendingIntent; what: string }) {
  const { t } = useTranslate()
  const { tablet } = useTablet()
  const seconds = useSecondsUntil(pending.sendAt ?? 0, tablet.now)
  return (
    <div className="pending pending--grace" data-phase="grace" role="status">
      <p className="pending__title">{t('delegate.pending.withdrawingIn', { seconds })}</p>
      <p className="pending__what">{what}</p>
      <p className="pending__hint">{t('delegate.pending.placeKept')}</p>
      <button type="button" className="pending__cancel" onClick={() => cancelPending(tablet)} autoFocus>
        {t('delegate.pending.takeBack')}
      </button>
    </div>
  )
}

/** Whole seconds left until `at` (device ms), counted down once a second. */
function useSecondsUntil(at: number, now: () => number): number {
  const left = () => Math.max(0, Math.ceil((at - now()) / 1000))
  const [seconds, setSeconds] = useState(left)
  useEffect(() => {
    const timer = setInterval(() => setSeconds(left()), 1000)
    return () => clearInterval(timer)
  })
  return seconds
}
