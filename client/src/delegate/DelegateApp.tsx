import { useEffect, useMemo, useState } from 'react'
import { useStore } from 'zustand'
import { Notice } from '../app/Notice'
import { useWakeLock } from '../display/useWakeLock'
import { LanguageProvider } from '../i18n/LanguageContext'
import { useDocumentLanguage } from '../i18n/useDocumentLanguage'
import { connectFloor } from '../net/socket'
import { takeToken } from '../net/token'
import { createFloorSession, type FloorSession } from '../store/floorSession'
import { FloorSessionProvider, useOwnedSession } from '../store/FloorSessionContext'
import { createAlerter, type Alerter } from './alerts'
import { DelegateScreen } from './DelegateScreen'
import { defaultHoldMs, startIntentDelivery, type Tablet } from './intentDelivery'
import { TabletProvider } from './TabletContext'
import { deviceStorage, loadLanguage, type KeyValueStorage } from './tabletStorage'
import { createTabletStore } from './tabletStore'

export interface DelegateAppProps {
  /** Tests pass a session over a fake connection; the app otherwise connects with the link's token. */
  createSession?: () => FloorSession
  /** Where the token and the language are remembered; the device's local storage by default. */
  storage?: KeyValueStorage | null
  alerter?: Alerter
  /** How long a tap made offline waits for the connection. */
  holdMs?: number
}

/**
 * `/delegate#token=…`: a delegation's tablet. The token moves from the link
 * to local storage (not session storage), so a tablet whose browser was
 * closed or restarted opens on its delegation again from its bookmark or
 * history, without the QR code.
 */
export default function DelegateApp(props: DelegateAppProps) {
  const storage = useMemo(() => (props.storage === undefined ? deviceStorage() : props.storage), [props.storage])
  const [token] = useState(() =>
    props.createSession ? null : takeToken('delegate', window.location, storage ?? window.sessionStorage),
  )
  const createSession = useMemo(
    () => props.createSession ?? (() => createFloorSession({ connection: connectFloor({ token }) })),
    [props.createSession, token],
  )
  if (!props.createSession && !token) return <Notice message="route.needsLink" />
  return <TabletRoot createSession={createSession} storage={storage} alerter={props.alerter} holdMs={props.holdMs} />
}

interface TabletRootProps {
  createSession: () => FloorSession
  storage: KeyValueStorage | null
  alerter: Alerter | undefined
  holdMs: number | undefined
}

function TabletRoot({ createSession, storage, alerter, holdMs = defaultHoldMs }: TabletRootProps) {
  const session = useOwnedSession(createSession)
  const [store] = useState(() => createTabletStore({ language: loadLanguage(storage) }))
  const [chime] = useState(() => alerter ?? createAlerter())
  const language = useStore(store, (state) => state.language)
  const tablet = useMemo<Tablet | null>(() => (session ? { session, store, holdMs } : null), [session, store, holdMs])
  useDocumentLanguage(language)
  useWakeLock()
  useEffect(() => (tablet ? startIntentDelivery(tablet) : undefined), [tablet])
  const context = useMemo(() => (tablet ? { tablet, alerter: chime, storage } : null), [tablet, chime, storage])
  if (!session || !context) return null
  return (
    <FloorSessionProvider session={session}>
      <TabletProvider value={context}>
        <LanguageProvider language={language}>
          <DelegateScreen />
        </LanguageProvider>
      </TabletProvider>
    </FloorSessionProvider>
  )
}
