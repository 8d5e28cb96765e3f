import { act } from '@testing-library/react'
import { viewFor, type Actor, type Command, type MeetingDocument, type MeetingState, type Role, type StateView } from '@floor/shared'
import type { CommandOutcome } from '../../../client/src/net/floorConnection'
import { MeetingHost } from '../../../server/src/meetingHost'
import { logOf } from '../../../server/src/store/eventStore'
import { memoryStore } from '../../support/memoryStore'
import type { Room } from '../../support/room'
import { FakeConnection } from './fakeConnection'

/** Where a tablet link points, as the server's `issue-token` acknowledgement gives it. */
export const tabletUrlOf = (token: string) => `http://room.test/delegate#token=${token}`

/** A tablet link of a meeting other than the default, as the server names it (`/m/:id/delegate`). */
export const meetingTabletUrlOf = (meetingId: string) => (token: string) => `http://room.test/m/${meetingId}/delegate#token=${token}`

export interface TestServerOptions {
  /** Where an issued token's link points; the default meeting's `/delegate` unless told. */
  tabletUrl?: (token: string) => string
}

/**
 * The real core behind the client's screens: a `MeetingHost` on a memory
 * store, started from a `Room`'s log, with each screen on a `FakeConnection`.
 * Commands go through the host as the server runs them, on the fake clock;
 * after every accepted change, whoever made it, each online screen gets its
 * role's view, as the realtime layer broadcasts.
 */
export class TestServer {
  readonly host: MeetingHost
  private readonly screens: Array<{ connection: FakeConnection; actor: Actor }> = []
  private held = false
  private readonly tabletUrl: (token: string) => string

  constructor(room: Room, options: TestServerOptions = {}) {
    this.tabletUrl = options.tabletUrl ?? tabletUrlOf
    let nextId = 1
    const log = logOf(memoryStore(), room.state.meeting.id)
    void log.append(room.log)
    this.host = MeetingHost.resume(log, room.state, () => Date.now(), () => `s${nextId++}`)
    this.host.subscribe(() => {
      if (!this.held) this.broadcast()
    })
  }

  /** A screen acting as `actor`, offline until `reconnect`. */
  connect(actor: Actor): FakeConnection {
    const connection = new FakeConnection()
    connection.answer = (command) => this.execute(command, actor)
    this.screens.push({ connection, actor })
    return connection
  }

  /** Runs a command as `actor`: its acknowledgement, with the link an issued token opens. */
  async execute(command: Command | Omit<Command, 'expectedVersion'>, actor: Actor): Promise<CommandOutcome> {
    const { ack } = await this.host.execute(command, actor)
    return ack.ok && typeof ack.token === 'string' ? { ...ack, url: this.tabletUrl(ack.token) } : ack
  }

  /** The chair (on another console) does something; every screen sees it. */
  async chair(command: Command | Omit<Command, 'expectedVersion'>): Promise<void> {
    await act(async () => {
      const outcome = await this.execute(command, { role: 'chair' })
      if (!outcome.ok) throw new Error(`${command.type}: ${outcome.error.message}`)
    })
  }

  /** Changes are made but not broadcast until `release`: a fan-out still on its way. */
  hold(): void {
    this.held = true
  }

  /** The held broadcast arrives. */
  async release(): Promise<void> {
    this.held = false
    await act(async () => this.broadcast())
  }

  /** Every online screen gets its view. */
  broadcast(): void {
    for (const { connection, actor } of this.screens) {
      if (connection.status === 'online') connection.pushState(this.viewOf(actor))
    }
  }

  /** The connection comes (back) up: the server sends the view at once, as on every connection. */
  async reconnect(connection: FakeConnection): Promise<void> {
    const screen = this.screens.find((s) => s.connection === connection)
    await act(async () => {
      connection.goOnline()
      if (screen) connection.pushState(this.viewOf(screen.actor))
    })
  }

  /** `GET /api/meetings/:id` as the server answers it now: the programme as edited so far. */
  document(): MeetingDocument {
    const { meeting, programme, delegations } = this.host.state
    return { meeting, segments: programme, delegations: Object.values(delegations) }
  }

  get state(): MeetingState {
    return this.host.state
  }

  view(role: Role = 'chair', delegationId?: string): StateView {
    return viewFor(this.host.state, role, delegationId, Date.now())
  }

  /** The speaking order, as delegation ids. */
  order(): string[] {
    return this.view().queue.map((entry) => entry.delegationId)
  }

  private viewOf(actor: Actor): StateView {
    return this.view(actor.role, actor.role === 'delegate' ? actor.delegationId : undefined)
  }
}
