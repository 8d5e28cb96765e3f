import type { DomainEvent, MeetingState } from '@floor/shared'

/**
 * The durable log of the meeting. `append` returns only once the events are
 * committed (one transaction per command); `load` yields them in order. A
 * PostgreSQL store can implement the same interface later.
 */
export interface EventStore {
  append(events: readonly DomainEvent[]): void
  /** Every event, oldest first: the audit trail. */
  load(): Iterable<DomainEvent>
  /**
   * Where a restart begins: the latest snapshot of the state, if any, and the
   * events appended after it. Without snapshots, no state and every event.
   */
  loadForRestart(): { snapshot: MeetingState | null; events: Iterable<DomainEvent> }
  /** Keeps the state as it stands after every event appended so far, so a restart replays only what follows. */
  saveSnapshot(state: MeetingState): void
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
  let snapshot: { state: MeetingState; after: number } | null = null
  return {
    events,
    loadForRestart: () => ({
      snapshot: snapshot ? structuredClone(snapshot.state) : null,
      events: structuredClone(events.slice(snapshot?.after ?? 0)),
    }),
    saveSnapshot: (state) => {
      snapshot = { state: structuredClone(state), after: events.length }
    },
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
