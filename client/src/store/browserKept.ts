import type { PersistStorage } from 'zustand/middleware'

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>

/** One field `persist` keeps: under its own key, in its own storage, as plain text. */
export interface KeptField<T> {
  key: string
  /** Null where the browser refuses storage (some private modes): the field is then forgotten. */
  storage: () => KeyValueStorage | null
  /** The saved text read back; undefined when it is not (or no longer) valid. */
  parse: (text: string) => T | undefined
  format: (value: T) => string
}

/**
 * The storage for zustand's `persist` middleware that keeps each field under
 * the key this app has always used for it, so what users' browsers already
 * hold (a tablet's language, the chair's issued links) still opens as before.
 * Storage that is full or refused loses the value, never the screen.
 */
export function keptFields<S extends object>(fields: { [K in keyof S]: KeptField<S[K]> }): PersistStorage<S> {
  const entries = Object.entries(fields) as Array<[keyof S & string, KeptField<unknown>]>
  return {
    getItem: () => {
      const state: Partial<S> = {}
      for (const [name, field] of entries) {
        const text = attempt(() => field.storage()?.getItem(field.key) ?? null)
        const value = text == null ? undefined : field.parse(text)
        if (value !== undefined) state[name] = value as S[typeof name]
      }
      return { state: state as S }
    },
    setItem: (_name, { state }) => {
      for (const [name, field] of entries) attempt(() => field.storage()?.setItem(field.key, field.format(state[name])))
    },
    removeItem: () => undefined,
  }
}

function attempt<T>(run: () => T): T | undefined {
  try {
    return run()
  } catch {
    return undefined
  }
}

/** The device's local storage, which outlives a browser restart; null where refused. */
export const localStore = (): KeyValueStorage | null => attempt(() => window.localStorage) ?? null

/** This tab's session storage, forgotten when the tab closes; null where refused. */
export const sessionStore = (): KeyValueStorage | null => attempt(() => window.sessionStorage) ?? null
