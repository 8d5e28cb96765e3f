import { useEffect, useState } from 'react'
import { categoryLabel } from '../i18n/translate'
import { useTranslate } from '../i18n/LanguageContext'
import { useAdmin, useAdminPage } from './AdminContext'
import { editDraft, issuesAt } from './adminStore'
import { FormField } from './FormField'
import { categories } from './setupDraft'

/**
 * A guideline per category, each optional: folded away until wanted, open
 * when one is set or the server has something to say about one.
 */
export function CategoryGuidelines() {
  const { t, language } = useTranslate()
  const { store } = useAdminPage()
  const values = useAdmin((state) => state.draft.guidelineByCategory)
  const fallback = useAdmin((state) => state.draft.guideline)
  const issues = useAdmin((state) => state.issues)
  const wanted = Object.values(values).some((value) => value.trim() !== '') || issuesAt(issues, 'guidelineByCategory').length > 0
  const [open, setOpen] = useState(wanted)
  useEffect(() => {
    if (wanted) setOpen(true)
  }, [wanted])
  return (
    <details className="admin-categories" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('admin.form.categoryGuidelines')}</summary>
      <div className="admin-grid admin-grid--categories">
        {categories.map((category) => {
          const path = `guidelineByCategory.${category}`
          const label = categoryLabel(language, category)
          return (
            <FormField key={category} label={label} issues={issuesAt(issues, path)}>
              {(control) => (
                <input
                  {...control}
                  type="text"
                  inputMode="numeric"
                  className="admin-short"
                  placeholder={fallback}
                  title={t('admin.form.categoryGuideline', { category: label })}
                  value={values[category]}
                  onChange={(e) => editDraft(store, (d) => ({ ...d, guidelineByCategory: { ...d.guidelineByCategory, [category]: e.target.value } }), [path])}
                />
              )}
            </FormField>
          )
        })}
      </div>
    </details>
  )
}
