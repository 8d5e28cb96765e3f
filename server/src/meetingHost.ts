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
import { VersionTaken, type MeetingLog } from './store/eventStore'

/** Events between snapshots: replaying this many takes a few tens of milliseconds. */
export const eventsPerSnapshot = 5_000

/**
 * How often a commit that lost the race for its version to another node is
 * decided again on the caught-up state before its commands are refused.
 */
export const attemptsPerCommit = 8

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
  /** What caused it: the command and who sent it (a socket, an HTTP import); null for both when another node made it. */
  command: Command | null
  actor: Actor | null
  /** Time from the command's arrival at the host to its commit, the wait for its group commit included. */
  ms: number
}

export type ChangeListener = (change: AcceptedChange) => void

/** One change to decide on the meeting as it stands when its commit runs (decided again if that commit loses a race). */
type Proposal = ((state: MeetingState) => { execution: Execution; actor: Actor; state: MeetingState }) & {
  /** The version the sender saw (`expectedVersion`): newer than this node's means this node is behind. */
  expects?: number
  /** When it reached the host (`performance.now()`): its `ms` runs from there to its commit. */
  arrivedAt?: number
}

/**
 * The one place where commands change the meeting: parse, decide, store,
 * evolve, then announce. Commands that arrive together share one commit
 * (group commit). Everything that changes the state (a commit, a catch-up
 * with another node's appends) runs one at a time on the host's chain, so
 * commands are applied in arrival order and never interleave, even while a
 * commit waits for the store. Whoever runs a command, every subscriber hears
 * of the change: the realtime layer subscribes once and broadcasts (as
 * tldraw's TLSyncRoom subscribes to its storage), so no caller broadcasts by hand.
 */
export class MeetingHost {
  private current: MeetingState
  private eventsSinceSnapshot: number
  private readonly listeners = new Set<ChangeListener>()
  /** Commands waiting for the next group commit, in arrival order. */
  private waiting: Array<{ input: unknown; actor: Actor; arrivedAt: number; resolve: (execution: Execution) => void }> = []
  /** The last piece of work on the chain: the next one starts after it. */
  private tail: Promise<unknown> = Promise.resolve()
  /** A catch-up queued but not started yet, which later callers share. */
  private pendingCatchUp: Promise<void> | null = null

  private constructor(
    private readonly log: MeetingLog,
    state: MeetingState,
    replayed: number,
    private readonly now: () => number,
    private readonly newId: () => string = () => randomBytes(9).toString('base64url'),
    /** Told of every commit the store refused (a full disk, a lost database): the clients hear `internal`, the operator this. */
    private readonly onStoreFailure: (error: unknown, meetingId: string) => void = () => {},
  ) {
    this.current = state
    this.eventsSinceSnapshot = replayed
  }

  /** Loads a meeting from its log: the latest snapshot, then the events after it. */
  static async load(
    log: MeetingLog,
    now: () => number,
    newId?: () => string,
    onStoreFailure?: (error: unknown, meetingId: string) => void,
  ): Promise<MeetingHost> {
    const restart = await log.loadForRestart()
    const state = replay(restart.events, restart.snapshot ?? undefined)
    return new MeetingHost(log, state, restart.events.length, now, newId, onStoreFailure)
  }

  /** A host for a meeting already replayed from that log (a test's room). */
  static resume(log: MeetingLog, state: MeetingState, now: () => number, newId?: () => string): MeetingHost {
    return new MeetingHost(log, state, 0, now, newId)
  }

  /**
   * Starts a meeting's log with its document; the catalogue learns of it in
   * the same commit. Rejects with `VersionTaken` when the meeting exists
   * (another node created it first).
   */
  static async create(
    log: MeetingLog,
    document: MeetingDocument,
    now: () => number,
    newId?: () => string,
    onStoreFailure?: (error: unknown, meetingId: string) => void,
  ): Promise<MeetingHost> {
    const created = meetingCreated(document, now())
    const state = evolve(emptyMeeting(), created)
    await log.append([created], summaryOf(state))
    return new MeetingHost(log, state, 1, now, newId, onStoreFailure)
  }

