import { useId, useRef, useState, type FormEvent } from 'react'
import { Language, maxStatementBytes, type StatementLanguage } from '@floor/shared'
import { useTranslate } from '../i18n/LanguageContext'
import { languageNames } from '../i18n/languages'
import { contentTypeOf, type SendOutcome, type StatementToSend } from './statementsApi'

/** What a tablet or a phone may pick: by extension and by type, so every browser's picker offers them. */
export const acceptedFiles = '.txt,.pdf,.docx,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document'

export interface StatementFormProps {
  defaultLanguage: StatementLanguage
  /** Sends the statement; the form says what came back. */
  send: (statement: Omit<StatementToSend, 'delegationId'>) => Promise<SendOutcome>
  /** Replacing that statement rather than adding one. */
  replaces?: string | null
  submitLabel?: string
  disabled?: boolean
  onSent?: (statementId: string) => void
  onCancel?: () => void
}

/** The file, its language, "publish after delivery": the one form of the tablet and the chair. */
export function StatementForm({ defaultLanguage, send, replaces = null, submitLabel, disabled = false, onSent, onCancel }: StatementFormProps) {
  const { t } = useTranslate()
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [file, setFile] = useState<File | null>(null)
  const [language, setLanguage] = useState<StatementLanguage>(defaultLanguage)
  const [publish, setPublish] = useState(false)
  const [sending, setSending] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const pick = (picked: File | null) => {
    setProblem(null)
    setFile(picked)
    if (picked && picked.size > maxStatementBytes) setProblem(t('statements.tooLarge'))
    else if (picked && !contentTypeOf(picked)) setProblem(t('statements.wrongType'))
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!file) return setProblem(t('statements.pickFile'))
    if (problem) return
    setSending(true)
    const outcome = await send({ file, language, publish: publish ? 'after-delivery' : 'never', ...(replaces ? { replaces } : {}) })
    setSending(false)
    if (!outcome.ok) {
      if (outcome.status === 413) return setProblem(t('statements.tooLarge'))
      if (outcome.status === 415) return setProblem(t('statements.wrongType'))
      if (outcome.status === 0) return setProblem(t('statements.network'))
      return setProblem(t('statements.refused', { message: outcome.message }))
    }
    setFile(null)
    if (input.current) input.current.value = ''
    onSent?.(outcome.statementId)
  }

  return (
    <form className="statement-form" onSubmit={(event) => void submit(event)}>
      <label className="statement-form__field" htmlFor={`${id}-file`}>
        <span>{t('statements.file')}</span>
        <input ref={input} id={`${id}-file`} type="file" accept={acceptedFiles} onChange={(event) => pick(event.target.files?.[0] ?? null)} disabled={disabled || sending} />
      </label>
      <label className="statement-form__field">
        <span>{t('statements.language')}</span>
        <select value={language} onChange={(event) => setLanguage(event.target.value as StatementLanguage)} disabled={disabled || sending}>
          {Language.options.map((option) => (
            <option key={option} value={option} lang={option}>
              {languageNames[option]}
            </option>
          ))}
        </select>
      </label>
      <label className="statement-form__check">
        <input type="checkbox" checked={publish} onChange={(event) => setPublish(event.target.checked)} disabled={disabled || sending} />
        <span>{t('statements.publish')}</span>
      </label>
      {problem && (
        <p className="statement-form__problem" role="alert">
          {problem}
        </p>
      )}
      <div className="statement-form__actions">
        <button type="submit" className="button button--primary" disabled={disabled || sending || file === null || problem !== null}>
          {sending ? t('statements.sending') : (submitLabel ?? t('statements.attach'))}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel} disabled={sending}>
            {t('statements.cancel')}
          </button>
        )}
      </div>
    </form>
  )
}

/** 1.2 MB, 830 KB: the size as people read it. */
export function formatBytes(bytes: number, language: string): string {
  if (bytes < 1024) return `${bytes.toLocaleString(language)} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024).toLocaleString(language)} KB`
  return `${(bytes / 1024 / 1024).toLocaleString(language, { maximumFractionDigits: 1 })} MB`
}
