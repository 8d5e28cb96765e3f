import type { Command, MeetingDocument } from '@floor/shared'
import type { CommandOutcome, FloorConnection } from '../net/floorConnection'
import { fetchMeetingDocument, MeetingNotFound } from '../net/meetingDocument'
import { startClockSync, type ClockSyncOptions } from '../time/clockSync'
import {
  clearError,
  createFloorStore,
  receiveView,
  reportError,
  setClockOffset,
  setConnection,
  setMeetingDocument,
  type FloorState,
  type FloorStore,
} from './floorStore'

/** One screen's link to the meeting: its one store, its connection and the device clock. */
export interface FloorSession<S extends FloorState = FloorState> {
  store: FloorStore<S>
  connection: FloorConnection
  /** The device clock; tests give each simulated device its own. */
  now: () => number
  loadMeeting: () => Promise<MeetingDocument>
  clockSync: Partial<Pick<ClockSyncOptions, 'samplesPerBurst' | 'keep' | 'resyncEveryMs' | 'visibility'>>
}

export interface FloorSessionOptions {
  connection: FloorConnection
  /** The meeting whose document `loadMeeting` fetches by default; null: the default meeting. */
  meetingId?: string | null
  now?: () => number
  loadMeeting?: () => Promise<MeetingDocument>
  clockSync?: FloorSession['clockSync']
}

/** A session on the floor slice alone (the display's), or on a screen's own store holding it. */
export function createFloorSession(options: FloorSessionOptions): FloorSession
export function createFloorSession<S extends FloorState>(options: FloorSessionOptions, store: FloorStore<S>): FloorSession<S>
export function createFloorSession(options: FloorSessionOptions, store?: FloorStore): FloorSession {
  return {
    store: store ?? createFloorStore({ connection: options.connection.status }),
    connection: options.connection,
    now: options.now ?? (() => Date.now()),
    loadMeeting: options.loadMeeting ?? (() => fetchMeetingDocument(options.meetingId ?? null)),
    clockSync: options.clockSync ?? {},
  }
}

/**
 * Feeds the store from the connection, keeps the clock offset measured and
 * loads the roster. Returns a function that stops all of it (the connection
 * itself stays open: whoever created it closes it).
 */
export function startFloorSession(session: FloorSession): () => void {
  const { store, connection } = session
  let stopped = false

  const loadMeeting = () => {
    if (store.getState().meeting) return
    session.loadMeeting().then(
      (document) => !stopped && setMeetingDocument(store, document),
      (error: unknown) => {
        // An unknown meeting stays unknown: the screen says so instead of waiting.
        if (!stopped && error instanceof MeetingNotFound) reportError(store, { code: 'no_meeting', message: error.message })
        // Otherwise names fall back to English; tried again on the next reconnection.
      },
    )
  }

  const clock = startClockSync({
    ...session.clockSync,
    requestServerTime: () => connection.requestServerTime(),
    now: session.now,
    onEstimate: (estimate) => setClockOffset(store, estimate.offsetMs),
  })

  const unsubscribeState = connection.onState((view) => {
    // Until the first round trips are measured, `serverTime` gives an offset
    // that is off by one network hop only: good enough for the first frame.
    if (store.getState().clockOffset === null) setClockOffset(store, view.serverTime - session.now())
    receiveView(store, view)
  })

  const unsubscribeStatus = connection.onStatus((status, problem) => {
    setConnection(store, status)
    if (problem) reportError(store, problem)
    if (status === 'online') {
      if (store.getState().lastError?.code === 'unauthorized') clearError(store)
      // A new connection may take another route through the network: measure again.
      void clock.resync()
      loadMeeting()
    }
  })

  setConnection(store, connection.status)
  loadMeeting()

  return () => {
    stopped = true
    clock.stop()
    unsubscribeState()
    unsubscribeStatus()
  }
}

/**
 * Sends a command; a refusal becomes `lastError` (shown by the screen), a
 * success clears it. The new `state` follows from the server on its own.
 */
export async function sendCommand(session: FloorSession, command: Command): Promise<CommandOutcome> {
  const outcome = await session.connection.send(command)
  if (outcome.ok) clearError(session.store)
  else reportError(session.store, outcome.error)
  return outcome
}

/** Server time now, as far as this device can tell. */
export function serverNow(session: FloorSession): number {
  return session.now() + (session.store.getState().clockOffset ?? 0)
}
