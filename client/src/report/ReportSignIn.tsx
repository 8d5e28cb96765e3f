import { useId, useState, type FormEvent } from 'react'
import { tokenFromPaste } from '../chair/SignIn'
import { useTranslate } from '../i18n/LanguageContext'
import { tokenKey } from '../net/token'

interface ReportSignInProps {
  reason: 'missing' | 'refused'
  meetingId: string | null
  onToken: (token: string) => void
}

/** Asks for the chair's link or token, kept where the console keeps it: this tab's session storage. */
export function ReportSignIn({ reason, meetingId, onToken }: ReportSignInProps) {
  const { t, dir } = useTranslate()
  const [text, setText] = useState('')
  const [invalid, setInvalid] = useState(false)
  const inputId = useId()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const token = tokenFromPaste(text)
    if (!token) return setInvalid(true)
    try {
      window.sessionStorage.setItem(tokenKey({ scope: 'chair', meetingId }), token)
    } catch {
      // Not kept: the report still opens, and asks again after a reload.
    }
    onToken(token)
  }
  return (
    <main className="report report--narrow" dir={dir}>
      <h1 className="report__title">{t('report.signIn.title')}</h1>
      <p role="alert" data-reason={reason}>
        {t(reason === 'missing' ? 'report.signIn.missing' : 'report.signIn.refused')}
      </p>
      <form onSubmit={submit} className="report__signin">
        <label htmlFor={inputId}>{t('report.signIn.paste')}</label>
        <input
          id={inputId}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={text}
          aria-invalid={invalid}
          onChange={(event) => {
            setText(event.target.value)
            setInvalid(false)
          }}
        />
        <button type="submit" className="report__button report__button--primary">
          {t('report.signIn.submit')}
        </button>
        {invalid && <p className="report__failure">{t('report.signIn.invalid')}</p>}
      </form>
    </main>
  )
}
