import { randomBytes } from 'node:crypto'
import {
  changesSummary,
  decide,
  emptyMeeting,
  ErrorCode,
  evolve,
  meetingCreated,
  parseCommand,
  replay,
  summaryOf,
  type Ack,
  type Actor,
  type Command,
  type DomainEvent,
  type MeetingDocument,
  type MeetingState,
} from '@floor/shared'
import { hashToken, newToken } from './auth'
import type { MeetingLog } from './store/eventStore'

/** Events between snapshots: replaying this many takes a few tens of milliseconds. */
export const eventsPerSnapshot = 5_000

export interface Execution {
  ack: Ack
  command: Command | null
  events: DomainEvent[]
  ms: number
}

/** An accepted, durable change, as the host announces it to its subscribers. */
export interface AcceptedChange {
  /** The events appended, oldest first. */
  events: readonly DomainEvent[]
  /** The meeting as it stands after them. */
  state: MeetingState
  /** What caused it: the command and who sent it (a socket, an HTTP import, later another node). */
  command: Command | null
  actor: Actor
  /** Time from parse to commit. */
  ms: number
}

export type ChangeListener = (change: AcceptedChange) => void

/**
 * The one place where commands change the meeting: parse, decide, store,
 * evolve, then announce. It is synchronous from parse to commit, so commands
 * are applied one at a time in arrival order and never interleave across a
 * commit. Whoever runs a command, every subscriber hears of the change: the
 * realtime layer subscribes once and broadcasts (as tldraw's TLSyncRoom
 * subscribes to its storage), so no caller broadcasts by hand.
 */
export class MeetingHost {
  private current: MeetingState
  private eventsSinceSnapshot = 0
  private readonly listeners = new Set<ChangeListener>()

  /** Loads a meeting from its log: the latest snapshot, then the events after it. */
  constructor(
    private readonly log: MeetingLog,
    private readonly now: () => number,
    private readonly newId: () => string = () => randomBytes(9).toString('base64url'),
  ) {
    const restart = log.loadForRestart()
    this.current = replay(this.counted(restart.events), restart.snapshot ?? undefined)
  }

  /** Starts a meeting's log with its document; the catalogue learns of it in the same commit. */
  static create(log: MeetingLog, document: MeetingDocument, now: () => number, newId?: () => string): MeetingHost {
    const created = meetingCreated(document, now())
    log.append([created], summaryOf(evolve(emptyMeeting(), created)))
    return new MeetingHost(log, now, newId)
  }

  get id(): string {
    return this.current.meeting.id
  }

  /** Counts the events replayed after the snapshot, so the next snapshot comes on time. */
  private *counted(events: Iterable<DomainEvent>): Iterable<DomainEvent> {
    for (const event of events) {
      this.eventsSinceSnapshot += 1
      yield event
    }
  }

  get state(): MeetingState {
    return this.current
  }

  /** Hears of every accepted change, after its commit; returns the unsubscribe. */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private announce(change: AcceptedChange): void {
    for (const listener of this.listeners) listener(change)
  }

  /** Makes the meeting read-only (PROTOCOL.md section 7); false when it already is. */
  archive(actor: Actor): boolean {
    if (this.current.archived) return false
    const archived: DomainEvent = { type: 'meeting-archived', version: this.current.version + 1, at: this.now() }
    const state = evolve(this.current, archived)
    this.log.append([archived], summaryOf(state))
    this.current = state
    this.announce({ events: [archived], state, command: null, actor, ms: 0 })
    return true
  }

  /**
   * Every so many events the state is kept beside the log, so that a restart
   * replays at most that many: a long meeting starts again in well under a second.
   */
  private snapshotNowAndThen(appended: number): void {
    this.eventsSinceSnapshot += appended
    if (this.eventsSinceSnapshot < eventsPerSnapshot) return
    this.eventsSinceSnapshot = 0
    try {
      this.log.saveSnapshot(this.current)
    } catch {
      // A snapshot only saves time at the next start; the log alone is the truth.
    }
  }

  execute(input: unknown, actor: Actor): Execution {
    const started = performance.now()
    const parsed = parseCommand(input)
    if (!parsed.ok) return { ack: { ok: false, error: parsed.error }, command: null, events: [], ms: 0 }
    const outcome = decide(this.current, parsed.command, actor, {
      now: this.now(),
      newId: this.newId,
      newToken: () => {
        // The meeting's id leads the token, so a tablet finds its meeting without saying which.
        const token = `${this.id}.${newToken()}`
        return { token, tokenHash: hashToken(token) }
      },
    })
    if (!outcome.ok) return { ack: { ok: false, error: outcome.error }, command: parsed.command, events: [], ms: 0 }
    const next = replay(outcome.events, this.current)
    try {
      // Durable first: nothing is acknowledged before the commit.
      this.log.append(outcome.events, changesSummary(outcome.events) ? summaryOf(next) : undefined)
    } catch {
      return {
        ack: {
          ok: false,
          error: { code: ErrorCode.internal, message: 'The server could not store the change; nothing changed.' },
        },
        command: parsed.command,
        events: [],
        ms: 0,
      }
    }
    this.current = next
    this.snapshotNowAndThen(outcome.events.length)
    const ms = performance.now() - started
    if (outcome.events.length > 0) {
      this.announce({ events: outcome.events, state: this.current, command: parsed.command, actor, ms })
    }
    return {
      ack: { ...outcome.result, ok: true, version: this.current.version },
      command: parsed.command,
      events: outcome.events,
      ms,
    }
  }
}
