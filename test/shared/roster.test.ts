import { describe, expect, it } from 'vitest'
import { expectAccepted } from '../support/expectAccepted'
import { expectRefused, panelOne } from '../support/room'

describe('adding a delegation', () => {
  it('adds an organization under a slug of its name', () => {
    const room = panelOne()
    const outcome = expectAccepted(room.chair({ type: 'add-delegation', name: 'Caritas Internationalis', category: 'stakeholder' }))
    expect(outcome.result.delegationId).toBe('caritas-internationalis')
    expect(room.state.delegations['caritas-internationalis']).toMatchObject({ category: 'stakeholder' })
    expectAccepted(room.chair({ type: 'request-floor', delegationId: 'caritas-internationalis' }))
  })

  it('gives a second organization of the same name its own slug', () => {
    const room = panelOne()
    room.chair({ type: 'add-delegation', name: 'Médecins Sans Frontières', category: 'stakeholder' })
    const outcome = expectAccepted(room.chair({ type: 'add-delegation', name: 'Médecins Sans Frontières', category: 'stakeholder' }))
    expect(outcome.result.delegationId).toBe('medecins-sans-frontieres-2')
  })

  it('needs an ISO code for a State and refuses an id already taken', () => {
    const room = panelOne()
    expectRefused(room.chair({ type: 'add-delegation', name: 'Atlantis', category: 'member-state' }), 'invalid')
    expectRefused(room.chair({ type: 'add-delegation', name: 'Atlantis', category: 'igo', id: 'ATL' }), 'invalid')
    expectRefused(room.chair({ type: 'add-delegation', name: 'Mexico', category: 'member-state', id: 'MEX' }), 'rejected')
    expectAccepted(room.chair({ type: 'add-delegation', name: 'Atlantis', category: 'member-state', id: 'ATL', seat: '194' }))
  })

  it('is for the chair only', () => {
    expectRefused(panelOne().tablet('MEX', { type: 'add-delegation', name: 'X', category: 'stakeholder' }), 'forbidden')
  })
})

describe('issuing a tablet token', () => {
  it('returns the token once and keeps only its hash', () => {
    const room = panelOne()
    const token = String(expectAccepted(room.chair({ type: 'issue-token', delegationId: 'MEX' })).result.token)
    expect(room.state.tokenHashes.MEX).toBe(`hash-of-${token}`)
    expect(JSON.stringify(room.log)).not.toContain(`"${token}"`)
    expect(JSON.stringify(room.view('chair'))).not.toContain(token)
  })

  it('does not take the names of an object’s own machinery for delegations', () => {
    const room = panelOne()
    // "constructor" is a valid slug, and every plain object inherits a member of that name.
    expectRefused(room.chair({ type: 'request-floor', delegationId: 'constructor' }), 'not_found')
    expectRefused(room.chair({ type: 'issue-token', delegationId: 'constructor' }), 'not_found')
    expectAccepted(room.chair({ type: 'add-delegation', name: 'Constructor', category: 'stakeholder' }))
    expect(room.state.delegations.constructor).toMatchObject({ name: 'Constructor' })
  })

  it('refuses an unknown delegation', () => {
    expectRefused(panelOne().chair({ type: 'issue-token', delegationId: 'XYZ' }), 'not_found')
  })
})
