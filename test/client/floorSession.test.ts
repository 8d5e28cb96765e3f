import { describe, expect, it, vi } from 'vitest'
import { createFloorSession, sendCommand, serverNow, startFloorSession } from '../../client/src/store/floorSession'
import { queueOf } from '../support/room'
import { smallMeeting } from '../support/smallMeeting'
import { FakeConnection } from './support/fakeConnection'

function started(connection = new FakeConnection(), now = () => Date.now()) {
  const session = createFloorSession({ connection, now, loadMeeting: () => Promise.resolve(smallMeeting) })
  const stop = startFloorSession(session)
  return { session, connection, stop, state: () => session.store.getState() }
}

describe('a floor session', () => {
  it('keeps the last view, the connection status and the roster in its store', async () => {
    const { connection, state } = started()
    expect(state().connection).toBe('connecting')
    connection.goOnline()
    const view = queueOf('MEX', 'msf').view('display')
    connection.pushState(view)
    await Promise.resolve()
    expect(state()).toMatchObject({ view, connection: 'online', lastError: null, meeting: smallMeeting })
    connection.goOffline()
    expect(state().connection).toBe('offline')
    expect(state().view).toBe(view) // the last truth stays on screen while offline
  })

  it('takes a first offset from the view until the clock is measured', () => {
    vi.useFakeTimers({ now: 5_000_000 })
    const { connection, session } = started(new FakeConnection(), () => Date.now() - 90_000)
    connection.pushState({ ...queueOf('MEX').view('display'), serverTime: Date.now() })
    expect(session.store.getState().clockOffset).toBe(90_000)
    expect(serverNow(session)).toBe(Date.now())
  })

  it('shows a refused command as lastError and clears it on the next success', async () => {
    const { connection, session, state } = started()
    connection.goOnline()
    connection.answer = () => ({ ok: false, error: { code: 'conflict', message: 'The list changed.' } })
    const refused = await sendCommand(session, { type: 'next', expectedVersion: 3 })
    expect(refused.ok).toBe(false)
    expect(state().lastError).toEqual({ code: 'conflict', message: 'The list changed.' })

    connection.answer = () => ({ ok: true, version: 5 })
    expect(await sendCommand(session, { type: 'next', expectedVersion: 4 })).toEqual({ ok: true, version: 5 })
    expect(state().lastError).toBeNull()
    expect(connection.sent).toEqual([
      { type: 'next', expectedVersion: 3 },
      { type: 'next', expectedVersion: 4 },
    ])
  })

  it('never sends while offline, and says so', async () => {
    const { connection, session, state } = started()
    connection.goOffline()
    const outcome = await sendCommand(session, { type: 'request-floor' })
    expect(outcome).toMatchObject({ ok: false, error: { code: 'offline' } })
    expect(state().lastError?.code).toBe('offline')
    expect(connection.sent).toEqual([])
  })

  it('reports a refused token', () => {
    const { connection, state } = started()
    connection.goOffline({ code: 'unauthorized', message: 'The server refused this link.' })
    expect(state()).toMatchObject({ connection: 'offline', lastError: { code: 'unauthorized' } })
  })

  it('stops listening when stopped', () => {
    const { connection, stop, state } = started()
    stop()
    connection.goOnline()
    connection.pushState(queueOf('MEX').view('display'))
    expect(state().view).toBeNull()
  })
})
