import { act, render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { vi } from 'vitest'
import type { MeetingDocument } from '@floor/shared'
import ChairApp from '../../../../client/src/chair/ChairApp'
import { createChairApi } from '../../../../client/src/chair/state/chairApi'
import { createChairSession, type ChairSession } from '../../../../client/src/chair/state/chairSession'
import type { Room } from '../../../support/room'
import { meetingTabletUrlOf, TestServer } from '../../support/testServer'

export const chairToken = 'chair-secret'

export interface ChairOptions {
  /** What the address bar holds when the console opens; the chair's link by default. */
  url?: string
  meeting?: MeetingDocument
  /** The HTTP side of the server (import, export). */
  fetch?: typeof fetch
  /** The meeting of a `/m/:id/chair` address; its tablet links name it. Null: the default meeting. */
  meetingId?: string | null
}

/**
 * Opens `/chair` with the chair's link, online, on a test server that holds
 * `room` as it is; the server answers on the fake clock's time.
 */
export async function openChair(room: Room, options: ChairOptions = {}) {
  // The clock and frames are fake; timeouts stay real, for Testing Library's own
  // bookkeeping after each user event (it waits a real tick, which fake
  // timeouts would never give it).
  vi.useFakeTimers({ now: room.now, toFake: ['Date', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance'] })
  window.history.replaceState(null, '', options.url ?? `/chair#token=${chairToken}`)
  const meetingId = options.meetingId ?? null
  const server = new TestServer(room, meetingId === null ? {} : { tabletUrl: meetingTabletUrlOf(meetingId) })
  const connection = server.connect({ role: 'chair' })
  const tokens: string[] = []
  let session: ChairSession | null = null
  const connect = (token: string) => {
    tokens.push(token)
    session = createChairSession({
      connection,
      loadMeeting: () => Promise.resolve(options.meeting ?? server.document()),
      meetingId,
      clockSync: { visibility: null },
      api: createChairApi(token, meetingId, options.fetch ?? (() => Promise.reject(new Error('no HTTP in this test')))),
      language: 'en',
    })
    return session
  }
  const user = userEvent.setup()
  const rendered = render(<ChairApp connect={connect} meetingId={meetingId} />)
  if (tokens.length > 0) await server.reconnect(connection)
  return {
    ...rendered,
    user,
    server,
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
