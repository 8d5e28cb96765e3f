import type { Language } from '@floor/shared'
import { isLanguage, preferredLanguage } from '../i18n/languages'
import { connectFloor } from '../net/socket'
import { createFloorSession, type FloorSession } from '../store/floorSession'
import { createChairApi, type ChairApi } from './chairApi'
import { awaitVersion, createChairStore, setFresh, type ChairStore } from './chairStore'
import { loadLinks, saveLinks, type LinkStorage } from './tabletLinks'

/** Everything the console works with: the meeting's session, its own store, the HTTP routes. */
export interface ChairSession {
  floor: FloorSession
  store: ChairStore
  api: ChairApi
}

export interface ChairSessionOptions {
  floor: FloorSession
  api: ChairApi
  /** Where issued tablet links are kept (this tab's session storage). */
  storage?: LinkStorage
  language?: Language
}

const languageKey = 'floor.chair.language'

export function createChairSession(options: ChairSessionOptions): ChairSession {
  const storage = options.storage ?? safeSessionStorage()
  const store = createChairStore({
    language: options.language ?? savedLanguage() ?? preferredLanguage(),
    links: storage ? loadLinks(storage) : {},
  })
  return { floor: options.floor, store, api: options.api }
}

/** The real thing: Socket.IO to this page's server with the chair's token. */
export function connectChair(token: string): ChairSession {
  return createChairSession({
    floor: createFloorSession({ connection: connectFloor({ token }) }),
    api: createChairApi(token),
  })
}

/**
 * Keeps the console's own state in step with the meeting's: the view counts as
 * current only once a `state` has arrived since the connection last came up,
 * and links and language are saved as they change. Returns a function that stops it.
 */
export function startChairSession(session: ChairSession, storage: LinkStorage | null = safeSessionStorage()): () => void {
  const { floor, store } = session
  const seen = floor.store.getState()
  setFresh(store, seen.connection === 'online' && seen.view !== null)
  const unsubscribeFloor = floor.store.subscribe((now, before) => {
    if (now.connection !== 'online' && before.connection === 'online') {
      setFresh(store, false)
      // Whatever was accepted before the drop, the next `state` tells; stop waiting for it.
      awaitVersion(store, null)
    }
    if (now.view !== before.view && now.view !== null) setFresh(store, true)
    const awaiting = store.getState().awaitingVersion
    if (awaiting !== null && now.view !== null && now.view.version >= awaiting) awaitVersion(store, null)
  })
  const unsubscribeChair = store.subscribe((now, before) => {
    if (now.links !== before.links && storage) saveLinks(storage, now.links)
    if (now.language !== before.language) saveLanguage(now.language)
  })
  return () => {
    unsubscribeFloor()
    unsubscribeChair()
  }
}

function safeSessionStorage(): Storage | null {
  try {
    return window.sessionStorage
  } catch {
    return null
  }
}

function savedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(languageKey)
    return value && isLanguage(value) ? value : null
  } catch {
    return null
  }
}

function saveLanguage(language: Language): void {
  try {
    window.localStorage.setItem(languageKey, language)
  } catch {
    // Not saved: the console opens in the browser's language next time.
  }
}
