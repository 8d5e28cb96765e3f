import { describe, expect, it } from 'vitest'
import { queueOf } from '../support/room'

describe('the speaking order (PROTOCOL.md section 5)', () => {
  it('puts Member States first, then observer States, then organizations, then stakeholders', () => {
    expect(queueOf('msf', 'iom', 'VAT', 'CHE', 'MEX').order()).toEqual(['CHE', 'MEX', 'VAT', 'iom', 'msf'])
  })

  it('is first come, first served within a tier', () => {
    expect(queueOf('MEX', 'CHE', 'TUR').order()).toEqual(['MEX', 'CHE', 'TUR'])
    expect(queueOf('msf', 'psi', 'coparmex').order()).toEqual(['msf', 'psi', 'coparmex'])
  })

  it('treats intergovernmental organizations and UN entities as one tier', () => {
    expect(queueOf('unhcr', 'iom').order()).toEqual(['unhcr', 'iom'])
  })

  it('lets a Member State that asks after a stakeholder speak before it', () => {
    expect(queueOf('msf', 'MEX').order()).toEqual(['MEX', 'msf'])
  })

  it('puts points of order first and rights of reply last, each first come first served', () => {
    const room = queueOf('MEX', 'msf')
    room.tablet('CHE', { type: 'request-floor', kind: 'right-of-reply' })
    room.tablet('VAT', { type: 'request-floor', kind: 'point-of-order' })
    room.tablet('TUR', { type: 'request-floor', kind: 'right-of-reply' })
    room.tablet('psi', { type: 'request-floor', kind: 'point-of-order' })
    room.tablet('FRA', { type: 'request-floor' })
    const kinds = room.view().queue.map((e) => `${e.delegationId}:${e.kind}`)
    expect(kinds).toEqual([
      'VAT:point-of-order',
      'psi:point-of-order',
      'MEX:statement',
      'FRA:statement',
      'msf:statement',
      'CHE:right-of-reply',
      'TUR:right-of-reply',
    ])
  })

  it('keeps the chair’s moves: a new request never reshuffles what is already waiting', () => {
    const room = queueOf('MEX', 'CHE', 'msf')
    room.chair({ type: 'move', requestId: room.requestIdOf('msf'), toIndex: 0 })
    expect(room.order()).toEqual(['msf', 'MEX', 'CHE'])
    room.request('TUR')
    expect(room.order()).toEqual(['msf', 'MEX', 'CHE', 'TUR'])
    room.request('VAT')
    expect(room.order()).toEqual(['msf', 'MEX', 'CHE', 'TUR', 'VAT'])
  })

  it('places a statement at the top of the statements band when nobody of its tier or higher waits', () => {
    const room = queueOf('msf')
    room.tablet('psi', { type: 'request-floor', kind: 'point-of-order' })
    room.request('iom')
    expect(room.order()).toEqual(['psi', 'iom', 'msf'])
  })
})
