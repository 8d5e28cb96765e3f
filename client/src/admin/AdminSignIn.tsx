import { useId, useState, type FormEvent } from 'react'
import { useTranslate } from '../i18n/LanguageContext'

const tokenKey = 'floor.token.admin'

/** A refused token is of no use on the next load either. */
export function forgetAdminToken(): void {
  try {
    window.sessionStorage.removeItem(tokenKey)
  } catch {
    // Nothing stored, nothing to forget.
  }
}

/** Kept in this tab as a token from the link would be. */
export function keepAdminToken(token: string): void {
  try {
    window.sessionStorage.setItem(tokenKey, token)
  } catch {
    // Storage refused: the token lasts as long as the page.
  }
}

/** The token out of a pasted setup link (`…/admin#token=…`), or the pasted token itself. */
export function adminTokenFromPaste(text: string): string | null {
  const value = text.trim()
  if (!value) return null
  const fragment = /#(.*)$/.exec(value)?.[1]
  if (fragment !== undefined) return new URLSearchParams(fragment).get('token')
  return /^[\w.~-]+$/.test(value) ? value : null
}

/** Shown when the page was opened without the admin token, or the server refused it. */
export function AdminSignIn({ reason, onToken }: { reason: 'missing' | 'refused'; onToken: (token: string) => void }) {
  const { t, dir } = useTranslate()
  const [text, setText] = useState('')
  const [invalid, setInvalid] = useState(false)
  const inputId = useId()
  const errorId = useId()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const token = adminTokenFromPaste(text)
    if (!token) return setInvalid(true)
    keepAdminToken(token)
    onToken(token)
  }
  return (
    <main className="admin-signin" dir={dir}>
      <h1>{t('admin.signIn.title')}</h1>
      <p role="alert" className="admin-signin__reason" data-reason={reason}>
        {t(reason === 'missing' ? 'admin.signIn.missing' : 'admin.signIn.refused')}
      </p>
      <p>{t('admin.signIn.where')}</p>
      <form onSubmit={submit} className="admin-signin__form">
        <label htmlFor={inputId}>{t('admin.signIn.paste')}</label>
        <input
          id={inputId}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={text}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(event) => {
            setText(event.target.value)
            setInvalid(false)
          }}
        />
        <button type="submit" className="admin-button admin-button--primary">
          {t('admin.signIn.submit')}
        </button>
        {invalid && (
          <p id={errorId} className="admin-field__error">
            {t('admin.signIn.invalid')}
          </p>
        )}
      </form>
    </main>
  )
}
