import { formatClock } from '../../time/timerDisplay'
import { useId, useState, type FormEvent } from 'react'
import { Category, type Category as CategoryType } from '@floor/shared'
import { useTranslate } from '../../i18n/LanguageContext'
import { useFloor } from '../../store/FloorSessionContext'
import { useChair, useChairSession } from '../state/ChairContext'
import { runCommand } from '../state/chairCommands'
import { parseDuration } from './meetingTime'
import { useControlState } from './useControlState'

/**
 * The speaking-time guideline of the active segment, for everyone or for one
 * category (observers two minutes where Member States have three). It applies
 * to interventions that start from now on.
 */
export function GuidelineForm() {
  const session = useChairSession()
  const { t } = useTranslate()
  const segment = useFloor((state) => state.view?.segment ?? null)
  const { enabled } = useControlState()
  const saving = useChair((state) => Boolean(state.pending.guideline))
  const [category, setCategory] = useState<CategoryType | ''>('')
  const [text, setText] = useState('')
  const [invalid, setInvalid] = useState(false)
  const id = useId()
  if (!segment) return null

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const seconds = parseDuration(text)
    if (seconds === null || seconds < 10 || seconds > 3600) return setInvalid(true)
    const outcome = await runCommand(session, 'guideline', {
      type: 'set-guideline',
      seconds,
      ...(category === '' ? {} : { category }),
    })
    if (outcome?.ok) setText('')
  }

  const overrides = Object.entries(segment.guidelineByCategory) as Array<[CategoryType, number]>
  return (
    <form className="guideline" onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h3 className="guideline__title" id={`${id}-title`}>
        {t('chair.guideline.title')}
      </h3>
      <p className="guideline__current">
        <span>{t('chair.guideline.all', { time: formatClock(segment.guidelineSeconds) })}</span>
        {overrides.map(([which, seconds]) => (
          <span key={which} className="guideline__override">
            {t('chair.guideline.for', { category: t(`category.${which}`), time: formatClock(seconds) })}
          </span>
        ))}
      </p>
      <div className="guideline__fields">
        <label className="visually-hidden" htmlFor={`${id}-category`}>
          {t('chair.guideline.category')}
        </label>
        <select id={`${id}-category`} value={category} onChange={(event) => setCategory(event.target.value as CategoryType | '')}>
          <option value="">{t('chair.guideline.everyone')}</option>
          {Category.options.map((option) => (
            <option key={option} value={option}>
              {t(`category.${option}`)}
            </option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor={`${id}-time`}>
          {t('chair.guideline.time')}
        </label>
        <input
          id={`${id}-time`}
          className="guideline__time"
          type="text"
          inputMode="numeric"
          placeholder="3:00"
          value={text}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-invalid` : undefined}
          onChange={(event) => {
            setText(event.target.value)
            setInvalid(false)
          }}
        />
        <button type="submit" className="button button--small" disabled={!enabled || saving || text.trim() === ''}>
          {t('chair.guideline.set')}
        </button>
      </div>
      {invalid && (
        <p className="guideline__invalid" id={`${id}-invalid`}>
          {t('chair.guideline.invalid')}
        </p>
      )}
    </form>
  )
}
