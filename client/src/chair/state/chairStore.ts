import { persist } from 'zustand/middleware'
import { createStore } from 'zustand/vanilla'
import type { Kind, Language } from '@floor/shared'
import { isLanguage, preferredLanguage } from '../../i18n/languages'
import type { MessageKey, MessageValues } from '../../i18n/translate'
import type { ClientError } from '../../net/floorConnection'
import { keptFields, localStore } from '../../store/browserKept'
import { floorSlice, type FloorState, type FloorStore } from '../../store/floorStore'

/** The two views of `/chair`: running the floor, and preparing the tablets. */
export type ChairPage = 'console' | 'tablets'

/** A tablet link issued from this browser (the server keeps only the token's hash). */
export interface IssuedLink {
  url: string
  /** Epoch ms, server time. */
  issuedAt: number
}

/**
 * The answer to the chair's last action, its one channel for refusals.
 * `conflict`: a floor command was refused because the state had moved on
 * (another co-facilitator was quicker); the screen shows the fresh state and
 * sends nothing again. `error`: any other refusal. `done`: a short confirmation.
 */
export type ChairNotice =
  | { kind: 'conflict'; command: 'next' | 'give-floor' | 'end-floor' | 'move'; seenVersion: number }
  /** Done as asked; `warning` when it changed nothing the chair may have expected (a placard already on the list). */
  | { kind: 'done'; message: MessageKey; values?: MessageValues; tone?: 'success' | 'warning' }
  | { kind: 'error'; error: ClientError }

/**
 * The console's own slice, beside the floor slice in its one store: pending
 * commands, notices, the tablet links made in this tab.
 */
export interface ChairSlice {
  page: ChairPage
  language: Language
  /**
   * Commands not yet on screen, by key (`floor`, `timer`, `request:<id>`…): a
   * key stays taken from the send until the view shows its change.
   */
  pending: Record<string, true>
  notice: ChairNotice | null
  /** The kind the next placard is entered as. */
  placardKind: Kind
  /** A request is being dragged (by pointer or keyboard): global shortcuts stand aside. */
  dragging: boolean
  links: Record<string, IssuedLink>
}

export type ChairState = FloorState & ChairSlice
export type ChairStore = FloorStore<ChairState>

function chairSlice(initial: Partial<ChairSlice>): ChairSlice {
  return { page: 'console', language: 'en', pending: {}, notice: null, placardKind: 'statement', dragging: false, links: {}, ...initial }
}

/**
 * What the browser keeps: the language on this device, and the tablet links
 * issued from it, each meeting's under its own key (the default meeting's
 * under the key it has always had), so a console that opens another meeting
 * never shows the first one's links. The links are in local storage: every
 * tab of this browser, and the browser after a restart, can show a tablet's
 * link again instead of issuing a new token, which would disconnect the
 * tablet. They stay on the chair's computer only; the server keeps no more
 * than each token's hash.
 */
const keptFor = (meetingId: string | null) =>
  keptFields<Pick<ChairSlice, 'language' | 'links'>>({
    language: { key: 'floor.chair.language', storage: localStore, parse: (text) => (isLanguage(text) ? text : undefined), format: String },
    links: { key: tabletLinksKey(meetingId), storage: localStore, parse: parseLinks, format: JSON.stringify },
  })

export const tabletLinksKey = (meetingId: string | null): string =>
  meetingId === null ? 'floor.chair.tabletLinks' : `floor.chair.tabletLinks.${meetingId}`

/**
 * The console's one store: the floor slice and its own. `language` given
 * wins over the one the browser kept.
 */
export function createChairStore(floor: Partial<FloorState>, initial: Partial<ChairSlice> = {}, meetingId: string | null = null): ChairStore {
  return createStore<ChairState>()(
    persist(() => ({ ...floorSlice(floor), ...chairSlice({ language: preferredLanguage(), ...initial }) }), {
      name: 'floor.chair',
      storage: keptFor(meetingId),
      partialize: ({ language, links }) => ({ language, links }),
      merge: (saved, current) => ({ ...current, ...(saved as Partial<ChairSlice>), ...initial }),
    }),
  )
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

/** A floor command is on its way, or its change is not on screen yet: Next must wait. */
export const floorBusy = (state: ChairState): boolean => Boolean(state.pending.floor)

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

/**
 * Follows the links another tab of this browser issues: `storage` events
 * come from the other tabs only. Returns the function that stops following.
 */
export function followKeptLinks(store: ChairStore, meetingId: string | null): () => void {
  const key = tabletLinksKey(meetingId)
  const onStorage = (event: StorageEvent) => {
    if (event.key !== key || event.newValue === null) return
    const links = parseLinks(event.newValue)
    if (links) store.setState({ links })
  }
  window.addEventListener('storage', onStorage)
  return () => window.removeEventListener('storage', onStorage)
}

/** Issued links as a tab kept them; anything unreadable is left out. */
function parseLinks(text: string): Record<string, IssuedLink> | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return undefined
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined
  const links: Record<string, IssuedLink> = {}
  for (const [delegationId, value] of Object.entries(parsed)) {
    const link = value as Partial<IssuedLink>
    if (typeof link.url === 'string' && typeof link.issuedAt === 'number') links[delegationId] = { url: link.url, issuedAt: link.issuedAt }
  }
  return links
}
