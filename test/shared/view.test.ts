import { describe, expect, it } from 'vitest'
import { queueOf, Room } from '../support/room'
import { smallMeeting } from '../support/smallMeeting'

describe('the view of each role', () => {
  it('tells a tablet whom it speaks for; the display and the chair are not bound', () => {
    const room = queueOf('MEX')
    expect(room.view('delegate', 'MEX')).toMatchObject({ role: 'delegate', delegationId: 'MEX' })
    expect(room.view('display')).not.toHaveProperty('delegationId')
    expect(room.view('chair')).not.toHaveProperty('delegationId')
  })

  it('shows the chair the log of the active segment, and nobody else', () => {
    const room = queueOf('MEX')
    room.chair({ type: 'next' })
    room.advance(42_000).chair({ type: 'end-floor' })
    expect(room.view('chair').log).toEqual([expect.objectContaining({ delegationId: 'MEX', spokeSeconds: 42 })])
    expect(room.view('display')).not.toHaveProperty('log')
    expect(room.view('delegate', 'MEX')).not.toHaveProperty('log')
  })

  it('carries the names, categories and seats of whoever speaks and waits', () => {
    const room = queueOf('CHE', 'VAT')
    room.chair({ type: 'next' })
    const view = room.view('display')
    expect(view.floor).toMatchObject({ name: 'Switzerland', category: 'member-state', seat: '1', kind: 'statement' })
    expect(view.queue[0]).toMatchObject({ name: 'Holy See', category: 'observer-state', seat: 'O1' })
    expect(view.meeting).toEqual({ id: 'gcm-3', title: 'Third informal thematic session' })
    expect(view.serverTime).toBe(room.now)
  })
})

describe('a tablet’s view (1.1)', () => {
  it('stays under 2 KB with a hundred waiting, and still says its place and expected time', () => {
    const roster = Array.from({ length: 120 }, (_, i) => ({
      id: `stakeholder-${i}`,
      category: 'stakeholder' as const,
      name: `Registered stakeholder organization number ${i} of the session`,
    }))
    const room = new Room({ ...smallMeeting, delegations: [...smallMeeting.delegations, ...roster] })
    room.chair({ type: 'set-segment', segmentId: 'panel-1' })
    for (const { id } of roster.slice(0, 100)) room.chair({ type: 'request-floor', delegationId: id })
    room.request('MEX')
    const whole = room.view('display')
    const tablet = room.view('delegate', 'stakeholder-57')
    expect(JSON.stringify(whole).length).toBeGreaterThan(20_000)
    expect(JSON.stringify(tablet).length).toBeLessThan(2048)
    expect(tablet.queueLength).toBe(101)
    // Mexico, a Member State, went ahead of every stakeholder: stakeholder 57 is 59th.
    expect(tablet.queue).toEqual([{ ...whole.queue[58], position: 59 }])
    expect(room.view('delegate', 'MEX').queue.map((e) => e.position)).toEqual([1])
    expect(room.view('delegate', 'CHE').queue).toEqual([])
  })
})
