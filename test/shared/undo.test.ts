import { describe, expect, it } from 'vitest'
import { allInterventions, replay, spokenMs } from '@floor/shared'
import { expectAccepted } from '../support/expectAccepted'
import { expectRefused, queueOf, type Room } from '../support/room'

/** The parts of the state a chair looks at: who speaks, who waits, what was recorded. */
function floorAndList(room: Room) {
  const { floor, queue, log } = room.view()
  return { speaker: floor?.delegationId ?? null, order: queue.map((e) => e.delegationId), log: log?.length }
}

function undo(room: Room) {
  return expectAccepted(room.chair({ type: 'undo' })).result
}

describe('undo (PROTOCOL.md section 4, 1.1)', () => {
  it('takes back Next: the speaker gets the floor back and goes on from the time already spoken, the next one waits again', () => {
    const room = queueOf('MEX', 'CHE', 'FRA')
    room.chair({ type: 'next' })
    room.advance(40_000)
    const before = floorAndList(room)
    room.chair({ type: 'next' })
    room.advance(20_000)
    expect(undo(room)).toEqual({ undone: 'next' })
    expect(floorAndList(room)).toEqual(before)
    const timer = room.state.floor!.timer
    expect(spokenMs(timer, room.now)).toBe(40_000)
    room.advance(5_000)
    expect(spokenMs(timer, room.now)).toBe(45_000)
    expect(allInterventions(room.state)).toEqual([])
  })

  it('takes back giving the floor out of order: the request goes back to its place, and its few seconds leave no record', () => {
    const room = queueOf('MEX', 'CHE', 'FRA')
    room.chair({ type: 'give-floor', requestId: room.requestIdOf('FRA') })
    room.advance(8_000)
    expect(undo(room)).toEqual({ undone: 'give-floor' })
    expect(floorAndList(room)).toEqual({ speaker: null, order: ['MEX', 'CHE', 'FRA'], log: 0 })
    room.chair({ type: 'next' })
    room.chair({ type: 'end-floor' })
    expect(allInterventions(room.state).map((r) => r.delegationId)).toEqual(['MEX'])
  })

  it('takes back End: a paused speaker comes back paused, with the time spoken', () => {
    const room = queueOf('MEX', 'CHE')
    room.chair({ type: 'next' })
    room.advance(30_000)
    room.chair({ type: 'pause-timer' })
    room.advance(60_000)
    room.chair({ type: 'end-floor' })
    expect(allInterventions(room.state)).toHaveLength(1)
    room.advance(10_000)
    expect(undo(room)).toEqual({ undone: 'end-floor' })
    expect(room.state.floor).toMatchObject({ delegationId: 'MEX', timer: { elapsedMs: 30_000, runningSince: null } })
    expect(allInterventions(room.state)).toEqual([])
  })

  it('takes back a removal and a move: the request is back at its place', () => {
    const room = queueOf('MEX', 'CHE', 'FRA')
    room.chair({ type: 'remove', requestId: room.requestIdOf('CHE') })
    expect(undo(room)).toEqual({ undone: 'remove' })
    expect(room.order()).toEqual(['MEX', 'CHE', 'FRA'])
    room.chair({ type: 'move', requestId: room.requestIdOf('FRA'), toIndex: 0 })
    expect(undo(room)).toEqual({ undone: 'move' })
    expect(room.order()).toEqual(['MEX', 'CHE', 'FRA'])
  })

  it('shows the chair what it would take back, and until when; no other role sees it', () => {
    const room = queueOf('MEX', 'CHE')
    room.chair({ type: 'next' })
    expect(room.view().undoable).toEqual({
      command: 'next',
      version: room.state.version,
      delegationId: 'MEX',
      name: 'Mexico',
      until: room.now + 5 * 60_000,
    })
    expect(room.view('display').undoable).toBeUndefined()
    expect(room.view('delegate', 'MEX').undoable).toBeUndefined()
    room.chair({ type: 'remove', requestId: room.requestIdOf('CHE') })
    expect(room.view().undoable).toMatchObject({ command: 'remove', name: 'Switzerland' })
    room.chair({ type: 'pause-timer' })
    expect(room.view().undoable).toBeNull()
  })

  it('refuses when the latest change is another, when it is older than five minutes, and a second time', () => {
    const room = queueOf('MEX', 'CHE', 'FRA')
    expectRefused(room.chair({ type: 'undo' }), 'rejected') // the latest change is France's request
    room.chair({ type: 'next' })
    room.tablet('TUR', { type: 'request-floor' })
    expectRefused(room.chair({ type: 'undo' }), 'rejected')
    room.chair({ type: 'next' })
    room.chair({ type: 'add-time', seconds: 30 })
    expectRefused(room.chair({ type: 'undo' }), 'rejected')
    room.chair({ type: 'next' })
    room.advance(5 * 60_000 + 1)
    expectRefused(room.chair({ type: 'undo' }), 'rejected')
    room.chair({ type: 'end-floor' })
    undo(room)
    expectRefused(room.chair({ type: 'undo' }), 'rejected')
  })

  it('does not take back a change of segment, and no one but the chair may undo', () => {
    const room = queueOf('MEX', 'CHE')
    room.chair({ type: 'next' })
    expectRefused(room.tablet('MEX', { type: 'undo' }), 'forbidden')
    expectRefused(room.display({ type: 'undo' }), 'forbidden')
    room.chair({ type: 'set-segment', segmentId: 'panel-2' })
    expectRefused(room.chair({ type: 'undo' }), 'rejected')
  })

  it('refuses a stale undo: the chair undoes only what it saw', () => {
    const room = queueOf('MEX', 'CHE')
    room.chair({ type: 'next' })
    const seen = room.state.version
    room.chair({ type: 'next' })
    expectRefused(room.chair({ type: 'undo', expectedVersion: seen }), 'conflict')
  })

  it('replays to the same state and view as the meeting lived', () => {
    const room = queueOf('MEX', 'CHE', 'FRA')
    room.chair({ type: 'next' })
    room.advance(61_000)
    room.chair({ type: 'next' })
    room.advance(3_000)
    undo(room)
    room.advance(9_000)
    room.chair({ type: 'remove', requestId: room.requestIdOf('FRA') })
    undo(room)
    room.chair({ type: 'end-floor' })
    const replayed = replay(room.log)
    expect(replayed).toEqual(room.state)
    expect(allInterventions(replayed)).toMatchObject([{ delegationId: 'MEX', spokeSeconds: 70 }])
  })
})
