import type { DomainEvent } from '@floor/shared'

/**
 * The durable log of the meeting. `append` returns only once the events are
 * committed (one transaction per command); `load` yields them in order. A
 * PostgreSQL store can implement the same interface later.
 */
export interface EventStore {
  append(events: readonly DomainEvent[]): void
  load(): Iterable<DomainEvent>
  /** Whether anything was ever appended: an empty store gets the demo meeting. */
  isEmpty(): boolean
  /** Small settings the server keeps beside the log (the generated chair token). */
  getSetting(key: string): string | undefined
  setSetting(key: string, value: string): void
  close(): void
}

/** A store that keeps everything in memory: for tests that need no disk. */
export function memoryStore(initial: readonly DomainEvent[] = []): EventStore & { events: DomainEvent[] } {
  const events = [...initial]
  const settings = new Map<string, string>()
  return {
    events,
    append: (batch) => {
      events.push(...structuredClone(batch))
    },
    load: () => structuredClone(events),
    isEmpty: () => events.length === 0,
    getSetting: (key) => settings.get(key),
    setSetting: (key, value) => {
      settings.set(key, value)
    },
    close: () => {},
  }
}
