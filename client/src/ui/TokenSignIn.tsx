import { useId, useState, type FormEvent } from 'react'
import { useTranslate } from '../i18n/LanguageContext'

/** The token out of a pasted link (`…/chair#token=…`, `…/admin#token=…`), or the pasted token itself. */
function tokenFromPaste(text: string): string | null {
  const value = text.trim()
  if (!value) return null
  const fragment = /#(.*)$/.exec(value)?.[1]
  if (fragment !== undefined) return new URLSearchParams(fragment).get('token')
  return /^[\w.~-]+$/.test(value) ? value : null
}

/** The catalogue entries of a page's form: `title`, `missing`, `refused`, `paste`, `submit`, `invalid` below it. */
export type SignInMessages = 'chair.signIn' | 'admin.signIn' | 'report.signIn'

/** The page's own class names, so each page keeps its look. */
export interface TokenSignInClasses {
  page: string
  title?: string
  reason?: string
  form: string
  button: string
  invalid: string
}

interface TokenSignInProps {
  reason: 'missing' | 'refused'
  messages: SignInMessages
  /** Where to find the link, said under the reason; left out when absent. */
  where?: string
  classes: TokenSignInClasses
  /** Called with the token of a valid paste; the page keeps it where it keeps its tokens. */
  onToken: (token: string) => void
}

/**
 * Shown when a page was opened without its token, or the server refused it:
 * says so plainly and takes a pasted link or token instead.
 */
export function TokenSignIn({ reason, messages, where, classes, onToken }: TokenSignInProps) {
  const { t, dir } = useTranslate()
  const [text, setText] = useState('')
  const [invalid, setInvalid] = useState(false)
  const inputId = useId()
  const errorId = useId()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const token = tokenFromPaste(text)
    if (!token) return setInvalid(true)
    onToken(token)
  }
  return (
    <main className={classes.page} dir={dir}>
      <h1 className={classes.title}>{t(`${messages}.title`)}</h1>
      <p role="alert" className={classes.reason} data-reason={reason}>
        {t(reason === 'missing' ? `${messages}.missing` : `${messages}.refused`)}
      </p>
      {where && <p>{where}</p>}
      <form onSubmit={submit} className={classes.form}>
        <label htmlFor={inputId}>{t(`${messages}.paste`)}</label>
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
        <button type="submit" className={classes.button}>
          {t(`${messages}.submit`)}
        </button>
        {invalid && (
          <p id={errorId} className={classes.invalid}>
            {t(`${messages}.invalid`)}
          </p>
        )}
      </form>
    </main>
  )
}
