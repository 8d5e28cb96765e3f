import { liveForecast, type Forecast } from '@floor/shared'
import { useTranslate } from '../i18n/LanguageContext'
import { kindLabel } from '../i18n/translate'
import { useFloor } from '../store/FloorSessionContext'
import { useFrameValue } from '../time/useServerClock'
import { ordinal } from './ordinals'
import type { Attention, OwnRequest } from './tabletStatus'
import { timeOfDay } from '../time/timeOfDay'

interface PlaceCardProps {
  request: OwnRequest
  attention: Attention
}

/** The delegation's best-placed request: its place, when it is expected, and whether it is next or called. */
export function PlaceCard({ request, attention }: PlaceCardProps) {
  const { t, language } = useTranslate()
  const { entry, place } = request
  return (
    <div className="card" data-attention={attention}>
      {attention === 'next' && (
        <>
          <h2 className="card__headline">{t('delegate.youAreNext')}</h2>
          <p className="card__line">{t('delegate.youAreNextHint')}</p>
        </>
      )}
      {attention === 'seat' && <SeatCall place={place} />}
      {attention === 'waiting' && (
        <h2 className="place">
          <span className="place__label">{t('delegate.place')}</span>
          <span className="place__ordinal">{ordinal(language, place)}</span>
          <span className="place__caption">{t('delegate.placeCaption')}</span>
        </h2>
      )}
      {entry.kind !== 'statement' && <p className="kind-badge">{kindLabel(language, entry.kind)}</p>}
      {entry.onBehalfOf && <p className="card__line">{t('delegate.onBehalfOfGroup', { group: entry.onBehalfOf.name })}</p>}
      {attention !== 'next' && <ExpectedStart request={request} />}
    </div>
  )
}

function SeatCall({ place }: { place: number }) {
  const { t, language } = useTranslate()
  const seats = useFloor((state) => state.meeting?.meeting.seatPlan?.reservedStakeholderSeatLabels ?? [])
  return (
    <>
      <h2 className="card__headline">{t('delegate.calledToSeat')}</h2>
      <p className="card__line">{t('delegate.calledToSeatHint')}</p>
      {seats.length > 0 && <p className="card__line card__seats">{t('delegate.reservedSeats', { seats: seats.join(', ') })}</p>}
      <p className="card__line card__place">
        {place === 1 ? t('delegate.youAreNext') : `${ordinal(language, place)} ${t('delegate.placeCaption')}`}
      </p>
    </>
  )
}

const sameMinute = (a: Forecast | null, b: Forecast | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    Math.floor(a.expectedStartAt / 60_000) === Math.floor(b.expectedStartAt / 60_000) &&
    a.timePermitting === b.timePermitting)

/** "Expected at about 10:42" in the meeting's time zone, and "time permitting" past the segment's end. */
function ExpectedStart({ request }: { request: OwnRequest }) {
  const { t, language } = useTranslate()
  const view = useFloor((state) => state.view)
  const timeZone = useFloor((state) => state.meeting?.meeting.timeZone)
  const forecast = useFrameValue((now) => (view ? liveForecast(view, request.entry, now) : null), sameMinute)
  if (!forecast) return null
  return (
    <div className="expected" data-time-permitting={forecast.timePermitting}>
      <p className="expected__time">{t('delegate.expectedAt', { time: timeOfDay(forecast.expectedStartAt, language, timeZone) })}</p>
      {forecast.timePermitting && (
        <p className="expected__permitting">
          <strong>{t('delegate.timePermitting')}</strong> <span>{t('delegate.timePermittingHint')}</span>
        </p>
      )}
    </div>
  )
}
