import { useId, useState, type FormEvent, type KeyboardEvent } from 'react'
import type { ProgrammeSegment } from '@floor/shared'
import { useTranslate } from '../../i18n/LanguageContext'
import type { MessageKey } from '../../i18n/translate'
import { useChair, useChairSession } from '../state/ChairContext'
import { editProgramme } from '../state/chairCommands'
import { instantsOf, timesOf, type SegmentTimes } from './segmentTimes'
import { useControlState } from './useControlState'

interface SegmentFormProps {
  /** The segment edited; absent: a new one, starting from `slot`. */
  segment?: ProgrammeSegment
  slot: SegmentTimes
  timeZone: string
  /** The form is done with: saved, removed or cancelled. */
  onClose: () => void
}

type FieldProblem = { field: 'title' | 'times'; message: MessageKey } | null

/**
 * Adds or edits one segment: a title, a date and two times of day in the
 * meeting's zone, and whether it takes requests. Editing also offers to
 * remove it, after asking; the server's refusal reaches the notice.
 */
export function SegmentForm({ segment, slot, timeZone, onClose }: SegmentFormProps) {
  const session = useChairSession()
  const { t } = useTranslate()
  const { enabled } = useControlState()
  const saving = useChair((state) => Boolean(state.pending.programme))
  const [title, setTitle] = useState(segment?.title ?? '')
  const [times, setTimes] = useState<SegmentTimes>(() => (segment && timesOf(segment, timeZone)) || slot)
  const [takesRequests, setTakesRequests] = useState(segment?.takesRequests ?? true)
  const [problem, setProblem] = useState<FieldProblem>(null)
  const [confirming, setConfirming] = useState(false)
  const id = useId()

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!title.trim()) return setProblem({ field: 'title', message: 'chair.segment.needsTitle' })
    const instants = instantsOf(times, timeZone)
    if (!instants.ok) return setProblem({ field: 'times', message: `chair.segment.${instants.problem}` })
    const { startsAt, endsAt } = instants
    if (!segment) {
      const outcome = await editProgramme(session, { type: 'add-segment', title: title.trim(), startsAt, endsAt, takesRequests })
      if (outcome?.ok) onClose()
      return
    }
    // Only what changed: an unchanged time sent again would move the active segment's end back to its schedule.
    const changes = {
      ...(title.trim() !== segment.title ? { title: title.trim() } : {}),
      ...(Date.parse(startsAt) !== Date.parse(segment.startsAt) ? { startsAt } : {}),
      ...(Date.parse(endsAt) !== Date.parse(segment.endsAt) ? { endsAt } : {}),
      ...(takesRequests !== segment.takesRequests ? { takesRequests } : {}),
    }
    if (Object.keys(changes).length === 0) return onClose()
    const outcome = await editProgramme(session, { type: 'update-segment', segmentId: segment.id, ...changes })
    if (outcome?.ok) onClose()
  }

  const remove = async () => {
    if (!segment) return
    const outcome = await editProgramme(session, { type: 'remove-segment', segmentId: segment.id })
    if (outcome?.ok) onClose()
    else setConfirming(false)
  }

  const setTime = (field: keyof SegmentTimes) => (value: string) => {
    setTimes((current) => ({ ...current, [field]: value }))
    setProblem(null)
  }

  // Escape closes the form without the console's own Escape (dismissing a notice) also acting.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    event.stopPropagation()
    onClose()
  }

  const busy = !enabled || saving
  const problemId = `${id}-problem`
  return (
    <form className="segment-form" onSubmit={(event) => void submit(event)} onKeyDown={onKeyDown} aria-labelledby={`${id}-heading`}>
      <h4 className="segment-form__heading" id={`${id}-heading`}>
        {t(segment ? 'chair.segment.editTitle' : 'chair.segment.newTitle')}
      </h4>
      <label className="segment-form__field segment-form__field--wide">
        <span>{t('chair.segment.title')}</span>
        <input
          type="text"
          value={title}
          maxLength={300}
          autoFocus
          aria-invalid={problem?.field === 'title'}
          aria-describedby={problem?.field === 'title' ? problemId : undefined}
          onChange={(event) => {
            setTitle(event.target.value)
            setProblem(null)
          }}
        />
      </label>
      <fieldset className="segment-form__times" aria-describedby={problem?.field === 'times' ? problemId : undefined}>
        <legend>{t('chair.segment.zone', { zone: timeZone })}</legend>
        <TimeField kind="date" label={t('chair.segment.date')} value={times.date} invalid={problem?.field === 'times'} onChange={setTime('date')} />
        <TimeField kind="time" label={t('chair.segment.starts')} value={times.start} invalid={problem?.field === 'times'} onChange={setTime('start')} />
        <TimeField kind="time" label={t('chair.segment.ends')} value={times.end} invalid={problem?.field === 'times'} onChange={setTime('end')} />
      </fieldset>
      <label className="segment-form__check">
        <input type="checkbox" checked={takesRequests} onChange={(event) => setTakesRequests(event.target.checked)} />
        <span>{t('chair.segment.takesRequests')}</span>
      </label>
      {problem && (
        <p className="segment-form__problem" id={problemId} role="alert">
          {t(problem.message)}
        </p>
      )}
      <div className="segment-form__actions">
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          {t(segment ? 'chair.segment.save' : 'chair.segment.add')}
        </button>
        <button type="button" className="button button--small" onClick={onClose}>
          {t('chair.segment.cancel')}
        </button>
        {segment &&
          (confirming ? (
            <>
              <button type="button" className="button button--danger button--small" disabled={busy} onClick={() => void remove()}>
                {t('chair.segment.confirmRemove', { title: segment.title })}
              </button>
              <button type="button" className="button button--small" onClick={() => setConfirming(false)}>
                {t('chair.segment.keep')}
              </button>
            </>
          ) : (
            <button type="button" className="button button--small segment-form__remove" disabled={busy} onClick={() => setConfirming(true)}>
              {t('chair.segment.remove')}
            </button>
          ))}
      </div>
    </form>
  )
}

interface TimeFieldProps {
  kind: 'date' | 'time'
  label: string
  value: string
  invalid: boolean
  onChange: (value: string) => void
}

function TimeField({ kind, label, value, invalid, onChange }: TimeFieldProps) {
  return (
    <label className="segment-form__field">
      <span>{label}</span>
      <input type={kind} value={value} aria-invalid={invalid} onChange={(event) => onChange(event.target.value)} />
    </label>
  )
}
