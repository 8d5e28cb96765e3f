import { useEffect, useMemo, useState } from 'react'
import { useStore } from 'zustand'
import { MeetingGate } from '../app/MeetingGate'
import { Notice } from '../app/Notice'
import { useWakeLock } from '../ui/useWakeLock'
import { LanguageProvider } from '../i18n/LanguageContext'
import { useDocumentLanguage } from '../i18n/useDocumentLanguage'
import { connectFloor } from '../net/socket'
import { takeToken } from '../net/token'
import { localStore, type KeyValueStorage } from '../store/browserKept'
import { createFloorSession, type FloorSessionOptions } from '../store/floorSession'
import { FloorSessionProvider, useOwnedSession } from '../store/FloorSessionContext'
import { createStatementsApi, type StatementsApi } from '../statements/statementsApi'
import { StatementsApiProvider } from '../statements/StatementsApiContext'
import { createAlerter, type Alerter } from './alerts'
import { DelegateScreen } from './DelegateScreen'
import { defaultHoldMs, startIntentDelivery, type Tablet } from './intentDelivery'
import { TabletProvider } from './TabletContext'
import { createTabletStore } from './tabletStore'

export interface DelegateAppProps {
  /** Tests connect over a fake connection; the app otherwise connects with the link's token. */
  connect?: () => FloorSessionOptions
  /** Where the token and the language are remembered; the device's local storage by default. */
  storage?: KeyValueStorage | null
  alerter?: Alerter
  /** How long a tap made offline waits for the connection. */
  holdMs?: number
  /** The meeting of a `/m/:id/delegate` link; null: the default meeting. */
  meetingId?: string | null
  /** The statement routes (section 9); by default with the link's token, none in a test without a server. */
  statements?: StatementsApi | null
}

/**
 * `/delegate#token=…`: a delegation's tablet. The token moves from the link
 * to local storage (not session storage), so a tablet whose browser was
 * closed or restarted opens on its delegation again from its bookmark or
 * history, without the QR code.
 */
export default function DelegateApp(props: DelegateAppProps) {
  const storage = useMemo(() => (props.storage === undefined ? localStore() : props.storage), [props.storage])
  const meetingId = props.meetingId ?? null
  const [token] = useState(() =>
    props.connect ? null : takeToken({ scope: 'delegate', meetingId }, window.location, storage ?? window.sessionStorage),
  )
  const connect = useMemo(
    () => props.connect ?? (() => ({ connection: connectFloor({ token, meetingId }), meetingId })),
    [props.connect, token, meetingId],
  )
  const statements = useMemo(
    () => (props.statements !== undefined ? props.statements : token ? createStatementsApi(token, meetingId) : null),
    [props.statements, token, meetingId],
  )
  if (!props.connect && !token) return <Notice message="route.needsLink" />
  return (
    <StatementsApiProvider api={statements}>
      <TabletRoot connect={connect} storage={storage} alerter={props.alerter} holdMs={props.holdMs} />
    </StatementsApiProvider>
  )
}

interface TabletRootProps {
  connect: () => FloorSessionOptions
  storage: KeyValueStorage | null
  alerter: Alerter | undefined
  holdMs: number | undefined
}

function TabletRoot({ connect, storage, alerter, holdMs = defaultHoldMs }: TabletRootProps) {
  const tablet = useOwnedSession<Tablet>(() => {
    const options = connect()
    const store = createTabletStore({ connection: options.connection.status }, storage)
    return { ...createFloorSession(options, store), holdMs }
  })
  const [chime] = useState(() => alerter ?? createAlerter())
  useEffect(() => (tablet ? startIntentDelivery(tablet) : undefined), [tablet])
  const context = useMemo(() => (tablet ? { tablet, alerter: chime } : null), [tablet, chime])
  useWakeLock()
  if (!tablet || !context) return null
  return (
    <FloorSessionProvider session={tablet}>
      <TabletProvider value={context}>
        <MeetingGate store={tablet.store}>
          <TabletLanguage tablet={tablet} />
        </MeetingGate>
      </TabletProvider>
    </FloorSessionProvider>
  )
}

/** The screen in the language chosen on this tablet. */
function TabletLanguage({ tablet }: { tablet: Tablet }) {
  const language = useStore(tablet.store, (state) => state.language)
  useDocumentLanguage(language)
  return (
    <LanguageProvider language={language}>
      <DelegateScreen />
    </LanguageProvider>
  )
}
