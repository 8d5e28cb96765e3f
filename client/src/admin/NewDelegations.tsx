import { useRef } from 'react'
import type { Category } from '@floor/shared'
import { categoryLabel } from '../i18n/translate'
import { useTranslate } from '../i18n/LanguageContext'
import { useAdmin, useAdminPage } from './AdminContext'
import { editDraft, issuesAt } from './adminStore'
import { FormField } from './FormField'
import { categories, rowKey, type NewDelegationDraft } from './setupDraft'

/**
 * Delegations the reference roster does not have. On the roster they come
 * after the preset's or the picked ones, so the server's `roster.N` is row N − baseCount.
 */
export function NewDelegations({ baseCount }: { baseCount: number }) {
  const { t, language } = useTranslate()
  const { store } = useAdminPage()
  const rows = useAdmin((state) => state.draft.newDelegations)
  const issues = useAdmin((state) => state.issues)
  const list = useRef<HTMLOListElement>(null)

  const change = (index: number, patch: Partial<NewDelegationDraft>) =>
    editDraft(
      store,
      (draft) => ({ ...draft, newDelegations: draft.newDelegations.map((d, i) => (i === index ? { ...d, ...patch } : d)) }),
      [`roster.${baseCount + index}`, 'roster'],
    )
  const add = () => {
    editDraft(store, (draft) => ({ ...draft, newDelegations: [...draft.newDelegations, { key: rowKey(), name: '', category: 'stakeholder' }] }), ['roster'])
    requestAnimationFrame(() => list.current?.querySelector<HTMLInputElement>('li:last-child input')?.focus())
  }
  const remove = (index: number) =>
    editDraft(store, (draft) => ({ ...draft, newDelegations: draft.newDelegations.filter((_, i) => i !== index) }), ['roster'])

  return (
    <div className="admin-new">
      <h4>{t('admin.roster.new')}</h4>
      <p className="admin-hint">{t('admin.roster.newHint')}</p>
      <ol className="admin-new__rows" ref={list}>
        {rows.map((row, index) => {
          const number = index + 1
          const path = `roster.${baseCount + index}`
          const nameIssues = issuesAt(issues, path).filter((issue) => issue.path !== `${path}.category`)
          return (
            <li key={row.key} className="admin-new__row">
              <FormField label={t('admin.roster.newName', { number })} issues={nameIssues}>
                {(control) => <input {...control} type="text" maxLength={200} value={row.name} onChange={(e) => change(index, { name: e.target.value })} />}
              </FormField>
              <FormField label={t('admin.roster.newCategory', { number })} issues={issuesAt(issues, `${path}.category`)}>
                {(control) => (
                  <select {...control} value={row.category} onChange={(e) => change(index, { category: e.target.value as Category })}>
                    {categories.map((category) => (
                      <option key={category} value={category}>
                        {categoryLabel(language, category)}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
              <button
                type="button"
                className="admin-button admin-button--quiet"
                aria-label={t('admin.roster.newRemove', { number })}
                title={t('admin.roster.newRemove', { number })}
                onClick={() => remove(index)}
              >
                ✕
              </button>
            </li>
          )
        })}
      </ol>
      <button type="button" className="admin-button" onClick={add}>
        + {t('admin.roster.newAdd')}
      </button>
    </div>
  )
}
