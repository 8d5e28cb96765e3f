import { useTranslate } from '../i18n/LanguageContext'
import { kindLabel } from '../i18n/translate'
import { useFloor } from '../store/FloorSessionContext'
import { FloorCard } from './FloorCard'
import { ordinal } from './ordinals'
import { PlaceCard } from './PlaceCard'
import { attentionOf, type OwnRequest, type TabletStatus } from './tabletStatus'

/** Where the delegation stands: speaking, called, next, waiting, or not on the list. */
export function StatusPanel({ status }: { status: TabletStatus }) {
  const hasView = useFloor((state) => state.view !== null)
  if (!hasView) return <section className="status" />
  const attention = attentionOf(status)
  const [primary, ...others] = status.requests
  return (
    <section className="status">
      {status.speaking ? (
        <FloorCard floor={status.speaking} />
      ) : primary && attention !== 'idle' ? (
        <PlaceCard request={primary} attention={attention} />
      ) : (
        <IdleCard />
      )}
      <OtherRequests requests={status.speaking ? status.requests : others} />
    </section>
  )
}

function IdleCard() {
  const { t } = useTranslate()
  const segment = useFloor((state) => state.view?.segment ?? null)
  const waiting = useFloor((state) => state.view?.queueLength ?? state.view?.queue.length ?? 0)
  return (
    <div className="card card--idle">
      <h2 className="card__headline">{segment ? t('delegate.notOnList') : t('display.noSegment')}</h2>
      {segment && <p className="card__line">{t('delegate.queueLength', { count: waiting })}</p>}
    </div>
  )
}

/** The delegation's further requests (a right of reply beside a statement), compact. */
function OtherRequests({ requests }: { requests: readonly OwnRequest[] }) {
  const { language, t } = useTranslate()
  if (requests.length === 0) return null
  return (
    <ul className="other-requests">
      {requests.map(({ entry, place }) => (
        <li key={entry.requestId} className="other-requests__entry" data-kind={entry.kind}>
          <span className="other-requests__kind">{kindLabel(language, entry.kind)}</span>
          <span className="other-requests__place">
            {ordinal(language, place)} <span className="other-requests__caption">{t('delegate.placeCaption')}</span>
          </span>
        </li>
      ))}
    </ul>
  )
}
