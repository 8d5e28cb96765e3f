import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Kind, Language } from '@floor/shared'
import type { MessageKey, MessageValues } from '../i18n/translate'

/** What a tap asks the server for. */
export type Intent = { type: 'request'; kind: Kind } | { type: 'withdraw'; requestId: string; kind: Kind }

/**
 * The one tap not yet answered. `queued`: not sent, waiting for the
 * connection (the screen says so and offers to cancel); `sending`: on the
 * wire, its acknowledgement awaited.
 */
export interface PendingIntent {
  id: number
  intent: Intent
  phase: 'queued' | 'sending'
  /** It waited for a reconnection, so its confirmation says it was sent late. */
  heldOffline: boolean
  /** It went out as the link dropped and no answer came: it may have arrived. */
  maybeSent: boolean
  /** Device ms after which a queued intent is dropped, and the user told. */
  expiresAt: number
}

/** What came of the last tap, until dismissed or replaced. */
export interface Notice {
  id: number
  tone: 'success' | 'warning' | 'error'
  key: MessageKey
  values?: MessageValues
}

/**
 * The tablet's own state, beside the session's `{ view, connection, … }`:
 * nothing here says where the delegation stands (that is the view's alone),
 * only this device's choices and its unanswered tap.
 */
export interface TabletState {
  language: Language
  pending: PendingIntent | null
  notice: Notice | null
  /** The delegate opted in to a sound and vibration when their turn comes. */
  alerts: boolean
}

export type TabletStore = StoreApi<TabletState>

export function createTabletStore(initial: Partial<TabletState> = {}): TabletStore {
  return createStore<TabletState>()(() => ({ language: 'en', pending: null, notice: null, alerts: false, ...initial }))
}

let nextId = 1

export function chooseLanguage(store: TabletStore, language: Language): void {
  store.setState({ language })
}

export function setAlerts(store: TabletStore, alerts: boolean): void {
  store.setState({ alerts })
}

export function showNotice(store: TabletStore, notice: Omit<Notice, 'id'>): void {
  store.setState({ notice: { ...notice, id: nextId++ } })
}

export function dismissNotice(store: TabletStore): void {
  store.setState({ notice: null })
}

/** Keeps `intent` as the pending tap; refused (false) while another is pending. */
export function holdIntent(store: TabletStore, intent: Intent, expiresAt: number): PendingIntent | null {
  if (store.getState().pending) return null
  const pending: PendingIntent = { id: nextId++, intent, phase: 'queued', heldOffline: false, maybeSent: false, expiresAt }
  store.setState({ pending })
  return pending
}

/** Changes the pending tap, if it is still `id` (it may have been cancelled or answered meanwhile). */
export function updatePending(store: TabletStore, id: number, change: Partial<Omit<PendingIntent, 'id'>> | null): boolean {
  const { pending } = store.getState()
  if (pending?.id !== id) return false
  store.setState({ pending: change === null ? null : { ...pending, ...change } })
  return true
}
