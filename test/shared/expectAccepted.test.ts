import { describe, expect, it } from 'vitest'
import { expectAccepted } from '../support/expectAccepted'
import { panelOne } from '../support/room'

describe('expectAccepted', () => {
  it('returns the accepted outcome with its result', () => {
    const outcome = expectAccepted(panelOne().tablet('MEX', { type: 'request-floor' }))
    expect(outcome.result.requestId).toEqual(expect.any(String))
  })

  it('fails with the refusal’s code and message, for a decision and an ack alike', () => {
    expect(() => expectAccepted(panelOne().tablet('MEX', { type: 'request-floor', delegationId: 'CHE' }))).toThrow(
      /refused: forbidden: /,
    )
    expect(() => expectAccepted({ ok: false, error: { code: 'conflict', message: 'The version moved on.' } })).toThrow(
      'refused: conflict: The version moved on.',
    )
  })
})
