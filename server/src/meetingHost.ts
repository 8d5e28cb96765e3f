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
  type Decision,
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
 * evolve, then announce. Commands that arrive together share one commit
 * (group commit); a commit is synchronous from the first decision to the
 * append, so commands are applied in arrival order and never interleave. Whoever runs a command, every subscriber hears of the change: the
 * realtime layer subscribes once and broadcasts (as tldraw's TLSyncRoom
 * subscribes to its storage), so no caller broadcasts by hand.
 */
export class MeetingHost {
  private current: MeetingState
  private eventsSinceSnapshot = 0
  private readonly listeners = new Set<ChangeListener>()
  /** Commands waiting for the next group commit, in arrival order. */
  private waiting: Array<{ input: unknown; actor: Actor; resolve: (execution: Execution) => void }> = []
  /** The state as the commands of the commit under way leave it: `current` once committed. */
  private evolving: MeetingState

  /** Loads a meeting from its log: the latest snapshot, then the events after it. */
  constructor(
    private readonly log: MeetingLog,
    private readonly now: () => number,
    private readonly newId: () => string = () => randomBytes(9).toString('base64url'),
    /** Told of every commit the store refused (a full disk): the clients hear `internal`, the operator this. */
    private readonly onStoreFailure: (error: unknown, meetingId: string) => void = () => {},
  ) {
    const restart = log.loadForRestart()
    this.current = replay(this.counted(restart.events), restart.snapshot ?? undefined)
    this.evolving = this.current
  }

  /** Starts a meeting's log with its document; the catalogue learns of it in the same commit. */
  static create(
    log: MeetingLog,
    document: MeetingDocument,
    now: () => number,
    newId?: () => string,
    onStoreFailure?: (error: unknown, meetingId: string) => void,
  ): MeetingHost {
    const created = meetingCreated(document, now())
    log.append([created], summaryOf(evolve(emptyMeeting(), created)))
    return new MeetingHost(log, now, newId, onStoreFailure)
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
    this.flush()
    if (this.current.archived) return false
    const archived: DomainEvent = { type: 'meeting-archived', version: this.current.version + 1, at: this.now() }
    const state = evolve(this.current, archived)
    this.log.append([archived], summaryOf(state))
    this.current = state
    this.evolving = state
    this.announce({ events: [archived], state, command: null, actor, ms: 0 })
    return true
  }

  /**
   * Commits what an HTTP route decided on the meeting as it stands (a written
   * statement attached or removed, section 9): after any waiting commands, in
   * a commit of its own, announced like every change. Answers once durable.
   */
  record(actor: Actor, decision: (state: MeetingState) => Decision): Ack {
    this.flush()
    const decided = decision(this.current)
    if (!decided.ok) return { ok: false, error: decided.error }
    const stamp = { version: this.current.version + 1, at: this.now() }
    const events = decided.events.map((body) => ({ ...body, ...stamp }) as DomainEvent)
    const state = replay(events, this.current)
    if (events.length > 0) {
      try {
        this.log.append(events, changesSummary(events) ? summaryOf(state) : undefined)
      } catch (error) {
        this.onStoreFailure(error, this.id)
        return { ok: false, error: { code: ErrorCode.internal, message: 'The server could not store the change; nothing changed.' } }
      }
      this.current = state
      this.evolving = state
      this.snapshotNowAndThen(events.length)
      this.announce({ events, state, command: null, actor, ms: 0 })
    }
    return { ...decided.result, ok: true, version: this.current.version }
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

  /**
   * Queues a command for the next group commit: every command that arrives in
   * this turn of the event loop is decided in order on the evolving state and
   * appended in one transaction, and each is answered only after that commit.
   */
  submit(input: unknown, actor: Actor): Promise<Execution> {
    return new Promise((resolve) => {
      this.waiting.push({ input, actor, resolve })
      if (this.waiting.length === 1) setImmediate(() => this.flush())
    })
  }

  /** Runs one command now, after any that are waiting, in a commit of its own. */
  execute(input: unknown, actor: Actor): Execution {
    return this.executeAll([{ input, actor }])[0] as Execution
  }

  /** Runs several commands in order in one commit (a stakeholder import): all durable, or none. */
  executeAll(commands: ReadonlyArray<{ input: unknown; actor: Actor }>): Execution[] {
    this.flush()
    return this.commit(commands)
  }

  private flush(): void {
    if (this.waiting.length === 0) return
    const batch = this.waiting
    this.waiting = []
    const executions = this.commit(batch)
    batch.forEach((submission, index) => submission.resolve(executions[index] as Execution))
  }

  /** Decides each command on the state the ones before it left, appends all their events at once, then announces. */
  private commit(commands: ReadonlyArray<{ input: unknown; actor: Actor }>): Execution[] {
    const decided = commands.map(({ input, actor }) => {
      const started = performance.now()
      const execution = this.decideOne(input, actor)
      return { execution, actor, started }
    })
    const events = decided.flatMap(({ execution }) => execution.events)
    if (events.length > 0) {
      try {
        // Durable first: nothing is acknowledged before the commit that holds it.
        this.log.append(events, changesSummary(events) ? summaryOf(this.evolving) : undefined)
      } catch (error) {
        this.onStoreFailure(error, this.id)
        this.evolving = this.current
        return decided.map(({ execution }) => (execution.command === null ? execution : refusedByStore(execution.command)))
      }
    }
    this.current = this.evolving
    this.snapshotNowAndThen(events.length)
    const committedAt = performance.now()
    for (const item of decided) {
      item.execution.ms = committedAt - item.started
      const { execution, actor } = item
      if (execution.events.length > 0) {
        this.announce({ events: execution.events, state: this.current, command: execution.command, actor, ms: execution.ms })
      }
    }
    return decided.map(({ execution }) => execution)
  }

  /** Parses and decides one command on the evolving state, which it moves on when accepted. */
  private decideOne(input: unknown, actor: Actor): Execution {
    const parsed = parseCommand(input)
    if (!parsed.ok) return { ack: { ok: false, error: parsed.error }, command: null, events: [], ms: 0 }
    const outcome = decide(this.evolving, parsed.command, actor, {
      now: this.now(),
      newId: this.newId,
      newToken: () => {
        // The meeting's id leads the token, so a tablet finds its meeting without saying which.
        const token = `${this.id}.${newToken()}`
        return { token, tokenHash: hashToken(token) }
      },
    })
    if (!outcome.ok) return { ack: { ok: false, error: outcome.error }, command: parsed.command, events: [], ms: 0 }
    this.evolving = replay(outcome.events, this.evolving)
    return {
      ack: { ...outcome.result, ok: true, version: this.evolving.version },
      command: parsed.command,
      events: outcome.events,
      ms: 0,
    }
  }
}

/** What every command of a commit that failed is answered: nothing of it happened. */
function refusedByStore(command: Command): Execution {
  return {
    ack: { ok: false, error: { code: ErrorCode.internal, message: 'The server could not store the change; nothing changed.' } },
    command,
    events: [],
    ms: 0,
  }
}
