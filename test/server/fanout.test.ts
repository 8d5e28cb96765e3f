import { afterEach, describe, expect, it, vi } from 'vitest'
import { Fanout, minRoundGapMs, roomsOf } from '../../server/src/realtime/broadcast'
import type { FloorIo } from '../../server/src/realtime/floorIo'
import { Room } from '../support/room'

afterEach(() => {
  vi.useRealTimers()
})

/** A Socket.IO server reduced to what the fan-out touches: one display in the meeting's display room. */
function serverWithOneDisplay(meetingId: string) {
  const sent: number[] = []
  const rooms = new Map([[roomsOf(meetingId).display, new Set(['display-socket'])]])
  const room = { to: () => ({ emit: (_event: string, view: { version: number }) => sent.push(view.version) }) }
  // Every node fans out to its own clients only (`io.local`).
  const io = { of: () => ({ adapter: { rooms }, sockets: new Map() }), local: room } as unknown as FloorIo
  return { io, sent }
}

describe('the fan-out under a stream of changes', () => {
  it('sends the first change at once, then at most one round per gap, always with the latest view', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setImmediate', 'performance'] })
    const room = new Room()
    const { io, sent } = serverWithOneDisplay(room.state.meeting.id)
    const fanout = new Fanout(io, room.state.meeting.id, () => room.state, () => room.now)

    fanout.change()
    await vi.advanceTimersByTimeAsync(0)
    expect(sent).toEqual([0])

    // Ten changes within a few milliseconds: one more round, after the gap, with the last of them.
    for (let i = 0; i < 10; i++) {
      room.chair({ type: 'add-delegation', name: `Stakeholder ${i}`, category: 'stakeholder' })
      fanout.change()
      await vi.advanceTimersByTimeAsync(1)
    }
    expect(sent).toEqual([0])
    await vi.advanceTimersByTimeAsync(minRoundGapMs)
    expect(sent).toEqual([0, 10])

    // After a pause, a change goes out at once again.
    await vi.advanceTimersByTimeAsync(1000)
    room.chair({ type: 'add-delegation', name: 'Late stakeholder', category: 'stakeholder' })
    fanout.change()
    await vi.advanceTimersByTimeAsync(0)
    expect(sent).toEqual([0, 10, 11])
  })
})
