import {
  meetingFromSetup,
  meetingIdFromTitle,
  MeetingSetup,
  fieldIssues,
  type DomainEvent,
  type FieldIssue,
  type MeetingDocument,
  type MeetingSummary,
} from '@floor/shared'
import { hashToken, newToken } from './auth'
import { MeetingHost } from './meetingHost'
import { logOf, VersionTaken, type EventStore } from './store/eventStore'

export type CreateOutcome =
  | { ok: true; host: MeetingHost; chairToken: string }
  | { ok: false; status: 400; issues: FieldIssue[] }
  | { ok: false; status: 409 }

/** How long a meeting nobody uses stays in memory; then only its rows remain. */
export const idleUnloadMs = 10 * 60_000

/**
 * Every meeting of the server, as tldraw keeps its rooms: a host is made on a
 * meeting's first use and dropped when idle; the catalogue (`list`) reads the
 * store, so listing meetings loads none. The default meeting (PROTOCOL.md
 * section 7) is the one that routes without a meeting id reach; it is loaded
 * at start and never dropped. With a shared store (several nodes), two nodes
 * may create the same meeting or token at once: the store's keys decide, and
 * both agree on the one kept.
 */
export class Meetings {
  private readonly hosts = new Map<string, { host: MeetingHost; usedAt: number }>()
  /** Loads under way, so that clients arriving together share one. */
  private readonly loading = new Map<string, Promise<MeetingHost | undefined>>()
  private readonly loadListeners = new Set<(host: MeetingHost) => void>()

  private constructor(
    private readonly store: EventStore,
    /** The server's clock, injected: a test's fake one. */
    readonly now: () => number,
    readonly defaultId: string,
    private readonly newId?: () => string,
    private readonly onStoreFailure?: (error: unknown, meetingId: string) => void,
  ) {}

  /** Opens the store's meetings, seeding the default meeting into an empty store. */
  static async open(
    store: EventStore,
    now: () => number,
    seed: () => MeetingDocument,
    newId?: () => string,
    onStoreFailure?: (error: unknown, meetingId: string) => void,
  ): Promise<Meetings> {
    const known = (await store.getSetting('defaultMeetingId')) ?? (await store.meetings())[0]?.id
    const seeded = seed().meeting.id
    const defaultId = await store.claimSetting('defaultMeetingId', known !== undefined && (await store.hasMeeting(known)) ? known : seeded)
    const meetings = new Meetings(store, now, defaultId, newId, onStoreFailure)
    if (!(await store.hasMeeting(defaultId))) {
      try {
        const host = await MeetingHost.create(logOf(store, defaultId), seed(), now, newId, onStoreFailure)
        meetings.hosts.set(defaultId, { host, usedAt: now() })
      } catch (error) {
        // Another node seeded it a moment before: load theirs.
        if (!(error instanceof VersionTaken)) throw error
      }
    }
    if (!(await meetings.get(defaultId))) throw new Error(`the default meeting ${defaultId} is missing from the store`)
    return meetings
  }

  /** The meeting's host if it is in memory now: what a connected socket uses. */
  loadedHost(meetingId: string): MeetingHost | undefined {
    const loaded = this.hosts.get(meetingId)
    if (loaded) loaded.usedAt = this.now()
    return loaded?.host
  }

  /** The meeting's host, loaded from the store on first use; undefined for an unknown id. */
  async get(meetingId: string): Promise<MeetingHost | undefined> {
    const loaded = this.loadedHost(meetingId)
    if (loaded) return loaded
    let load = this.loading.get(meetingId)
    if (!load) {
      load = this.load(meetingId).finally(() => this.loading.delete(meetingId))
      this.loading.set(meetingId, load)
    }
    return load
  }

  private async load(meetingId: string): Promise<MeetingHost | undefined> {
    if (!(await this.store.hasMeeting(meetingId))) return undefined
    const host = await MeetingHost.load(logOf(this.store, meetingId), this.now, this.newId, this.onStoreFailure)
    this.adopt(host)
    return host
  }

  private adopt(host: MeetingHost): void {
    this.hosts.set(host.id, { host, usedAt: this.now() })
    for (const listener of this.loadListeners) listener(host)
  }

  /** The default meeting: always in memory. */
  get default(): MeetingHost {
    const host = this.hosts.get(this.defaultId)?.host
    if (!host) throw new Error(`the default meeting ${this.defaultId} is not loaded`)
    return host
  }

  /** Every event of the meeting's log, oldest first: what the report reads to know when each segment closed. */
  eventsOf(meetingId: string): Promise<DomainEvent[]> {
    return this.store.load(meetingId)
  }

