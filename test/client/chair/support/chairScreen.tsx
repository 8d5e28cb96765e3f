import { act, render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { vi } from 'vitest'
import type { Command, MeetingDocument } from '@floor/shared'
import ChairApp from '../../../../client/src/chair/ChairApp'
import { createChairApi } from '../../../../client/src/chair/chairApi'
import { createChairSession, type ChairSession } from '../../../../client/src/chair/chairSession'
import type { CommandOutcome } from '../../../../client/src/net/floorConnection'
import { createFloorSession } from '../../../../client/src/store/floorSession'
import type { Room } from '../../../support/room'
import { smallMeeting } from '../../../support/smallMeeting'
import { FakeConnection } from '../../support/fakeConnection'

export const chairToken = 'chair-secret'

export interface ChairOptions {
  /** What the address bar holds when the console opens; the chair's link by default. */
  url?: string
  meeting?: MeetingDocument
  /** The HTTP side of the server (import, export). */
  fetch?: typeof fetch
}

/**
 * The fake connection plays the server with the pure domain: each command the
 * console sends is decided by `room` at the fake clock's time; an accepted one
 * is broadcast as a fresh `state` (before its ack, as a busy server may), a
 * refused one changes nothing.
 */
export function serveFrom(room: Room, connection: FakeConnection): (command: Command) => CommandOutcome {
  return (command) => {
    room.now = Date.now()
    const outcome = room.chair(command)
    if (!outcome.ok) return { ok: false, error: outcome.error }
    if (outcome.events.length > 0) connection.pushState(room.view('chair'))
    const token = typeof outcome.result.token === 'string' ? outcome.result.token : undefined
    return {
      ok: true,
      version: room.state.version,
      ...outcome.result,
      ...(token ? { url: `http://room.test/delegate#token=${token}` } : {}),
    }
  }
}

/** Opens `/chair` with the chair's link on a fake connection, online, showing `room` as it is. */
export async function openChair(room: Room, options: ChairOptions = {}) {
  // The clock and frames are fake; timeouts stay real, for Testing Library's own
  // bookkeeping after each user event (it waits a real tick, which fake
  // timeouts would never give it).
  vi.useFakeTimers({ now: room.now, toFake: ['Date', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] })
  window.history.replaceState(null, '', options.url ?? `/chair#token=${chairToken}`)
  const connection = new FakeConnection()
  connection.answer = serveFrom(room, connection)
  const tokens: string[] = []
  let session: ChairSession | null = null
  const connect = (token: string) => {
    tokens.push(token)
    session = createChairSession({
      floor: createFloorSession({
        connection,
        loadMeeting: () => Promise.resolve(options.meeting ?? smallMeeting),
        clockSync: { visibility: null },
      }),
      api: createChairApi(token, options.fetch ?? (() => Promise.reject(new Error('no HTTP in this test')))),
      language: 'en',
    })
    return session
  }
  const user = userEvent.setup()
  const rendered = render(<ChairApp connect={connect} />)
  if (tokens.length > 0) {
    await serverDoes(() => {
      connection.goOnline()
      connection.pushState(room.view('chair'))
    })
  }
  return {
    ...rendered,
    user,
    connection,
    tokens,
    session: (): ChairSession => {
      if (!session) throw new Error('the console has not connected')
      return session
    },
    /** What the console sent, without the version it saw. */
    sentTypes: () => connection.sent.map((command) => command.type),
  }
}

/** Runs a change to the fake server inside act, so React renders its outcome. */
export async function serverDoes(change: () => void): Promise<void> {
  await act(async () => change())
}

/** Lets the fake clock run `ms` (frames, promises) inside React's act. */
export async function elapse(ms: number): Promise<void> {
  await act(() => vi.advanceTimersByTimeAsync(ms))
}
