import { createStore, type StoreApi } from 'zustand/vanilla'
import type { MeetingDocument, StateView } from '@floor/shared'
import type { ClientError, ConnectionStatus } from '../net/floorConnection'

/**
 * Everything one screen knows. Each app (chair, tablet, display) makes its own
 * store with `createFloorStore`; components read slices with selectors
 * (`useFloor((s) => s.view?.floor)`), and changes go through the plain
 * functions below, never through methods on the state.
 */
export interface FloorState {
  /** The last `state` from the server: the truth, replaced whole. */
  view: StateView | null
  connection: ConnectionStatus
  /** Add to the device clock to get server time; null until first known. */
  clockOffset: number | null
  /** The last command refused, or the connection refused; null once cleared. */
  lastError: ClientError | null
  /** `GET /api/meeting` (programme, and the roster with names in six languages); null until loaded. */
  meeting: MeetingDocument | null
}

export type FloorStore = StoreApi<FloorState>

export function createFloorStore(initial: Partial<FloorState> = {}): FloorStore {
  return createStore<FloorState>()(() => ({
    view: null,
    connection: 'connecting',
    clockOffset: null,
    lastError: null,
    meeting: null,
    ...initial,
  }))
}

export function receiveView(store: FloorStore, view: StateView): void {
  store.setState({ view })
}

export function setConnection(store: FloorStore, connection: ConnectionStatus): void {
  store.setState({ connection })
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
