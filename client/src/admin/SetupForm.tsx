import { useMemo, useRef, type FormEvent } from 'react'
import type { FieldIssue, Language } from '@floor/shared'
import { useTranslate } from '../i18n/LanguageContext'
import { LanguageOptions } from '../i18n/LanguageOptions'
import { createMeeting, resetForm } from './adminActions'
import { useAdmin, useAdminPage } from './AdminContext'
import { editDraft, issuesAt } from './adminStore'
import { FormField } from './FormField'
import { GroupsEditor } from './GroupsEditor'
import { ImportSetup } from './ImportSetup'
import { NoticeLine } from './NoticeLine'
import { RosterEditor } from './RosterEditor'
import { SegmentsEditor } from './SegmentsEditor'
import { CategoryGuidelines } from './CategoryGuidelines'
import { baseRoster, type SetupDraft } from './setupDraft'
import { knownZones } from '../time/zoneTime'

type TextKey = 'id' | 'title' | 'venue' | 'timeZone' | 'guideline' | 'reservedSeats'

/** Where each text field's messages come from: the setup's path it becomes. */
const pathOf: Record<TextKey, string> = {
  id: 'id',
  title: 'title',
  venue: 'venue',
  timeZone: 'timeZone',
  guideline: 'defaultGuidelineSeconds',
  reservedSeats: 'reservedStakeholderSeats',
}

/** The new meeting's form: starts from sensible defaults, so a title and a time zone are enough. */
export function SetupForm() {
  const { t } = useTranslate()
  const { store, api } = useAdminPage()
  const draft = useAdmin((state) => state.draft)
  const issues = useAdmin((state) => state.issues)
  const creating = useAdmin((state) => state.creating)
  const notice = useAdmin((state) => state.formNotice)
  const zones = useMemo(() => knownZones(), [])
  const form = useRef<HTMLFormElement>(null)

  const text = (key: TextKey) => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) => editDraft(store, (d) => ({ ...d, [key]: event.target.value }), [pathOf[key]]),
  })
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const created = await createMeeting(store, api)
    // After a refusal the keyboard lands on the first field to correct.
    if (!created) requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
  }
  const others = issues.filter((issue) => !placed(issue, draft))

  return (
    <section className="admin-panel admin-form" aria-labelledby="admin-form-title">
      <h2 id="admin-form-title">{t('admin.form.title')}</h2>
      <p className="admin-hint">{t('admin.form.lead')}</p>
      <ImportSetup />
      <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
        <div className="admin-grid admin-grid--basics">
          <FormField label={t('admin.form.meetingTitle')} issues={issuesAt(issues, 'title')} className="admin-grid__wide">
            {(control) => <input {...control} type="text" maxLength={300} {...text('title')} />}
          </FormField>
          <FormField label={t('admin.form.timeZone')} hint={t('admin.form.timeZoneHint')} issues={issuesAt(issues, 'timeZone')}>
            {(control) => (
              <>
                <input {...control} type="text" list="admin-time-zones" autoComplete="off" spellCheck={false} {...text('timeZone')} />
                <datalist id="admin-time-zones">
                  {zones.map((zone) => (
                    <option key={zone} value={zone} />
                  ))}
                </datalist>
              </>
            )}
          </FormField>
          <FormField label={t('admin.form.venue')} hint={t('admin.form.venueHint')} issues={issuesAt(issues, 'venue')}>
            {(control) => <input {...control} type="text" maxLength={300} {...text('venue')} />}
          </FormField>
          <FormField label={t('admin.form.id')} hint={t('admin.form.idHint')} issues={issuesAt(issues, 'id')}>
            {(control) => <input {...control} type="text" maxLength={64} spellCheck={false} autoComplete="off" {...text('id')} />}
          </FormField>
        </div>

        <fieldset className="admin-fieldset">
          <legend>{t('admin.form.rules')}</legend>
          <div className="admin-grid admin-grid--rules">
            <FormField label={t('admin.form.guideline')} hint={t('admin.form.guidelineHint')} issues={issuesAt(issues, 'defaultGuidelineSeconds')}>
              {(control) => <input {...control} type="text" inputMode="numeric" className="admin-short" {...text('guideline')} />}
            </FormField>
            <FormField label={t('admin.form.reservedSeats')} issues={issuesAt(issues, 'reservedStakeholderSeats')}>
              {(control) => <input {...control} type="number" min={0} max={20} className="admin-short" {...text('reservedSeats')} />}
            </FormField>
          </div>
          <CategoryGuidelines />
        </fieldset>

        <fieldset className="admin-fieldset">
          <legend>{t('admin.form.display')}</legend>
          <p className="admin-hint">{t('admin.form.displayHint')}</p>
          <div className="admin-grid admin-grid--rules">
            <FormField label={t('admin.form.displayFirst')} issues={issuesAt(issues, 'displayLanguages')}>
              {(control) => (
                <select
                  {...control}
                  value={draft.displayFirst}
                  onChange={(event) => editDraft(store, (d) => ({ ...d, displayFirst: event.target.value as Language }), ['displayLanguages'])}
                >
                  <LanguageOptions />
                </select>
              )}
            </FormField>
            <FormField label={t('admin.form.displaySecond')} issues={[]}>
              {(control) => (
                <select
                  {...control}
                  value={draft.displaySecond}
                  onChange={(event) => editDraft(store, (d) => ({ ...d, displaySecond: event.target.value as Language | '' }), ['displayLanguages'])}
                >
                  <option value="">{t('admin.form.displayNone')}</option>
                  <LanguageOptions />
                </select>
              )}
            </FormField>
          </div>
        </fieldset>

        <SegmentsEditor />
        <RosterEditor />
        <GroupsEditor />

        <NoticeLine notice={notice} />
        {others.length > 0 && (
          <div className="admin-notice admin-notice--error">
            <p>{t('admin.form.otherIssues')}</p>
            <ul>
              {others.map((issue, i) => (
                <li key={i}>{`${issue.path || 'setup'}: ${issue.message}`}</li>
              ))}
            </ul>
          </div>
        )}
        <div className="admin-form__actions">
          <button type="submit" className="admin-button admin-button--primary admin-button--large" disabled={creating}>
            {creating ? t('admin.form.creating') : t('admin.form.create')}
          </button>
          <button type="button" className="admin-button" onClick={() => resetForm(store)}>
            {t('admin.form.reset')}
          </button>
        </div>
      </form>
    </section>
  )
}

/** Whether some field of the form shows this issue beside it. */
function placed(issue: FieldIssue, draft: SetupDraft): boolean {
  const [head, index] = issue.path.split('.')
  switch (head) {
    case 'id':
    case 'title':
    case 'venue':
    case 'timeZone':
    case 'defaultGuidelineSeconds':
    case 'reservedStakeholderSeats':
    case 'displayLanguages':
    case 'groupStatementsFirst':
      return true
    case 'groups':
      return index === undefined || Number(index) < draft.groups.length
    case 'guidelineByCategory':
      return index !== undefined
    case 'segments':
      return index === undefined || Number(index) < draft.segments.length
    case 'roster':
      return index === undefined || Number(index) < baseRoster(draft).length + draft.newDelegations.length
    default:
      return false
  }
}
