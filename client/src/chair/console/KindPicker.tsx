import type { Kind } from '@floor/shared'
import { Kind as KindSchema } from '@floor/shared'
import { useTranslate } from '../../i18n/LanguageContext'
import { useChair, useChairSession } from '../state/ChairContext'
import { setPlacardKind } from '../state/chairStore'

/** Alt + the kind's letter, from the placard field: S statement, P point of order, R right of reply. */
export const kindByCode: Record<string, Kind | undefined> = {
  KeyS: 'statement',
  KeyP: 'point-of-order',
  KeyR: 'right-of-reply',
}

const letterOf: Record<Kind, string> = { statement: 'S', 'point-of-order': 'P', 'right-of-reply': 'R' }

/** Which kind of request the next placard is entered as; back to a statement after each. */
export function KindPicker() {
  const session = useChairSession()
  const { t } = useTranslate()
  const kind = useChair((state) => state.placardKind)
  return (
    <fieldset className="kind-picker">
      <legend className="visually-hidden">{t('chair.placard.kind')}</legend>
      {KindSchema.options.map((option) => (
        <label key={option} className="kind-picker__option" data-kind={option} title={`Alt+${letterOf[option]}`}>
          <input
            type="radio"
            name="placard-kind"
            value={option}
            checked={kind === option}
            onChange={() => setPlacardKind(session.store, option)}
          />
          <span>{t(`kind.${option}`)}</span>
        </label>
      ))}
    </fieldset>
  )
}
