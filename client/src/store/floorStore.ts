import { createStore, type StoreApi } from 'zustand/vanilla'
import type { MeetingDocument, StateView } from '@floor/shared'
import type { ClientError, ConnectionStatus } from '../net/floorConnection'

/**
 * What every screen knows of the meeting: the floor slice. The display's store
 * is this slice alone; the chair's and the tablet's stores add their own slice
 * beside it (zustand's slices pattern), so each screen has one store.
 * Components read it with selectors (`useFloor((s) => s.view?.floor)`), and
 * changes go through the plain functions below, never through methods on the state.
 */
export interface FloorState {
  /** The last `state` from the server: the truth, replaced whole. */
  view: StateView | null
  connection: ConnectionStatus
  /** A `state` arrived since the connection last came up: the view on screen is current. */
  fresh: boolean
  /** Add to the device clock to get server time; null until first known. */
  clockOffset: number | null
  /** The last command refused, or the connection refused; null once cleared. */
  lastError: ClientError | null
  /** `GET /api/meeting` (programme, and the roster with names in six languages); null until loaded. */
  meeting: MeetingDocument | null
}

/** Any screen's store: the floor slice, and whatever slice the screen adds. */
export type FloorStore<S extends FloorState = FloorState> = StoreApi<S>

/** The floor slice's first state. */
export function floorSlice(initial: Partial<FloorState> = {}): FloorState {
  return { view: null, connection: 'connecting', fresh: false, clockOffset: null, lastError: null, meeting: null, ...initial }
}

/** A store of the floor slice alone (the display's). */
export function createFloorStore(initial: Partial<FloorState> = {}): FloorStore {
  return createStore<FloorState>()(() => floorSlice(initial))
}

export function receiveView(store: FloorStore, view: StateView): void {
  store.setState({ view, fresh: true })
}

export function setConnection(store: FloorStore, connection: ConnectionStatus): void {
  // Whatever happened while the link was down, only the next `state` tells.
  store.setState(connection === 'online' ? { connection } : { connection, fresh: false })
}

export function setClockOffset(store: FloorStore, clockOffset: number): void {
  store.setState({ clockOffset })
}

export function reportError(store: FloorStore, lastError: ClientError): void {
  store.setState({ lastError })
}

export function clearError(store: FloorStore): void {
  store.setState({ lastError: null })
}

export function setMeetingDocument(store: FloorStore, meeting: MeetingDocument): void {
  store.setState({ meeting })
}

/** Commands may be sent: online, with a view that arrived on this connection. */
export const canSend = (state: FloorState): boolean => state.connection === 'online' && state.view !== null && state.fresh

/** The server has no meeting by this page's id: nothing will ever arrive. */
export const meetingMissing = (state: FloorState): boolean => state.lastError?.code === 'no_meeting'

/** The screen shows `version` or later, or the link is down (then the next view tells). */
export const shows = (state: FloorState, version: number): boolean =>
  (state.view?.version ?? -1) >= version || state.connection !== 'online'

/**
 * Runs `then` once the screen shows `version` (at once if it already does):
 * an acknowledgement can come before the `state` that shows its change, and
 * the screen must not show the old view beside "done".
 */
export function whenShown(store: FloorStore, version: number, then: () => void): void {
  if (shows(store.getState(), version)) return then()
  const unsubscribe = store.subscribe((state) => {
    if (!shows(state, version)) return
    unsubscribe()
    then()
  })
}