  /** Hears of every host as it is loaded, those already loaded included: where the realtime layer subscribes. */
  onLoad(listener: (host: MeetingHost) => void): void {
    this.loadListeners.add(listener)
    for (const { host } of this.hosts.values()) listener(host)
  }

  /** Where written statements' files are kept (section 9): the store, beside the log. */
  get statementFiles(): Pick<EventStore, 'saveStatementFile' | 'statementFile' | 'deleteStatementFile'> {
    return this.store
  }

  /** Meetings in memory now. */
  loaded(): string[] {
    return [...this.hosts.keys()]
  }

  /**
   * Another node's change to a meeting: applied if the meeting is in memory
   * here (a meeting loaded later reads the log, which already holds it).
   */
  async applyRemote(meetingId: string, events: readonly DomainEvent[]): Promise<void> {
    await this.hosts.get(meetingId)?.host.applyRemote(events)
  }

  /** Brings every meeting in memory up to date with the log: after messages from other nodes may have been lost. */
  async catchUpAll(): Promise<void> {
    await Promise.all([...this.hosts.values()].map(({ host }) => host.catchUp()))
  }

  /** Drops the hosts nobody used for `idleUnloadMs` and `inUse` does not hold; the default meeting stays. */
  unloadIdle(inUse: (meetingId: string) => boolean): string[] {
    const dropped: string[] = []
    for (const [id, { usedAt }] of this.hosts) {
      if (id === this.defaultId || inUse(id) || this.now() - usedAt < idleUnloadMs) continue
      this.hosts.delete(id)
      dropped.push(id)
    }
    return dropped
  }

  list(): Promise<MeetingSummary[]> {
    return this.store.meetings()
  }

  /** Creates a meeting from a `MeetingSetup`; nothing is created on an error. */
  async create(input: unknown): Promise<CreateOutcome> {
    const parsed = MeetingSetup.safeParse(input)
    if (!parsed.success) return { ok: false, status: 400, issues: fieldIssues(parsed.error) }
    const setup = parsed.data
    if (setup.id !== undefined && (await this.store.hasMeeting(setup.id))) return { ok: false, status: 409 }
    const id = setup.id ?? (await this.freeId(meetingIdFromTitle(setup.title)))
    const made = meetingFromSetup(setup, id)
    if (!made.ok) return { ok: false, status: 400, issues: made.issues }
    let host: MeetingHost
    try {
      host = await MeetingHost.create(logOf(this.store, id), made.document, this.now, this.newId, this.onStoreFailure)
    } catch (error) {
      // The same id created on another node a moment before.
      if (error instanceof VersionTaken) return { ok: false, status: 409 }
      throw error
    }
    this.adopt(host)
    return { ok: true, host, chairToken: await this.chairTokenOf(id) }
  }

  private async freeId(base: string): Promise<string> {
    let id = base
    for (let n = 2; await this.store.hasMeeting(id); n++) id = `${base.slice(0, 60)}-${n}`
    return id
  }

  /**
   * A meeting's chair token, made on first need and kept in the store. The
   * default meeting's is the version-1 setting `chairToken` (or
   * `FLOOR_CHAIR_TOKEN`, which the server passes in).
   */
  async chairTokenOf(meetingId: string): Promise<string> {
    if (meetingId === this.defaultId && this.defaultChairToken) return this.defaultChairToken
    const key = meetingId === this.defaultId ? 'chairToken' : `chairToken:${meetingId}`
    const kept = await this.store.getSetting(key)
    if (kept) return kept
    return this.store.claimSetting(key, meetingId === this.defaultId ? newToken() : `${meetingId}.${newToken()}`)
  }

  private readonly chairHashes = new Map<string, string>()

  async chairTokenHashOf(meetingId: string): Promise<string> {
    let hash = this.chairHashes.get(meetingId)
    if (!hash) {
      hash = hashToken(await this.chairTokenOf(meetingId))
      this.chairHashes.set(meetingId, hash)
    }
    return hash
  }

  private defaultChairToken: string | undefined

  /** The default meeting's chair token from `FLOOR_CHAIR_TOKEN`: it stands instead of the kept one, and is never stored. */
  useDefaultChairToken(token: string): void {
    this.defaultChairToken = token
    this.chairHashes.delete(this.defaultId)
  }

  /** The meeting a token names by its prefix (`<meeting id>.<random>`); the default meeting otherwise. */
  async meetingOfToken(token: unknown): Promise<string> {
    if (typeof token !== 'string') return this.defaultId
    const dot = token.indexOf('.')
    const prefix = dot > 0 ? token.slice(0, dot) : ''
    if (prefix === '') return this.defaultId
    return this.hosts.has(prefix) || (await this.store.hasMeeting(prefix)) ? prefix : this.defaultId
  }
}
