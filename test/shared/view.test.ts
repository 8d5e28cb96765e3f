import { describe, expect, it } from 'vitest'
import { queueOf } from '../support/room'

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
