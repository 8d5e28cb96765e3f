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