  get id(): string {
    return this.current.meeting.id
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

  /** Runs `work` after everything queued before it: the one order in which the state changes. */
  private serially<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work)
    this.tail = result.catch(() => {})
    return result
  }

  /**
   * Queues a command for the next group commit: every command that arrives in
   * this turn of the event loop is decided in order on the evolving state and
   * appended in one transaction, and each is answered only after that commit.
   */
  submit(input: unknown, actor: Actor): Promise<Execution> {
    return new Promise((resolve) => {
      this.waiting.push({ input, actor, arrivedAt: performance.now(), resolve })
      if (this.waiting.length === 1) setImmediate(() => void this.serially(() => this.flush()))
    })
  }

  /** Runs one command after any that are waiting, in a commit of its own. */
  async execute(input: unknown, actor: Actor): Promise<Execution> {
    return (await this.executeAll([{ input, actor }]))[0] as Execution
  }

  /** Runs several commands in order in one commit (a stakeholder import): all durable, or none. */
  executeAll(commands: ReadonlyArray<{ input: unknown; actor: Actor }>): Promise<Execution[]> {
    return this.serially(async () => {
      await this.flush()
      return this.commit(commands.map(({ input, actor }) => this.commandProposal(input, actor)))
    })
  }

  /**
   * Commits what an HTTP route decided on the meeting as it stands (a written
   * statement attached or removed, section 9): after any waiting commands, in
   * a commit of its own, announced like every change. Answers once durable.
   */
  record(actor: Actor, decision: (state: MeetingState) => Decision): Promise<Ack> {
    return this.serially(async () => {
      await this.flush()
      const [execution] = await this.commit([this.decisionProposal(actor, decision)])
      return (execution as Execution).ack
    })
  }

  /** Makes the meeting read-only (PROTOCOL.md section 7); false when it already is. */
  async archive(actor: Actor): Promise<boolean> {
    const ack = await this.record(actor, (state) =>
      state.archived ? { ok: true, events: [], result: { already: true } } : { ok: true, events: [{ type: 'meeting-archived' }], result: {} },
    )
    if (!ack.ok) throw new Error(ack.error.message)
    return ack.already !== true
  }

  /**
   * Brings the meeting up to date with what other nodes appended (a shared
   * store only). Callers that ask while one is queued share it.
   */
  catchUp(): Promise<void> {
    if (!this.log.shared) return Promise.resolve()
    this.pendingCatchUp ??= this.serially(async () => {
      this.pendingCatchUp = null
      await this.catchUpNow()
    })
    return this.pendingCatchUp
  }

  /**
   * Applies what another node appended and announced: at once when it follows
   * this node's state, not at all when already applied, and from the log when
   * something was missed in between (a message lost while Redis was away).
   */
  applyRemote(events: readonly DomainEvent[]): Promise<void> {
    return this.serially(async () => {
      const first = events[0]?.version
      const last = events.at(-1)?.version
      if (first === undefined || last === undefined || last <= this.current.version) return
      if (first === this.current.version + 1) this.advance(events)
      else await this.catchUpNow()
    })
  }

  private async catchUpNow(): Promise<void> {
    const events = await this.log.loadAfter(this.current.version)
    if (events.length > 0) this.advance(events)
  }

  /** Moves the state on by another node's events and tells the subscribers, as for a change made here. */
  private advance(events: readonly DomainEvent[]): void {
    this.current = replay(events, this.current)
    this.snapshotNowAndThen(events.length)
    this.announce({ events, state: this.current, command: null, actor: null, ms: 0 })
  }

  /**
   * Every so many events the state is kept beside the log, so that a restart
   * replays at most that many: a long meeting starts again in well under a second.
   */
  private snapshotNowAndThen(appended: number): void {
    this.eventsSinceSnapshot += appended
    if (this.eventsSinceSnapshot < eventsPerSnapshot) return
    this.eventsSinceSnapshot = 0
    // A snapshot only saves time at the next start; the log alone is the truth.
    this.log.saveSnapshot(this.current).catch(() => {})
  }

  private async flush(): Promise<void> {
    if (this.waiting.length === 0) return
    const batch = this.waiting
    this.waiting = []
    const executions = await this.commit(batch.map(({ input, actor, arrivedAt }) => this.commandProposal(input, actor, arrivedAt)))
    batch.forEach((submission, index) => submission.resolve(executions[index] as Execution))
  }

  /**
   * Decides each proposal on the state the ones before it left, appends all
   * their events at once, then announces. When another node took the version
   * first, the host catches up from the log and decides them all again:
   * nothing is applied twice, nothing skipped, and `expectedVersion` holds
   * across nodes.
   */
  private async commit(proposals: readonly Proposal[]): Promise<Execution[]> {
    const started = performance.now()
    // A client saw a version this node has not reached (it came from another node): catch up before deciding.
    if (proposals.some((propose) => (propose.expects ?? 0) > this.current.version)) await this.catchUpNow().catch(() => {})
    for (let attempt = 1; ; attempt++) {
      let state = this.current
      const decided = proposals.map((propose) => {
        const outcome = propose(state)
        state = outcome.state
        return outcome
      })
      const events = decided.flatMap(({ execution }) => execution.events)
      if (events.length === 0) return decided.map(({ execution }) => execution)
      try {
        // Durable first: nothing is acknowledged before the commit that holds it.
        await this.log.append(events, changesSummary(events) ? summaryOf(state) : undefined)
      } catch (error) {
        if (error instanceof VersionTaken && attempt < attemptsPerCommit) {
          try {
            await this.catchUpNow()
            continue
          } catch (lost) {
            error = lost
          }
        }
        this.onStoreFailure(error, this.id)
        return decided.map(({ execution }) => (execution.events.length === 0 ? execution : refusedByStore(execution.command)))
      }
      this.current = state
      this.snapshotNowAndThen(events.length)
      const committedAt = performance.now()
      decided.forEach(({ execution, actor }, index) => {
        execution.ms = committedAt - (proposals[index]?.arrivedAt ?? started)
        if (execution.events.length > 0) {
          this.announce({ events: execution.events, state: this.current, command: execution.command, actor, ms: execution.ms })
        }
      })
      return decided.map(({ execution }) => execution)
    }
  }

  /** A command from a client: parsed, then decided on the state its commit reaches. */
  private commandProposal(input: unknown, actor: Actor, arrivedAt = performance.now()): Proposal {
    const parsed = parseCommand(input)
    const propose: Proposal = (state) => {
      if (!parsed.ok) return { execution: { ack: { ok: false, error: parsed.error }, command: null, events: [], ms: 0 }, actor, state }
      const outcome = decide(state, parsed.command, actor, {
        now: this.now(),
        newId: this.newId,
        newToken: () => {
          // The meeting's id leads the token, so a tablet finds its meeting without saying which.
          const token = `${this.id}.${newToken()}`
          return { token, tokenHash: hashToken(token) }
        },
      })
      if (!outcome.ok) return { execution: { ack: { ok: false, error: outcome.error }, command: parsed.command, events: [], ms: 0 }, actor, state }
      const next = replay(outcome.events, state)
      return {
        execution: { ack: { ...outcome.result, ok: true, version: next.version }, command: parsed.command, events: outcome.events, ms: 0 },
        actor,
        state: next,
      }
    }
    if (parsed.ok && parsed.command.expectedVersion !== undefined) propose.expects = parsed.command.expectedVersion
    propose.arrivedAt = arrivedAt
    return propose
  }

  /** A change an HTTP route decided (no command): stamped with the next version and the time. */
  private decisionProposal(actor: Actor, decision: (state: MeetingState) => Decision): Proposal {
    return (state) => {
      const decided = decision(state)
      if (!decided.ok) return { execution: { ack: { ok: false, error: decided.error }, command: null, events: [], ms: 0 }, actor, state }
      const stamp = { version: state.version + 1, at: this.now() }
      const events = decided.events.map((body) => ({ ...body, ...stamp }) as DomainEvent)
      const next = replay(events, state)
      return { execution: { ack: { ...decided.result, ok: true, version: next.version }, command: null, events, ms: 0 }, actor, state: next }
    }
  }
}

/** What every command of a commit that failed is answered: nothing of it happened. */
function refusedByStore(command: Command | null): Execution {
  return {
    ack: { ok: false, error: { code: ErrorCode.internal, message: 'The server could not store the change; nothing changed.' } },
    command,
    events: [],
    ms: 0,
  }
}
