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
import { logOf, type EventStore } from './store/eventStore'

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
 * section 7) is the one that routes without a meeting id reach.
 */
export class Meetings {
  private readonly hosts = new Map<string, { host: MeetingHost; usedAt: number }>()
  private readonly loadListeners = new Set<(host: MeetingHost) => void>()
  readonly defaultId: string

  constructor(
    private readonly store: EventStore,
    /** The server's clock, injected: a test's fake one. */
    readonly now: () => number,
    seed: () => MeetingDocument,
    private readonly newId?: () => string,
    private readonly onStoreFailure?: (error: unknown, meetingId: string) => void,
  ) {
    const known = store.getSetting('defaultMeetingId') ?? store.meetings()[0]?.id
    if (known !== undefined && store.hasMeeting(known)) {
      this.defaultId = known
    } else {
      const host = MeetingHost.create(logOf(store, seed().meeting.id), seed(), now, newId, onStoreFailure)
      this.defaultId = host.id
      this.hosts.set(host.id, { host, usedAt: now() })
    }
    store.setSetting('defaultMeetingId', this.defaultId)
  }

  /** The meeting's host, loaded from the store on first use; undefined for an unknown id. */
  get(meetingId: string): MeetingHost | undefined {
    const loaded = this.hosts.get(meetingId)
    if (loaded) {
      loaded.usedAt = this.now()
      return loaded.host
    }
    if (!this.store.hasMeeting(meetingId)) return undefined
    const host = new MeetingHost(logOf(this.store, meetingId), this.now, this.newId, this.onStoreFailure)
    this.hosts.set(meetingId, { host, usedAt: this.now() })
    for (const listener of this.loadListeners) listener(host)
    return host
  }

  get default(): MeetingHost {
    const host = this.get(this.defaultId)
    if (!host) throw new Error(`the default meeting ${this.defaultId} is missing from the store`)
    return host
  }

  /** Every event of the meeting's log, oldest first: what the report reads to know when each segment closed. */
  eventsOf(meetingId: string): Iterable<DomainEvent> {
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

  list(): MeetingSummary[] {
    return this.store.meetings()
  }

  /** Creates a meeting from a `MeetingSetup`; nothing is created on an error. */
  create(input: unknown): CreateOutcome {
    const parsed = MeetingSetup.safeParse(input)
    if (!parsed.success) return { ok: false, status: 400, issues: fieldIssues(parsed.error) }
    const setup = parsed.data
    if (setup.id !== undefined && this.store.hasMeeting(setup.id)) return { ok: false, status: 409 }
    const id = setup.id ?? this.freeId(meetingIdFromTitle(setup.title))
    const made = meetingFromSetup(setup, id)
    if (!made.ok) return { ok: false, status: 400, issues: made.issues }
    const host = MeetingHost.create(logOf(this.store, id), made.document, this.now, this.newId, this.onStoreFailure)
    this.hosts.set(id, { host, usedAt: this.now() })
    for (const listener of this.loadListeners) listener(host)
    return { ok: true, host, chairToken: this.chairTokenOf(id) }
  }

  private freeId(base: string): string {
    let id = base
    for (let n = 2; this.store.hasMeeting(id); n++) id = `${base.slice(0, 60)}-${n}`
    return id
  }

  /**
   * A meeting's chair token, made on first need and kept in the store. The
   * default meeting's is the version-1 setting `chairToken` (or
   * `FLOOR_CHAIR_TOKEN`, which the server passes in).
   */
  chairTokenOf(meetingId: string): string {
    if (meetingId === this.defaultId && this.defaultChairToken) return this.defaultChairToken
    const key = meetingId === this.defaultId ? 'chairToken' : `chairToken:${meetingId}`
    let token = this.store.getSetting(key)
    if (!token) {
      token = meetingId === this.defaultId ? newToken() : `${meetingId}.${newToken()}`
      this.store.setSetting(key, token)
    }
    return token
  }

  private readonly chairHashes = new Map<string, string>()

  chairTokenHashOf(meetingId: string): string {
    let hash = this.chairHashes.get(meetingId)
    if (!hash) {
      hash = hashToken(this.chairTokenOf(meetingId))
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
  meetingOfToken(token: unknown): string {
    if (typeof token !== 'string') return this.defaultId
    const dot = token.indexOf('.')
    const prefix = dot > 0 ? token.slice(0, dot) : ''
    return prefix !== '' && this.store.hasMeeting(prefix) ? prefix : this.defaultId
  }
}
