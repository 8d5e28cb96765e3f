import { useRef, useState } from 'react'
import { useTranslate } from '../i18n/LanguageContext'
import { useAdmin, useAdminPage } from './AdminContext'
import { editDraft, issuesAt } from './adminStore'
import { FormField } from './FormField'
import { newSegment, type SegmentDraft } from './setupDraft'

/** The programme: one row per segment, with its title, date, start, end and whether it takes requests. */
export function SegmentsEditor() {
  const { t } = useTranslate()
  const { store } = useAdminPage()
  const segments = useAdmin((state) => state.draft.segments)
  const issues = useAdmin((state) => state.issues)
  const list = useRef<HTMLOListElement>(null)
  const [announcement, setAnnouncement] = useState('')

  const change = (index: number, patch: Partial<SegmentDraft>, field: string) =>
    editDraft(
      store,
      (draft) => ({ ...draft, segments: draft.segments.map((s, i) => (i === index ? { ...s, ...patch } : s)) }),
      [`segments.${index}.${field}`, 'segments'],
    )

  const add = () => {
    editDraft(
      store,
      (draft) => {
        const last = draft.segments.at(-1)
        // The next segment starts where the last one ends, for as long, the same day.
        const row = last ? newSegment(last.date, last.end, laterBy(last.end, last.start, last.end)) : newSegment(new Date().toISOString().slice(0, 10))
        return { ...draft, segments: [...draft.segments, row] }
      },
      ['segments'],
    )
    const number = store.getState().draft.segments.length
    setAnnouncement(t('admin.segments.added', { number }))
    // The new row's title is where the keyboard goes next.
    requestAnimationFrame(() => list.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus())
  }

  const remove = (index: number) => {
    // Issues of the rows below would point at the wrong row once they move up: they go, the next check brings them back.
    editDraft(store, (draft) => ({ ...draft, segments: draft.segments.filter((_, i) => i !== index) }), ['segments'])
    requestAnimationFrame(() => {
      const rows = list.current?.querySelectorAll<HTMLInputElement>('li input[type=text]')
      rows?.[Math.min(index, rows.length - 1)]?.focus()
    })
  }

  return (
    <fieldset className="admin-fieldset admin-segments">
      <legend>{t('admin.segments.title')}</legend>
      {issuesAt(issues, 'segments')
        .filter((issue) => issue.path === 'segments')
        .map((issue, i) => (
          <p key={i} className="admin-field__error">
            {issue.message}
          </p>
        ))}
      <ol className="admin-segments__rows" ref={list}>
        {segments.map((segment, index) => {
          const number = index + 1
          const at = (field: string) => issuesAt(issues, `segments.${index}.${field}`)
          return (
            <li key={segment.key} className="admin-segments__row">
              <span className="admin-segments__number" aria-hidden="true">
                {number}
              </span>
              <FormField className="admin-segments__title" label={t('admin.segments.name', { number })} shortLabel={t('admin.segments.columnTitle')} issues={[...at('title'), ...at('id')]}>
                {(control) => (
                  <input {...control} type="text" value={segment.title} maxLength={300} onChange={(e) => change(index, { title: e.target.value }, 'title')} />
                )}
              </FormField>
              <FormField className="admin-segments__date" label={t('admin.segments.date', { number })} shortLabel={t('admin.segments.columnDate')} issues={[]}>
                {(control) => (
                  <input {...control} type="date" required value={segment.date} onChange={(e) => change(index, { date: e.target.value }, 'startsAt')} />
                )}
              </FormField>
              <FormField className="admin-segments__start" label={t('admin.segments.start', { number })} shortLabel={t('admin.segments.columnStart')} issues={at('startsAt')}>
                {(control) => (
                  <input {...control} type="time" required value={segment.start} onChange={(e) => change(index, { start: e.target.value }, 'startsAt')} />
                )}
              </FormField>
              <FormField className="admin-segments__end" label={t('admin.segments.end', { number })} shortLabel={t('admin.segments.columnEnd')} issues={at('endsAt')}>
                {(control) => (
                  <input {...control} type="time" required value={segment.end} onChange={(e) => change(index, { end: e.target.value }, 'endsAt')} />
                )}
              </FormField>
              <label className="admin-check admin-segments__takes">
                <input
                  type="checkbox"
                  aria-label={t('admin.segments.takesRequestsOf', { number })}
                  checked={segment.takesRequests}
                  onChange={(e) => change(index, { takesRequests: e.target.checked }, 'takesRequests')}
                />
                <span>{t('admin.segments.takesRequests')}</span>
              </label>
              <button
                type="button"
                className="admin-button admin-button--quiet admin-segments__remove"
                disabled={segments.length === 1}
                onClick={() => remove(index)}
                aria-label={t('admin.segments.remove', { number })}
                title={t('admin.segments.remove', { number })}
              >
                ✕
              </button>
            </li>
          )
        })}
      </ol>
      <button type="button" className="admin-button" onClick={add}>
        + {t('admin.segments.add')}
      </button>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </fieldset>
  )
}

/** `end` plus the length from `start` to `end` (at most to 23:59): the next block, as long as the last. */
function laterBy(from: string, start: string, end: string): string {
  const minutes = (time: string) => {
    const [h, m] = time.split(':').map(Number)
    return (h ?? 0) * 60 + (m ?? 0)
  }
  const length = Math.max(30, minutes(end) - minutes(start))
  const next = Math.min(23 * 60 + 59, minutes(from) + length)
  return `${String(Math.floor(next / 60)).padStart(2, '0')}:${String(next % 60).padStart(2, '0')}`
}
