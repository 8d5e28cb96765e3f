import { tokenKey } from '../net/token'
import { TokenSignIn } from '../ui/TokenSignIn'

interface ReportSignInProps {
  reason: 'missing' | 'refused'
  meetingId: string | null
  onToken: (token: string) => void
}

/** Asks for the chair's link or token, kept where the console keeps it: this tab's session storage. */
export function ReportSignIn({ reason, meetingId, onToken }: ReportSignInProps) {
  const keep = (token: string) => {
    try {
      window.sessionStorage.setItem(tokenKey({ scope: 'chair', meetingId }), token)
    } catch {
      // Not kept: the report still opens, and asks again after a reload.
    }
    onToken(token)
  }
  return (
    <TokenSignIn
      reason={reason}
      messages="report.signIn"
      classes={{
        page: 'report report--narrow',
        title: 'report__title',
        form: 'report__signin',
        button: 'report__button report__button--primary',
        invalid: 'report__failure',
      }}
      onToken={keep}
    />
  )
}
