import { useTranslate } from '../i18n/LanguageContext'
import { TokenSignIn } from '../ui/TokenSignIn'

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

/** Shown when the page was opened without the admin token, or the server refused it. */
export function AdminSignIn({ reason, onToken }: { reason: 'missing' | 'refused'; onToken: (token: string) => void }) {
  const { t } = useTranslate()
  const keep = (token: string) => {
    keepAdminToken(token)
    onToken(token)
  }
  return (
    <TokenSignIn
      reason={reason}
      messages="admin.signIn"
      where={t('admin.signIn.where')}
      classes={{
        page: 'admin-signin',
        reason: 'admin-signin__reason',
        form: 'admin-signin__form',
        button: 'admin-button admin-button--primary',
        invalid: 'admin-field__error',
      }}
      onToken={keep}
    />
  )
}
