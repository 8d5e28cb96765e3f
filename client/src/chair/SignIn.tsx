import { useId, useState, type FormEvent } from 'react'
import { useTranslate } from '../i18n/LanguageContext'
import { takeToken, tokenKey } from '../net/token'

/** A refused token is of no use on the next load either. */
export function forgetChairToken(meetingId: string | null = null): void {
  try {
    window.sessionStorage.removeItem(tokenKey({ scope: 'chair', meetingId }))
  } catch {
    // Nothing stored, nothing to forget.
  }
}

/** The token out of a pasted chair link (`…/chair#token=…`), or the pasted token itself. */
export function tokenFromPaste(text: string): string | null {
  const value = text.trim()
  if (!value) return null
  const fragment = /#(.*)$/.exec(value)?.[1]
  if (fragment !== undefined) return new URLSearchParams(fragment).get('token')
  return /^[\w.~-]+$/.test(value) ? value : null
}

interface SignInProps {
  reason: 'missing' | 'refused'
  onToken: (token: string) => void
  /** The meeting of the page (`/m/:id/chair`); null: the default meeting. */
  meetingId?: string | null
}

/**
 * Shown when the console was opened without its token, or the server refused
 * it: says so plainly and takes a pasted chair link instead.
 */
export function SignIn({ reason, onToken, meetingId = null }: SignInProps) {
  const { t, dir } = useTranslate()
  const [text, setText] = useState('')
  const [invalid, setInvalid] = useState(false)
  const inputId = useId()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const token = tokenFromPaste(text)
    if (!token) return setInvalid(true)
    // Stored the same way as a token that came in the link: through the fragment reader.
    takeToken({ scope: 'chair', meetingId }, { hash: `#token=${encodeURIComponent(token)}`, pathname: window.location.pathname, search: window.location.search }, window.sessionStorage, {
      state: window.history.state,
      replaceState: () => undefined,
    })
    onToken(token)
  }
  return (
    <main className="chair-signin" dir={dir}>
      <h1>{t('chair.signIn.title')}</h1>
      <p role="alert" className="chair-signin__reason" data-reason={reason}>
        {t(reason === 'missing' ? 'chair.signIn.missing' : 'chair.signIn.refused')}
      </p>
      <p>{t('chair.signIn.where')}</p>
      <form onSubmit={submit} className="chair-signin__form">
        <label htmlFor={inputId}>{t('chair.signIn.paste')}</label>
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
        <button type="submit" className="button button--primary">
          {t('chair.signIn.submit')}
        </button>
        {invalid && <p className="chair-signin__invalid">{t('chair.signIn.invalid')}</p>}
      </form>
    </main>
  )
}
