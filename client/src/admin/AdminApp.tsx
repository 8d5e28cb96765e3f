import { useEffect, useState } from 'react'
import { catalogues } from '../i18n/catalogues'
import { LanguageProvider } from '../i18n/LanguageContext'
import { useKeptLanguage } from '../i18n/keptLanguage'
import { adminPart } from '../i18n/messages/admin/part'
import { useDocumentLanguage } from '../i18n/useDocumentLanguage'
import { takeToken } from '../net/token'
import { loadMeetings } from './adminActions'
import { createAdminApi } from './adminApi'
import { AdminProvider, useAdmin } from './AdminContext'
import { AdminPage } from './AdminPage'
import { AdminSignIn, forgetAdminToken } from './AdminSignIn'
import { createAdminStore } from './adminStore'
import './admin.css'

catalogues.add(adminPart)

export interface AdminAppProps {
  /** Tests answer the page's HTTP calls with a fake server. */
  fetchImpl?: typeof fetch
}

/**
 * `/admin`: the secretariat's setup page. The admin token arrives in the
 * link's fragment, moves to this tab's session storage and leaves the address bar.
 */
export default function AdminApp({ fetchImpl }: AdminAppProps) {
  const [language, setLanguage] = useKeptLanguage('floor.admin.language')
  useDocumentLanguage(language)
  const [token, setToken] = useState<string | null>(() => takeToken('admin'))
  const [refused, setRefused] = useState(false)
  const signIn = (next: string) => {
    setRefused(false)
    setToken(next)
  }
  return (
    <LanguageProvider language={language} onChange={setLanguage}>
      {token && !refused ? (
        <AdminSession
          key={token}
          token={token}
          fetchImpl={fetchImpl}
          onRefused={() => {
            forgetAdminToken()
            setRefused(true)
          }}
        />
      ) : (
        <AdminSignIn reason={refused ? 'refused' : 'missing'} onToken={signIn} />
      )}
    </LanguageProvider>
  )
}

interface SessionProps {
  token: string
  fetchImpl?: typeof fetch
  onRefused: () => void
}

function AdminSession({ token, fetchImpl, onRefused }: SessionProps) {
  const [page] = useState(() => ({ store: createAdminStore(), api: createAdminApi(token, fetchImpl) }))
  useEffect(() => {
    void loadMeetings(page.store, page.api)
  }, [page])
  return (
    <AdminProvider store={page.store} api={page.api}>
      <RefusalWatch onRefused={onRefused} />
      <AdminPage />
    </AdminProvider>
  )
}

/** A refused admin token sends the page back to signing in. */
function RefusalWatch({ onRefused }: { onRefused: () => void }) {
  const refused = useAdmin((state) => state.refused)
  useEffect(() => {
    if (refused) onRefused()
  }, [refused, onRefused])
  return null
}
