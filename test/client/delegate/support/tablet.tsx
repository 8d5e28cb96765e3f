import { act, render } from '@testing-library/react'
import { vi } from 'vitest'
import type { Command, MeetingDocument } from '@floor/shared'
import type { Alerter } from '../../../../client/src/delegate/alerts'
import DelegateApp from '../../../../client/src/delegate/DelegateApp'
import type { KeyValueStorage } from '../../../../client/src/delegate/tabletStorage'
import type { CommandOutcome } from '../../../../client/src/net/floorConnection'
import { createFloorSession } from '../../../../client/src/store/floorSession'
import { Room } from '../../../support/room'
import { smallMeeting } from '../../../support/smallMeeting'
import { FakeConnection } from '../../support/fakeConnection'

/** Local storage of one device, kept in memory. */
export class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>()
  getItem(key: string): string | null {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value)
  }
}

/**
 * Plays the server for tablets on fake connections: commands go through the
 * real domain (a `Room`), and after each accepted change every connected
 * tablet gets its new view, as the real server broadcasts.
 */
export class FakeServer {
  private readonly tablets: Array<{ connection: FakeConnection; delegationId: string }> = []

  constructor(readonly room: Room) {}

  attach(connection: FakeConnection, delegationId: string): void {
    this.tablets.push({ connection, delegationId })
    connection.answer = (command: Command): CommandOutcome => {
      const outcome = this.room.tablet(delegationId, command)
      if (!outcome.ok) return { ok: false, error: outcome.error }
      if (outcome.events.length > 0) queueMicrotask(() => this.broadcast())
      return { ok: true, version: this.room.state.version, ...outcome.result }
    }
  }

  /** Every online tablet gets its view, as after an accepted change. */
  broadcast(): void {
    for (const { connection, delegationId } of this.tablets) {
      if (connection.status === 'online') connection.pushState(this.room.view('delegate', delegationId))
    }
  }

  /** The chair does something; everyone sees it. */
  async chair(command: Parameters<Room['chair']>[0]): Promise<void> {
    const outcome = this.room.chair(command)
    if (!outcome.ok) throw new Error(`${command.type}: ${outcome.error.message}`)
    await act(async () => this.broadcast())
  }

  /** A connection comes back: the server sends the view at once, as on every connection. */
  async reconnect(connection: FakeConnection): Promise<void> {
    const tablet = this.tablets.find((t) => t.connection === connection)
    await act(async () => {
      connection.goOnline()
      if (tablet) connection.pushState(this.room.view('delegate', tablet.delegationId))
    })
  }
}

export interface TabletOptions {
  server?: FakeServer
  storage?: MemoryStorage
  alerter?: Alerter
  holdMs?: number
  meeting?: MeetingDocument
}

/** A recording alerter: what the tablet asked the device to do. */
export function fakeAlerter(): Alerter & { calls: string[] } {
  const calls: string[] = []
  return { calls, enable: () => void calls.push('enable'), ring: () => void calls.push('ring') }
}

/**
 * The tablet of `delegationId`, online, on fake timers set to the room's
 * time, showing the room's current view.
 */
export async function tabletOf(room: Room, delegationId: string, options: TabletOptions = {}) {
  if (!vi.isFakeTimers()) vi.useFakeTimers({ now: room.now })
  const server = options.server ?? new FakeServer(room)
  const connection = new FakeConnection()
  const storage = options.storage ?? new MemoryStorage()
  server.attach(connection, delegationId)
  const rendered = render(
    <DelegateApp
      createSession={() =>
        createFloorSession({ connection, loadMeeting: () => Promise.resolve(options.meeting ?? smallMeeting) })
      }
      storage={storage}
      alerter={options.alerter}
      holdMs={options.holdMs}
    />,
  )
  await server.reconnect(connection)
  return { ...rendered, connection, server, storage }
}
