import type { DomainEvent, MeetingState, MeetingSummary } from '@floor/shared'

/**
 * The durable log of every meeting. `append` resolves only once the events are
 * committed; `load` yields a meeting's events in order. SQLite implements it
 * for one machine, PostgreSQL for several nodes (PROTOCOL.md section 8). One
 * contract suite (test/server/storeContract.test.ts) runs over every
 * implementation. Every method is asynchronous because PostgreSQL's are;
 * SQLite's answer at once.
 */
export interface EventStore {
  /**
   * Whether other processes append to the same store (PostgreSQL): a node then
   * catches up from the log before it trusts its memory (a sign-in, a conflict).
   */
  readonly shared: boolean
  /**
   * Appends a meeting's events in one transaction, with the meeting's line in
   * the catalogue when given (a new meeting, a programme edit, an archive), so
   * the catalogue never disagrees with the log. The events continue the log:
   * when the meeting already has an event of the first one's version (another
   * node appended first), nothing is written and it rejects with `VersionTaken`.
   */
  append(meetingId: string, events: readonly DomainEvent[], summary?: MeetingSummary): Promise<void>
  /** Every event of one meeting, oldest first: its audit trail. */
  load(meetingId: string): Promise<DomainEvent[]>
  /** The events of one meeting after that version, oldest first: how a node catches up with the others. */
  loadAfter(meetingId: string, version: number): Promise<DomainEvent[]>
  /**
   * Where a restart begins: the meeting's latest snapshot, if any, and the
   * events appended after it. Without snapshots, no state and every event.
   */
  loadForRestart(meetingId: string): Promise<{ snapshot: MeetingState | null; events: DomainEvent[] }>
  /** Keeps the state as it stands after its version, so a restart replays only what follows. */
  saveSnapshot(meetingId: string, state: MeetingState): Promise<void>
  /** The catalogue: one line per meeting, in the order they were created, without loading any. */
  meetings(): Promise<MeetingSummary[]>
  hasMeeting(meetingId: string): Promise<boolean>
  /** Small settings the server keeps beside the log (generated tokens, the default meeting). */
  getSetting(key: string): Promise<string | undefined>
  setSetting(key: string, value: string): Promise<void>
  /**
   * Keeps `value` under `key` unless a value is already there, and answers the
   * one kept: two nodes making a meeting's chair token at once agree on one.
   */
  claimSetting(key: string, value: string): Promise<string>
  /**
   * Keeps a written statement's file (section 9), resolving once it is
   * committed; the route records its metadata in the log only afterwards,
   * so every statement the log names has its file.
   */
  saveStatementFile(meetingId: string, statementId: string, file: StatementFile): Promise<void>
  /** The file kept under that meeting and id; undefined when there is none. */
  statementFile(meetingId: string, statementId: string): Promise<StatementFile | undefined>
  /** Deletes the file for good (a statement replaced or deleted before delivery). */
  deleteStatementFile(meetingId: string, statementId: string): Promise<void>
  close(): Promise<void>
}

/**
 * Another writer appended an event of that version first: the appending node
 * catches up from the log and decides its commands again on the newer state.
 */
export class VersionTaken extends Error {
  constructor(
    readonly meetingId: string,
    readonly version: number,
  ) {
    super(`meeting ${meetingId} already has version ${version}`)
    this.name = 'VersionTaken'
  }
}

/** A statement's file as stored: its checked type and its bytes. */
export interface StatementFile {
  contentType: string
  body: Uint8Array
}

/** One meeting's part of the store: what a `MeetingHost` reads and writes. */
export interface MeetingLog {
  readonly shared: boolean
  append(events: readonly DomainEvent[], summary?: MeetingSummary): Promise<void>
  loadAfter(version: number): Promise<DomainEvent[]>
  loadForRestart(): Promise<{ snapshot: MeetingState | null; events: DomainEvent[] }>
  saveSnapshot(state: MeetingState): Promise<void>
}

export function logOf(store: EventStore, meetingId: string): MeetingLog {
  return {
    shared: store.shared,
    append: (events, summary) => store.append(meetingId, events, summary),
    loadAfter: (version) => store.loadAfter(meetingId, version),
    loadForRestart: () => store.loadForRestart(meetingId),
    saveSnapshot: (state) => store.saveSnapshot(meetingId, state),
  }
}
