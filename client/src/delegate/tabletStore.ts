import { persist } from 'zustand/middleware'
import { createStore } from 'zustand/vanilla'
import type { Kind, Language } from '@floor/shared'
import { isLanguage, preferredLanguage } from '../i18n/languages'
import type { MessageKey, MessageValues } from '../i18n/translate'
import { keptFields, type KeyValueStorage } from '../store/browserKept'
import { floorSlice, type FloorState, type FloorStore } from '../store/floorStore'

/** What a tap asks the server for. */
/** A tap: a request (a statement may be on behalf of one of the meeting's groups), or a withdrawal. */
export type Intent = { type: 'request'; kind: Kind; onBehalfOf?: string } | { type: 'withdraw'; requestId: string; kind: Kind }

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
  /**
   * Device ms before which it is not sent: a withdrawal waits a few seconds,
   * with a way to take it back, so a slip of the finger keeps the place. Null: at once.
   */
  sendAt: number | null
}

/** What came of the last tap, until dismissed or replaced. */
export interface Notice {
  id: number
  tone: 'success' | 'warning' | 'error'
  key: MessageKey
  values?: MessageValues
}

/**
 * The tablet's own slice, beside the floor slice in its one store: nothing
 * here says where the delegation stands (that is the view's alone), only this
 * device's choices and its unanswered tap.
 */
export interface TabletSlice {
  language: Language
  pending: PendingIntent | null
  notice: Notice | null
  /** The delegate opted in to a sound and vibration when their turn comes. */
  alerts: boolean
}

export type TabletState = FloorState & TabletSlice
export type TabletStore = FloorStore<TabletState>

/**
 * The tablet's one store: the floor slice and its own. The language is kept
 * in `storage` (the device's local storage: a tablet left at its seat
 * overnight opens in the morning in its language); null keeps nothing.
 * The alerts opt-in is not kept: only a tap can unlock the device's audio.
 */
export function createTabletStore(floor: Partial<FloorState>, storage: KeyValueStorage | null): TabletStore {
  const slice: TabletSlice = { language: preferredLanguage(), pending: null, notice: null, alerts: false }
  return createStore<TabletState>()(
    persist(() => ({ ...floorSlice(floor), ...slice }), {
      name: 'floor.delegate',
      storage: keptFields<Pick<TabletSlice, 'language'>>({
        language: {
          key: 'floor.delegate.language',
          storage: () => storage,
          parse: (text) => (isLanguage(text) ? text : undefined),
          format: String,
        },
      }),
      partialize: ({ language }) => ({ language }),
    }),
  )
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
export function holdIntent(store: TabletStore, intent: Intent, expiresAt: number, sendAt: number | null = null): PendingIntent | null {
  if (store.getState().pending) return null
  const pending: PendingIntent = { id: nextId++, intent, phase: 'queued', heldOffline: false, maybeSent: false, expiresAt, sendAt }
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
