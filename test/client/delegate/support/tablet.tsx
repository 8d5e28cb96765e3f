import { render } from '@testing-library/react'
import { vi } from 'vitest'
import type { MeetingDocument } from '@floor/shared'
import type { Alerter } from '../../../../client/src/delegate/alerts'
import DelegateApp from '../../../../client/src/delegate/DelegateApp'
import type { KeyValueStorage } from '../../../../client/src/store/browserKept'
import type { Room } from '../../../support/room'
import { smallMeeting } from '../../../support/smallMeeting'
import { TestServer } from '../../support/testServer'

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

export interface TabletOptions {
  /** Another tablet's server, for two tablets in one room. */
  server?: TestServer
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
 * time, on a test server that holds `room` as it is.
 */
export async function tabletOf(room: Room, delegationId: string, options: TabletOptions = {}) {
  if (!vi.isFakeTimers()) vi.useFakeTimers({ now: room.now })
  const server = options.server ?? new TestServer(room)
  const connection = server.connect({ role: 'delegate', delegationId })
  const storage = options.storage ?? new MemoryStorage()
  const rendered = render(
    <DelegateApp
      connect={() => ({ connection, loadMeeting: () => Promise.resolve(options.meeting ?? smallMeeting) })}
      storage={storage}
      alerter={options.alerter}
      holdMs={options.holdMs}
    />,
  )
  await server.reconnect(connection)
  return { ...rendered, connection, server, storage }
}
