import type { DomainEvent, MeetingState, MeetingSummary } from '@floor/shared'

/**
 * The durable log of every meeting. `append` returns only once the events are
 * committed; `load` yields a meeting's events in order. SQLite implements it
 * for one machine; PostgreSQL will for several nodes. One contract suite
 * (test/server/storeContract.test.ts) runs over every implementation.
 */
export interface EventStore {
  /**
   * Appends a meeting's events in one transaction, with the meeting's line in
   * the catalogue when given (a new meeting, a programme edit, an archive), so
   * the catalogue never disagrees with the log.
   */
  append(meetingId: string, events: readonly DomainEvent[], summary?: MeetingSummary): void
  /** Every event of one meeting, oldest first: its audit trail. */
  load(meetingId: string): Iterable<DomainEvent>
  /**
   * Where a restart begins: the meeting's latest snapshot, if any, and the
   * events appended after it. Without snapshots, no state and every event.
   */
  loadForRestart(meetingId: string): { snapshot: MeetingState | null; events: Iterable<DomainEvent> }
  /** Keeps the state as it stands after every event appended so far, so a restart replays only what follows. */
  saveSnapshot(meetingId: string, state: MeetingState): void
  /** The catalogue: one line per meeting, in the order they were created, without loading any. */
  meetings(): MeetingSummary[]
  hasMeeting(meetingId: string): boolean
  /** Small settings the server keeps beside the log (generated tokens, the default meeting). */
  getSetting(key: string): string | undefined
  setSetting(key: string, value: string): void
  /**
   * Keeps a written statement's file (section 9), returning once it is
   * committed; the route records its metadata in the log only afterwards,
   * so every statement the log names has its file.
   */
  saveStatementFile(meetingId: string, statementId: string, file: StatementFile): void
  /** The file kept under that meeting and id; undefined when there is none. */
  statementFile(meetingId: string, statementId: string): StatementFile | undefined
  /** Deletes the file for good (a statement replaced or deleted before delivery). */
  deleteStatementFile(meetingId: string, statementId: string): void
  close(): void
}

/** A statement's file as stored: its checked type and its bytes. */
export interface StatementFile {
  contentType: string
  body: Uint8Array
}

/** One meeting's part of the store: what a `MeetingHost` reads and writes. */
export interface MeetingLog {
  append(events: readonly DomainEvent[], summary?: MeetingSummary): void
  loadForRestart(): { snapshot: MeetingState | null; events: Iterable<DomainEvent> }
  saveSnapshot(state: MeetingState): void
}

export function logOf(store: EventStore, meetingId: string): MeetingLog {
  return {
    append: (events, summary) => store.append(meetingId, events, summary),
    loadForRestart: () => store.loadForRestart(meetingId),
    saveSnapshot: (state) => store.saveSnapshot(meetingId, state),
  }
}
