import { describe, expect, it } from 'vitest'
import { allInterventions, remainingMs } from '@floor/shared'
import { expectRefused, panelOne, queueOf, Room } from '../support/room'
import { expectAccepted } from '../support/expectAccepted'

describe('giving the floor', () => {
  it('gives the floor to the head of the list with a running three-minute timer', () => {
    const room = queueOf('MEX', 'CHE')
    const startedAt = room.now
    room.chair({ type: 'next' })
    const { floor } = room.view()
    expect(floor).toMatchObject({ delegationId: 'MEX', name: 'Mexico', startedAt })
    expect(floor?.timer).toEqual({ guidelineMs: 180_000, elapsedMs: 0, runningSince: startedAt })
    expect(room.order()).toEqual(['CHE'])
  })

  it('ends the current intervention on next, and leaves the floor empty when nobody waits', () => {
    const room = queueOf('MEX')
    room.chair({ type: 'next' })
    room.advance(95_000)
    room.chair({ type: 'next' })
    expect(room.view().floor).toBeNull()
    expect(allInterventions(room.state)).toEqual([
      expect.objectContaining({ delegationId: 'MEX', spokeSeconds: 95, guidelineSeconds: 180, overrunSeconds: 0 }),
    ])
  })

  it('changes nothing when next finds nobody speaking and nobody waiting', () => {
    const room = panelOne()
    const version = room.state.version
    expectAccepted(room.chair({ type: 'next' }))
    expect(room.state.version).toBe(version)
  })

  it('refuses next when no segment is active', () => {
    expectRefused(new Room().chair({ type: 'next' }), 'rejected')
  })

  it('gives the floor out of order, ending whoever spoke', () => {
    const room = queueOf('MEX', 'CHE', 'TUR')
    room.chair({ type: 'next' })
    room.advance(10_000)
    room.chair({ type: 'give-floor', requestId: room.requestIdOf('TUR') })
    expect(room.view().floor?.delegationId).toBe('TUR')
    expect(room.order()).toEqual(['CHE'])
    expect(allInterventions(room.state).map((r) => r.delegationId)).toEqual(['MEX'])
    expectRefused(room.chair({ type: 'give-floor', requestId: 'nobody' }), 'not_found')
  })

  it('ends the floor, and refuses to end it when nobody speaks', () => {
    const room = queueOf('MEX')
    room.chair({ type: 'next' })
    expectAccepted(room.chair({ type: 'end-floor' }))
    expect(room.view().floor).toBeNull()
    expectRefused(room.chair({ type: 'end-floor' }), 'rejected')
  })
})

describe('the timer', () => {
  it('excludes paused time from the time spoken', () => {
    const room = queueOf('MEX')
    room.chair({ type: 'next' })
    room.advance(60_000).chair({ type: 'pause-timer' })
    room.advance(300_000).chair({ type: 'resume-timer' })
    room.advance(30_000).chair({ type: 'end-floor' })
    expect(allInterventions(room.state)[0]).toMatchObject({ spokeSeconds: 90, overrunSeconds: 0 })
  })

  it('refuses to pause twice or resume a running timer, and needs a speaker', () => {
    const room = queueOf('MEX')
    expectRefused(room.chair({ type: 'pause-timer' }), 'rejected')
    expectRefused(room.chair({ type: 'resume-timer' }), 'rejected')
    room.chair({ type: 'next' })
    expectRefused(room.chair({ type: 'resume-timer' }), 'rejected')
    room.chair({ type: 'pause-timer' })
    expectRefused(room.chair({ type: 'pause-timer' }), 'rejected')
  })

  it('records the overrun beyond the guideline', () => {
    const room = queueOf('MEX')
    room.chair({ type: 'next' })
    room.advance(200_000)
    expect(remainingMs(room.state.floor!.timer, room.now)).toBe(-20_000)
    room.chair({ type: 'end-floor' })
    expect(allInterventions(room.state)[0]).toMatchObject({ spokeSeconds: 200, guidelineSeconds: 180, overrunSeconds: 20 })
  })

  it('adds and takes away time, never below thirty seconds, and says where it stopped', () => {
    const room = queueOf('MEX')
    expectRefused(room.chair({ type: 'add-time', seconds: 30 }), 'rejected')
    room.chair({ type: 'next' })
    room.chair({ type: 'add-time', seconds: 30 })
    expect(room.view().floor?.timer.guidelineMs).toBe(210_000)
    expect(expectAccepted(room.chair({ type: 'add-time', seconds: -3600 })).result).toEqual({ guidelineSeconds: 30, limitedBy: 'minimum' })
    expect(room.view().floor?.timer.guidelineMs).toBe(30_000)
    expectRefused(room.chair({ type: 'add-time', seconds: -30 }), 'rejected')
  })
})

describe('guidelines', () => {
  it('applies a new guideline to interventions that start after it is set', () => {
    const room = queueOf('MEX', 'CHE')
    room.chair({ type: 'next' })
    room.chair({ type: 'set-guideline', seconds: 120 })
    expect(room.view().floor?.timer.guidelineMs).toBe(180_000)
    room.chair({ type: 'next' })
    expect(room.view().floor?.timer.guidelineMs).toBe(120_000)
    expect(room.view().segment?.guidelineSeconds).toBe(120)
  })

  it('gives observers their own guideline where the segment sets one per category', () => {
    const room = queueOf('MEX', 'VAT')
    room.chair({ type: 'set-guideline', seconds: 120, category: 'observer-state' })
    room.chair({ type: 'next' })
    expect(room.view().floor?.timer.guidelineMs).toBe(180_000)
    room.chair({ type: 'next' })
    expect(room.view().floor?.timer.guidelineMs).toBe(120_000)
    expect(room.view().segment?.guidelineByCategory).toEqual({ 'observer-state': 120 })
  })
})
