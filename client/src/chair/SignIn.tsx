import { useTranslate } from '../i18n/LanguageContext'
import { takeToken, tokenKey } from '../net/token'
import { TokenSignIn } from '../ui/TokenSignIn'

/** A refused token is of no use on the next load either. */
export function forgetChairToken(meetingId: string | null = null): void {
  try {
    window.sessionStorage.removeItem(tokenKey({ scope: 'chair', meetingId }))
  } catch {
    // Nothing stored, nothing to forget.
  }
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
  const { t } = useTranslate()
  const keep = (token: string) => {
    // Stored the same way as a token that came in the link: through the fragment reader.
    takeToken({ scope: 'chair', meetingId }, { hash: `#token=${encodeURIComponent(token)}`, pathname: window.location.pathname, search: window.location.search }, window.sessionStorage, {
      state: window.history.state,
      replaceState: () => undefined,
    })
    onToken(token)
  }
  return (
    <TokenSignIn
      reason={reason}
      messages="chair.signIn"
      where={t('chair.signIn.where')}
      classes={{
        page: 'chair-signin',
        reason: 'chair-signin__reason',
        form: 'chair-signin__form',
        button: 'button button--primary',
        invalid: 'chair-signin__invalid',
      }}
      onToken={keep}
    />
  )
}
