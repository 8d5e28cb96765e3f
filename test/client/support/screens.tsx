import { act, render } from '@testing-library/react'
import { vi } from 'vitest'
import type { MeetingDocument } from '@floor/shared'
import DisplayApp from '../../../client/src/display/DisplayApp'
import OverlayApp from '../../../client/src/display/OverlayApp'
import { createFloorSession, type FloorSession } from '../../../client/src/store/floorSession'
import { smallMeeting } from '../../support/smallMeeting'
import { FakeConnection } from './fakeConnection'

export interface ScreenOptions {
  search?: string
  /** How far this device's clock is from the server's (true) time. */
  skewMs?: number
  connection?: FakeConnection
  meeting?: MeetingDocument
}

/** One room screen on a fake connection, with its own device clock. */
export function renderScreen(App: typeof DisplayApp | typeof OverlayApp, options: ScreenOptions = {}) {
  const connection = options.connection ?? new FakeConnection()
  const skewMs = options.skewMs ?? 0
  let session: FloorSession | null = null
  const createSession = () => {
    session = createFloorSession({
      connection,
      now: () => Date.now() + skewMs,
      loadMeeting: () => Promise.resolve(options.meeting ?? smallMeeting),
    })
    return session
  }
  const rendered = render(<App createSession={createSession} search={options.search ?? ''} />)
  return {
    ...rendered,
    connection,
    session: (): FloorSession => {
      if (!session) throw new Error('the screen has not created its session')
      return session
    },
  }
}

export const renderDisplay = (options?: ScreenOptions) => renderScreen(DisplayApp, options)
export const renderOverlay = (options?: ScreenOptions) => renderScreen(OverlayApp, options)

/** Lets the fake clock run `ms` (frames, clock round trips, promises) inside React's act. */
export async function elapse(ms: number): Promise<void> {
  await act(() => vi.advanceTimersByTimeAsync(ms))
}

/** Jumps the true time to `epochMs` and lets a couple of frames draw. */
export async function showAt(epochMs: number): Promise<void> {
  vi.setSystemTime(epochMs)
  await elapse(40)
}

/** Runs a change to the fake server inside act, so React renders its outcome. */
export async function serverDoes(change: () => void): Promise<void> {
  await act(async () => change())
}
