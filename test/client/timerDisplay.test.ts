import { describe, expect, it } from 'vitest'
import { formatClock, readTimer } from '../../client/src/time/timerDisplay'

const start = Date.parse('2017-06-19T10:30:00+02:00')
const threeMinutes = { guidelineMs: 180_000, elapsedMs: 0, runningSince: start }
const after = (ms: number) => start + ms

describe('readTimer', () => {
  it('starts at the full guideline and counts down in whole seconds, rounding up', () => {
    expect(readTimer(threeMinutes, start)).toMatchObject({ text: '3:00', phase: 'running', paused: false })
    expect(readTimer(threeMinutes, after(1))).toMatchObject({ text: '3:00' })
    expect(readTimer(threeMinutes, after(1000))).toMatchObject({ text: '2:59' })
  })

  it('turns amber for the last 30 seconds', () => {
    expect(readTimer(threeMinutes, after(149_500))).toMatchObject({ text: '0:31', phase: 'running' })
    expect(readTimer(threeMinutes, after(150_000))).toMatchObject({ text: '0:30', phase: 'warning' })
    expect(readTimer(threeMinutes, after(150_500))).toMatchObject({ text: '0:30', phase: 'warning' })
    expect(readTimer(threeMinutes, after(179_999))).toMatchObject({ text: '0:01', phase: 'warning' })
  })

  it('reads 0:00 in red once time is up, then counts the overrun up with a plus', () => {
    expect(readTimer(threeMinutes, after(180_000))).toMatchObject({ text: '0:00', phase: 'overrun', seconds: 0 })
    expect(readTimer(threeMinutes, after(180_999))).toMatchObject({ text: '0:00', phase: 'overrun' })
    expect(readTimer(threeMinutes, after(181_000))).toMatchObject({ text: '+0:01', phase: 'overrun', seconds: -1 })
    expect(readTimer(threeMinutes, after(185_000))).toMatchObject({ text: '+0:05', phase: 'overrun' })
    expect(readTimer(threeMinutes, after(180_000 + 754_000))).toMatchObject({ text: '+12:34' })
  })

  it('stands still while paused, counting only the time spoken', () => {
    const paused = { guidelineMs: 180_000, elapsedMs: 61_200, runningSince: null }
    expect(readTimer(paused, after(0))).toEqual({ text: '1:59', phase: 'running', paused: true, seconds: 119 })
    expect(readTimer(paused, after(3_600_000))).toEqual({ text: '1:59', phase: 'running', paused: true, seconds: 119 })
  })

  it('adds time granted by the chair', () => {
    expect(readTimer({ ...threeMinutes, guidelineMs: 210_000 }, after(185_000))).toMatchObject({ text: '0:25', phase: 'warning' })
  })
})

describe('formatClock', () => {
  it('writes minutes and seconds, and hours past an hour', () => {
    expect(formatClock(0)).toBe('0:00')
    expect(formatClock(59)).toBe('0:59')
    expect(formatClock(600)).toBe('10:00')
    expect(formatClock(3_725)).toBe('1:02:05')
  })
})
