import { describe, expect, it } from 'vitest'
import { expectAccepted } from '../support/expectAccepted'
import { expectRefused, panelOne, queueOf, Room } from '../support/room'

describe('asking for the floor', () => {
  it('answers the same request id when a delegation asks again, and changes nothing', () => {
    const room = panelOne()
    const first = expectAccepted(room.tablet('MEX', { type: 'request-floor' }))
    const version = room.state.version
    const again = expectAccepted(room.tablet('MEX', { type: 'request-floor' }))
    expect(again.result.requestId).toBe(first.result.requestId)
    expect(room.state.version).toBe(version)
    expect(room.order()).toEqual(['MEX'])
  })

  it('lets a delegation wait once per kind', () => {
    const room = queueOf('MEX')
    room.tablet('MEX', { type: 'request-floor', kind: 'right-of-reply' })
    expect(room.view().queue.map((e) => e.kind)).toEqual(['statement', 'right-of-reply'])
  })

  it('refuses a tablet asking for another delegation', () => {
    expectRefused(panelOne().tablet('MEX', { type: 'request-floor', delegationId: 'CHE' }), 'forbidden')
  })

  it('lets the chair add a request raised by placard, even when the list is closed', () => {
    const room = panelOne()
    room.chair({ type: 'close-list' })
    expectAccepted(room.chair({ type: 'request-floor', delegationId: 'TUR', kind: 'point-of-order' }))
    expect(room.view().queue[0]).toMatchObject({ delegationId: 'TUR', kind: 'point-of-order' })
  })

  it('asks the chair to name the delegation, and that it exists', () => {
    expectRefused(panelOne().chair({ type: 'request-floor' }), 'invalid')
    expectRefused(panelOne().chair({ type: 'request-floor', delegationId: 'XYZ' }), 'not_found')
  })

  it('refuses tablets while the list is closed or no segment is active', () => {
    const room = panelOne()
    room.chair({ type: 'close-list' })
    expectRefused(room.tablet('MEX', { type: 'request-floor' }), 'rejected')
    expectRefused(new Room().tablet('MEX', { type: 'request-floor' }), 'rejected')
  })

  it('keeps a separate list for each segment', () => {
    const room = queueOf('MEX', 'CHE')
    room.chair({ type: 'set-segment', segmentId: 'panel-2' })
    expect(room.order()).toEqual([])
    room.request('TUR')
    room.chair({ type: 'set-segment', segmentId: 'panel-1' })
    expect(room.order()).toEqual(['MEX', 'CHE'])
  })
})

describe('withdrawing', () => {
  it('takes a delegation’s own request off the list', () => {
    const room = queueOf('MEX', 'CHE')
    expectAccepted(room.tablet('MEX', { type: 'withdraw', requestId: room.requestIdOf('MEX') }))
    expect(room.order()).toEqual(['CHE'])
  })

  it('withdraws every waiting request of the delegation when no request is named', () => {
    const room = queueOf('MEX', 'CHE')
    room.tablet('MEX', { type: 'request-floor', kind: 'right-of-reply' })
    room.tablet('MEX', { type: 'withdraw' })
    expect(room.order()).toEqual(['CHE'])
  })

  it('refuses to withdraw another delegation’s request, or one that is not waiting', () => {
    const room = queueOf('MEX', 'CHE')
    expectRefused(room.tablet('CHE', { type: 'withdraw', requestId: room.requestIdOf('MEX') }), 'forbidden')
    expectRefused(room.tablet('CHE', { type: 'withdraw', requestId: 'nope' }), 'not_found')
    expectRefused(room.chair({ type: 'withdraw' }), 'invalid')
    expect(room.order()).toEqual(['MEX', 'CHE'])
  })

  it('lets the chair withdraw a request on a delegation’s behalf', () => {
    const room = queueOf('MEX', 'CHE')
    room.chair({ type: 'withdraw', requestId: room.requestIdOf('CHE') })
    expect(room.order()).toEqual(['MEX'])
  })
})

describe('the chair arranging the list', () => {
  it('moves a request to a position, clamped to the end of the list', () => {
    const room = queueOf('MEX', 'CHE', 'TUR')
    room.chair({ type: 'move', requestId: room.requestIdOf('MEX'), toIndex: 99 })
    expect(room.order()).toEqual(['CHE', 'TUR', 'MEX'])
    expectRefused(room.chair({ type: 'move', requestId: 'nope', toIndex: 0 }), 'not_found')
    expectRefused(room.tablet('MEX', { type: 'move', requestId: room.requestIdOf('MEX'), toIndex: 0 }), 'forbidden')
  })

  it('removes a request', () => {
    const room = queueOf('MEX', 'CHE')
    room.chair({ type: 'remove', requestId: room.requestIdOf('MEX') })
    expect(room.order()).toEqual(['CHE'])
    expectRefused(room.chair({ type: 'remove', requestId: 'gone' }), 'not_found')
  })
})

describe('the reserved stakeholder seats', () => {
  it('calls at most two stakeholders at once, and frees a seat when its speaker finishes or withdraws', () => {
    const room = queueOf('msf', 'psi', 'coparmex')
    expectAccepted(room.chair({ type: 'call-to-seat', requestId: room.requestIdOf('msf') }))
    expectAccepted(room.chair({ type: 'call-to-seat', requestId: room.requestIdOf('psi') }))
    expect(room.view().reservedSeats).toEqual({ total: 2, taken: 2 })
    expectRefused(room.chair({ type: 'call-to-seat', requestId: room.requestIdOf('coparmex') }), 'rejected')

    room.chair({ type: 'next' }) // MSF speaks from its reserved seat
    expect(room.view().floor?.calledToSeat).toBe(true)
    expect(room.view().reservedSeats.taken).toBe(2)
    room.chair({ type: 'end-floor' })
    expect(room.view().reservedSeats.taken).toBe(1)
    room.tablet('psi', { type: 'withdraw' })
    expect(room.view().reservedSeats.taken).toBe(0)
    expectAccepted(room.chair({ type: 'call-to-seat', requestId: room.requestIdOf('coparmex') }))
  })

  it('is only for stakeholders', () => {
    const room = queueOf('MEX', 'iom')
    expectRefused(room.chair({ type: 'call-to-seat', requestId: room.requestIdOf('MEX') }), 'rejected')
    expectRefused(room.chair({ type: 'call-to-seat', requestId: room.requestIdOf('iom') }), 'rejected')
    expectRefused(room.chair({ type: 'call-to-seat', requestId: 'nope' }), 'not_found')
  })

  it('shows the call on the entry, and calling twice changes nothing', () => {
    const room = queueOf('msf')
    room.chair({ type: 'call-to-seat', requestId: room.requestIdOf('msf') })
    const version = room.state.version
    expectAccepted(room.chair({ type: 'call-to-seat', requestId: room.requestIdOf('msf') }))
    expect(room.state.version).toBe(version)
    expect(room.view('display').queue[0]?.calledToSeat).toBe(true)
  })
})
