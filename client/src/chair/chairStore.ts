import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Kind, Language } from '@floor/shared'
import type { MessageKey, MessageValues } from '../i18n/translate'
import type { ClientError } from '../net/floorConnection'

/** The two views of `/chair`: running the floor, and preparing the tablets. */
export type ChairPage = 'console' | 'tablets'

/** A tablet link issued from this browser tab (the server keeps only the token's hash). */
export interface IssuedLink {
  url: string
  /** Epoch ms, server time. */
  issuedAt: number
}

/**
 * The chair's own notices. `conflict`: a floor command was refused because the
 * state had moved on (another co-facilitator was quicker); the screen shows the
 * fresh state and sends nothing again. `done`: a short confirmation.
 */
export type ChairNotice =
  | { kind: 'conflict'; command: 'next' | 'give-floor' | 'end-floor' | 'move'; seenVersion: number }
  | { kind: 'done'; message: MessageKey; values?: MessageValues }
  | { kind: 'error'; error: ClientError }

/**
 * What the console knows beyond the meeting's view (which lives in the
 * foundation's floor store): pending commands, notices, the tablet links made
 * in this tab. Built like the floor store: a vanilla zustand store, read with
 * selectors, changed only through the functions below.
 */
export interface ChairState {
  page: ChairPage
  language: Language
  /** Commands sent and not yet answered, by key (`floor`, `timer`, `request:<id>`…). */
  pending: Record<string, true>
  /** After an accepted floor command: the version its `state` will carry. Next waits for it. */
  awaitingVersion: number | null
  /** A `state` arrived since the connection last came up: the view on screen is current. */
  fresh: boolean
  notice: ChairNotice | null
  /** The kind the next placard is entered as. */
  placardKind: Kind
  /** A request is being dragged (by pointer or keyboard): global shortcuts stand aside. */
  dragging: boolean
  links: Record<string, IssuedLink>
}

export type ChairStore = StoreApi<ChairState>

export function createChairStore(initial: Partial<ChairState> = {}): ChairStore {
  return createStore<ChairState>()(() => ({
    page: 'console',
    language: 'en',
    pending: {},
    awaitingVersion: null,
    fresh: false,
    notice: null,
    placardKind: 'statement',
    dragging: false,
    links: {},
    ...initial,
  }))
}

export function showPage(store: ChairStore, page: ChairPage): void {
  store.setState({ page })
}

export function setLanguage(store: ChairStore, language: Language): void {
  store.setState({ language })
}

/** Marks `key` as sent; false when it is already waiting for its answer. */
export function beginPending(store: ChairStore, key: string): boolean {
  if (store.getState().pending[key]) return false
  store.setState((state) => ({ pending: { ...state.pending, [key]: true } }))
  return true
}

export function endPending(store: ChairStore, key: string): void {
  store.setState((state) => {
    const { [key]: _done, ...rest } = state.pending
    return { pending: rest }
  })
}

export function awaitVersion(store: ChairStore, version: number | null): void {
  store.setState({ awaitingVersion: version })
}

export function setFresh(store: ChairStore, fresh: boolean): void {
  if (store.getState().fresh !== fresh) store.setState({ fresh })
}

export function showNotice(store: ChairStore, notice: ChairNotice): void {
  store.setState({ notice })
}

export function dismissNotice(store: ChairStore): void {
  store.setState({ notice: null })
}

export function setPlacardKind(store: ChairStore, placardKind: Kind): void {
  store.setState({ placardKind })
}

export function setDragging(store: ChairStore, dragging: boolean): void {
  store.setState({ dragging })
}

export function rememberLink(store: ChairStore, delegationId: string, link: IssuedLink): void {
  store.setState((state) => ({ links: { ...state.links, [delegationId]: link } }))
}
