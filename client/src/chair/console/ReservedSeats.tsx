import { delegationName } from '../../i18n/delegationNames'
import { useTranslate } from '../../i18n/LanguageContext'
import { useFloor } from '../../store/FloorSessionContext'
import { useRoster } from '../../store/useRoster'

/**
 * The reserved stakeholder seats at the table and who sits in them: the
 * stakeholder speaking from one, then those called and still waiting.
 */
export function ReservedSeats() {
  const { t, language } = useTranslate()
  const roster = useRoster()
  const seats = useFloor((state) => state.view?.reservedSeats)
  const floor = useFloor((state) => state.view?.floor)
  const queue = useFloor((state) => state.view?.queue)
  const labels = useFloor((state) => state.meeting?.meeting.seatPlan?.reservedStakeholderSeatLabels)
  if (!seats || seats.total === 0) return null
  const occupants = [
    ...(floor?.calledToSeat ? [{ who: floor, speaking: true, position: 0 }] : []),
    ...(queue ?? []).flatMap((entry, index) => (entry.calledToSeat ? [{ who: entry, speaking: false, position: index + 1 }] : [])),
  ]
  return (
    <section className="reserved" aria-labelledby="chair-reserved-title">
      <h3 className="reserved__title" id="chair-reserved-title">
        {t('chair.seats.title', { taken: seats.taken, total: seats.total })}
      </h3>
      <ul className="reserved__seats">
        {Array.from({ length: seats.total }, (_, index) => {
          const occupant = occupants[index]
          const label = labels?.[index] ?? String(index + 1)
          return (
            <li key={label} className="reserved__seat" data-taken={index < seats.taken}>
              <span className="reserved__label">{t('chair.seat', { seat: label })}</span>
              <span className="reserved__who">
                {occupant
                  ? `${delegationName(language, occupant.who, roster)} · ${
                      occupant.speaking ? t('chair.seats.speaking') : t('chair.seats.waiting', { position: occupant.position })
                    }`
                  : index < seats.taken
                    ? t('chair.seats.takenElsewhere')
                    : t('chair.seats.free')}
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
