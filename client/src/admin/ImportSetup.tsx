import { useRef, type ChangeEvent } from 'react'
import { useTranslate } from '../i18n/LanguageContext'
import { importSetup } from './adminActions'
import { useAdminPage } from './AdminContext'
import { FormField } from './FormField'

/** Reads a `MeetingSetup` file into the form; nothing is sent until Create meeting. */
export function ImportSetup() {
  const { t } = useTranslate()
  const { store } = useAdminPage()
  const input = useRef<HTMLInputElement>(null)
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (!file) return
    importSetup(store, file.name, await file.text())
    // The same file may be picked again after it was corrected.
    if (input.current) input.current.value = ''
  }
  return (
    <FormField label={t('admin.import.label')} hint={t('admin.import.hint')} issues={[]} className="admin-import">
      {(control) => <input {...control} ref={input} type="file" accept="application/json,.json" onChange={(e) => void onFile(e)} />}
    </FormField>
  )
}
