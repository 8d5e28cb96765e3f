import { useRef } from 'react'
import { useTranslate } from '../i18n/LanguageContext'
import { useAdmin, useAdminPage } from './AdminContext'
import { editDraft, issuesAt } from './adminStore'
import { FormField } from './FormField'
import { rowKey, type GroupDraft } from './setupDraft'

/**
 * The groups a delegation may speak on behalf of in this meeting (the Group
 * of 77 and China, the European Union), and whether their statements come
 * first. Row N is the setup's `groups.N`.
 */
export function GroupsEditor() {
  const { t } = useTranslate()
  const { store } = useAdminPage()
  const rows = useAdmin((state) => state.draft.groups)
  const first = useAdmin((state) => state.draft.groupStatementsFirst)
  const issues = useAdmin((state) => state.issues)
  const list = useRef<HTMLOListElement>(null)

  const change = (index: number, patch: Partial<GroupDraft>) =>
    editDraft(store, (draft) => ({ ...draft, groups: draft.groups.map((g, i) => (i === index ? { ...g, ...patch } : g)) }), [`groups.${index}`, 'groups'])
  const add = () => {
    editDraft(store, (draft) => ({ ...draft, groups: [...draft.groups, { key: rowKey(), name: '', id: '' }] }), ['groups'])
    requestAnimationFrame(() => list.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus())
  }
  const remove = (index: number) => editDraft(store, (draft) => ({ ...draft, groups: draft.groups.filter((_, i) => i !== index) }), ['groups'])
  const listIssues = issues.filter((issue) => issue.path === 'groups')

  return (
    <fieldset className="admin-fieldset admin-new admin-groups">
      <legend>{t('admin.groups.title')}</legend>
      <p className="admin-hint">{t('admin.groups.hint')}</p>
      {listIssues.length > 0 && <p className="admin-field__error">{listIssues.map((issue) => issue.message).join('; ')}</p>}
      <ol className="admin-new__rows" ref={list}>
        {rows.map((row, index) => {
          const number = index + 1
          const path = `groups.${index}`
          return (
            <li key={row.key} className="admin-new__row">
              <FormField label={t('admin.groups.name', { number })} issues={issuesAt(issues, `${path}.name`)}>
                {(control) => <input {...control} type="text" maxLength={120} value={row.name} onChange={(e) => change(index, { name: e.target.value })} />}
              </FormField>
              <FormField label={t('admin.groups.id', { number })} issues={issuesAt(issues, path).filter((issue) => issue.path !== `${path}.name`)}>
                {(control) => (
                  <input {...control} type="text" maxLength={40} spellCheck={false} autoComplete="off" value={row.id} onChange={(e) => change(index, { id: e.target.value })} />
                )}
              </FormField>
              <button
                type="button"
                className="admin-button admin-button--quiet"
                aria-label={t('admin.groups.remove', { number })}
                title={t('admin.groups.remove', { number })}
                onClick={() => remove(index)}
              >
                ✕
              </button>
            </li>
          )
        })}
      </ol>
      <button type="button" className="admin-button" onClick={add}>
        + {t('admin.groups.add')}
      </button>
      <label className="admin-choice">
        <input
          type="checkbox"
          checked={first}
          onChange={(e) => editDraft(store, (draft) => ({ ...draft, groupStatementsFirst: e.target.checked }), ['groupStatementsFirst'])}
        />
        <span>{t('admin.groups.first')}</span>
      </label>
      <p className="admin-hint">{t('admin.groups.firstHint')}</p>
    </fieldset>
  )
}
