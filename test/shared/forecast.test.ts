import { describe, expect, it } from 'vitest'
import { forecastBasis } from '@floor/shared'
import { expectAccepted } from '../support/expectAccepted'
import { queueOf, type Room } from '../support/room'

/** Gives the floor to the head of the list and lets it speak `seconds`. */
function speaks(room: Room, seconds: number, kind: 'statement' | 'point-of-order' = 'statement') {
  if (kind === 'point-of-order') room.tablet('FRA', { type: 'request-floor', kind })
  expectAccepted(room.chair({ type: 'next' }))
  room.advance(seconds * 1000)
  expectAccepted(room.chair({ type: 'end-floor' }))
}

describe('forecasts', () => {
  it('rest on the guideline until three statements have finished', () => {
    const room = queueOf('MEX', 'CHE', 'TUR', 'VAT')
    speaks(room, 100)
    speaks(room, 100)
    expect(room.view().segment?.forecastBasis).toEqual({ statements: 2, statementMs: null })
    expect(room.view().queue.map((e) => e.expectedStartAt! - room.now)).toEqual([0, 180_000])
  })

  it('use the median of finished statements, so points of order and turns ended by mistake do not pull them early', () => {
    const room = queueOf('MEX', 'CHE', 'TUR', 'VAT', 'iom', 'unhcr')
    speaks(room, 150)
    speaks(room, 3) // ended by mistake
    speaks(room, 2, 'point-of-order')
    speaks(room, 160)
    speaks(room, 170)
    expect(room.view().segment?.forecastBasis).toEqual({ statements: 4, statementMs: 155_000 })
    const [first, second] = room.view().queue
    expect(second!.expectedStartAt! - first!.expectedStartAt!).toBe(155_000)
  })

  it('never count a turn as longer than its guideline', () => {
    const room = queueOf('MEX', 'CHE', 'TUR', 'VAT', 'iom')
    speaks(room, 300)
    speaks(room, 300)
    speaks(room, 300)
    expect(room.view().segment?.forecastBasis?.statementMs).toBe(300_000)
    const [first, second] = room.view().queue
    expect(second!.expectedStartAt! - first!.expectedStartAt!).toBe(180_000)
  })

  it('median of an even count is the mean of the middle two', () => {
    const turn = (spokeMs: number) => ({ kind: 'statement' as const, spokeMs })
    expect(forecastBasis([turn(1), turn(4), turn(2), turn(10)]).statementMs).toBe(3)
  })
})

describe('taking time away', () => {
  it('says when the guideline falls below the time already spoken', () => {
    const room = queueOf('MEX')
    room.chair({ type: 'next' })
    room.advance(100_500)
    expect(expectAccepted(room.chair({ type: 'add-time', seconds: -60 })).result).toEqual({ guidelineSeconds: 120 })
    const outcome = expectAccepted(room.chair({ type: 'add-time', seconds: -30 }))
    expect(outcome.result).toEqual({ guidelineSeconds: 90, belowSpokenSeconds: 100 })
    expect(room.state.floor?.timer.guidelineMs).toBe(90_000)
  })
})
