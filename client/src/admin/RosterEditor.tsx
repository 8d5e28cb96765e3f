import { useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { unRoster, type Delegation } from '@floor/shared'
import { categoryLabel } from '../i18n/translate'
import { useTranslate } from '../i18n/LanguageContext'
import { useAdmin, useAdminPage } from './AdminContext'
import { editDraft, issuesAt } from './adminStore'
import { FormField } from './FormField'
import { NewDelegations } from './NewDelegations'
import { findDelegations, referenceDelegation } from './rosterPicker'
import { baseRoster } from './setupDraft'

/** The roster: the UN preset or a pick from the reference roster, and new delegations on top of either. */
export function RosterEditor() {
  const { t, language } = useTranslate()
  const { store } = useAdminPage()
  const draft = useAdmin((state) => state.draft)
  const issues = useAdmin((state) => state.issues)
  const [query, setQuery] = useState('')
  const search = useRef<HTMLInputElement>(null)
  const [announcement, setAnnouncement] = useState('')
  const picked = useMemo(() => new Set(draft.picked), [draft.picked])
  const found = useMemo(() => findDelegations(query, picked), [query, picked])
  const base = baseRoster(draft)

  const setMode = (rosterMode: 'un' | 'pick') => editDraft(store, (d) => ({ ...d, rosterMode }), ['roster'])
  const add = (delegation: Delegation) => {
    editDraft(store, (d) => ({ ...d, picked: [...d.picked, delegation.id] }), ['roster'])
    setAnnouncement(t('admin.roster.added', { name: delegation.name }))
  }
  const remove = (id: string) => {
    editDraft(store, (d) => ({ ...d, picked: d.picked.filter((p) => p !== id) }), ['roster'])
    // The removed chip had the focus; the search is where the next pick starts.
    search.current?.focus()
  }
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    // Enter picks the best match here; it must not send the whole form.
    event.preventDefault()
    const first = found[0]
    if (first) {
      add(first)
      setQuery('')
    }
  }

  // Issues of entries the preset or the pick put on the roster (a new delegation's are beside its row).
  const baseIssues = issues.filter((issue) => {
    const index = /^roster\.(\d+)/.exec(issue.path)?.[1]
    return issue.path === 'roster' || (index !== undefined && Number(index) < base.length)
  })

  return (
    <fieldset className="admin-fieldset admin-roster">
      <legend>{t('admin.roster.title')}</legend>
      <div className="admin-roster__modes">
        <label className="admin-choice">
          <input type="radio" name="roster-mode" checked={draft.rosterMode === 'un'} onChange={() => setMode('un')} />
          {t('admin.roster.un', { count: unRoster.length })}
        </label>
        <label className="admin-choice">
          <input type="radio" name="roster-mode" checked={draft.rosterMode === 'pick'} onChange={() => setMode('pick')} />
          {t('admin.roster.pick')}
        </label>
      </div>
      {baseIssues.length > 0 && (
        <ul className="admin-field__error admin-roster__issues">
          {baseIssues.map((issue, i) => {
            const index = Number(/^roster\.(\d+)/.exec(issue.path)?.[1] ?? NaN)
            const id = base[index]
            return (
              <li key={i}>
                {Number.isNaN(index)
                  ? issue.message
                  : t('admin.roster.entryIssue', { number: index + 1, name: referenceDelegation(id ?? '')?.name ?? id ?? '', message: issue.message })}
              </li>
            )
          })}
        </ul>
      )}
      {draft.rosterMode === 'pick' && (
        <div className="admin-roster__pick">
          <FormField label={t('admin.roster.search')} hint={t('admin.roster.searchHint')} issues={[]}>
            {(control) => (
              <input {...control} ref={search} type="search" autoComplete="off" value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={onSearchKey} />
            )}
          </FormField>
          {query.trim() && (
            <ul className="admin-roster__found" aria-label={t('admin.roster.results')}>
              {found.length === 0 && <li>{t('admin.roster.noMatch', { query: query.trim() })}</li>}
              {found.map((delegation) => (
                <li key={delegation.id}>
                  <button type="button" className="admin-button admin-roster__add" onClick={() => add(delegation)}>
                    {t('admin.roster.add', { name: delegation.name })}
                    <span className="admin-hint">
                      {' '}
                      {delegation.id} · {categoryLabel(language, delegation.category)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <h4 className="admin-roster__picked-title">{t('admin.roster.picked', { count: draft.picked.length })}</h4>
          {draft.picked.length === 0 ? (
            <p className="admin-hint">{t('admin.roster.pickedNone')}</p>
          ) : (
            <ul className="admin-roster__picked">
              {draft.picked.map((id) => {
                const name = referenceDelegation(id)?.name ?? id
                return (
                  <li key={id} className="admin-chip">
                    {name}
                    <button type="button" className="admin-chip__remove" aria-label={t('admin.roster.remove', { name })} onClick={() => remove(id)}>
                      ✕
                    </button>
                  </li>
                )
              })}
            </ul>
          )}
        </div>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <NewDelegations baseCount={base.length} />
    </fieldset>
  )
}
