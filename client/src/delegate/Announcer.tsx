import { useTranslate } from '../i18n/LanguageContext'
import { useFloor } from '../store/FloorSessionContext'
import { ordinal } from './ordinals'
import { attentionOf, type TabletStatus } from './tabletStatus'

/**
 * What a screen reader says by itself: the place whenever it changes
 * (politely), and the turn coming (at once). The expected time is left out:
 * it moves with every change to the list and would be read out each time.
 */
export function Announcer({ status }: { status: TabletStatus }) {
  const { t, language } = useTranslate()
  const hasView = useFloor((state) => state.view !== null)
  const attention = attentionOf(status)
  const place = status.requests[0]?.place
  const urgent =
    attention === 'floor'
      ? t('delegate.announce.floor')
      : attention === 'seat'
        ? t('delegate.announce.seat')
        : attention === 'next'
          ? t('delegate.announce.next')
          : ''
  const polite =
    attention === 'waiting' && place !== undefined
      ? t('delegate.announce.place', { ordinal: ordinal(language, place) })
      : attention === 'idle' && hasView
        ? t('delegate.announce.notOnList')
        : ''
  return (
    <>
      <div className="visually-hidden" aria-live="assertive" aria-atomic="true" data-announcer="urgent">
        {urgent}
      </div>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true" data-announcer="polite">
        {polite}
      </div>
    </>
  )
}
