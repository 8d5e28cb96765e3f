import { describe, expect, it, vi } from 'vitest'
import { createAlerter } from '../../../client/src/delegate/alerts'
import { ordinal } from '../../../client/src/delegate/ordinals'
import { tabletStatusOf } from '../../../client/src/delegate/tabletStatus'
import { liveForecast, liveQueue } from '@floor/shared'
import { takeToken } from '../../../client/src/net/token'
import { queueOf, Room } from '../../support/room'
import { MemoryStorage } from './support/tablet'

describe('ordinals', () => {
  it('are written each language’s way', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map((n) => ordinal('en', n))).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st',
    ])
    expect([1, 2, 3].map((n) => ordinal('fr', n))).toEqual(['1er', '2e', '3e'])
    expect(ordinal('es', 3)).toBe('3.º')
    expect([1, 3, 10].map((n) => ordinal('ar', n))).toEqual(['الأول', 'الثالث', 'العاشر'])
    expect(ordinal('ar', 12)).toMatch(/^رقم /)
    expect(ordinal('zh', 3)).toBe('第3位')
    expect(ordinal('ru', 3)).toBe('3-й')
  })
})

describe('where the delegation stands', () => {
  it('is read from the view alone', () => {
    const room = queueOf('CHE', 'MEX', 'FRA')
    room.tablet('MEX', { type: 'request-floor', kind: 'right-of-reply' })
    const status = tabletStatusOf(room.view('delegate', 'MEX'))
    expect(status.requests.map((r) => [r.entry.kind, r.place])).toEqual([
      ['statement', 2],
      ['right-of-reply', 4],
    ])
    expect(status.next).toBe(false)
    expect([...status.waitingKinds]).toEqual(['statement', 'right-of-reply'])
  })

  it('has its forecast slip while the speaker runs over or the timer is paused', () => {
    const room = queueOf('CHE', 'MEX')
    room.chair({ type: 'next' })
    const view = room.view('delegate', 'MEX')
    const entry = view.queue[0]!
    expect(liveForecast(view, entry, room.now + 60_000)?.expectedStartAt).toBe(entry.expectedStartAt) // within the guideline
    expect(liveForecast(view, entry, room.now + 200_000)?.expectedStartAt).toBe(entry.expectedStartAt! + 20_000) // 20 s over

    room.chair({ type: 'pause-timer' })
    const paused = room.view('delegate', 'MEX')
    expect(liveForecast(paused, paused.queue[0]!, room.now + 30_000)?.expectedStartAt).toBe(paused.queue[0]!.expectedStartAt! + 30_000)
  })
})

describe('the turn alert', () => {
  function fakeAudio() {
    const started: number[] = []
    const param = () => ({ setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() })
    const context = {
      currentTime: 0,
      destination: {},
      resume: vi.fn(() => Promise.resolve()),
      createGain: () => ({ gain: param(), connect: (node: unknown) => node }),
      createOscillator: () => {
        const frequency = param()
        return {
          type: 'sine',
          frequency,
          connect: (node: unknown) => node,
          start: () => started.push(frequency.setValueAtTime.mock.calls[0]?.[0] as number),
          stop: vi.fn(),
        }
      },
    }
    return { context: context as unknown as AudioContext, started }
  }

  it('makes no sound before the opt-in, a preview on it, a chime and a vibration on the turn', () => {
    const { context, started } = fakeAudio()
    const vibrate = vi.fn(() => true)
    const alerter = createAlerter({ createAudioContext: () => context, vibrate })
    alerter.ring()
    expect(started).toEqual([])
    expect(vibrate).not.toHaveBeenCalled()

    alerter.enable()
    expect(started).toHaveLength(1)
    alerter.ring()
    expect(started).toHaveLength(4)
    expect(vibrate).toHaveBeenLastCalledWith([250, 120, 250, 120, 400])
  })

  it('does without audio or vibration where the device has none', () => {
    const alerter = createAlerter({ createAudioContext: null, vibrate: null })
    expect(() => {
      alerter.enable()
      alerter.ring()
    }).not.toThrow()
  })
})

describe('the tablet’s link', () => {
  it('moves its token to the device’s storage, so it survives a browser restart', () => {
    const storage = new MemoryStorage()
    const history = { state: null, replaceState: vi.fn() }
    const fromLink = takeToken('delegate', { hash: '#token=abc', pathname: '/delegate', search: '' }, storage, history)
    expect(fromLink).toBe('abc')
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/delegate')
    // The next start opens /delegate without the fragment.
    expect(takeToken('delegate', { hash: '', pathname: '/delegate', search: '' }, storage, history)).toBe('abc')
  })

  it('moves the time-permitting line the same way on every screen while a speaker runs over', () => {
    const room = new Room(undefined, Date.parse('2017-06-19T12:50:00+02:00'))
    room.chair({ type: 'set-segment', segmentId: 'panel-1' })
    room.request('MEX', 'CHE', 'TUR')
    room.chair({ type: 'next' }) // Mexico speaks from 12:50; Switzerland expected at 12:53, Türkiye at 12:56
    const view = room.view('display')
    expect(liveQueue(view, room.now).map((e) => e.timePermitting)).toEqual([false, false])
    // Mexico runs five minutes over: Türkiye now falls after 13:00.
    const late = liveQueue(view, room.now + 8 * 60_000)
    expect(late.map((e) => e.timePermitting)).toEqual([false, true])
    expect(late[0]!.expectedStartAt).toBe(view.queue[0]!.expectedStartAt! + 5 * 60_000)
  })
})
