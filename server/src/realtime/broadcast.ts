import type { Server } from 'socket.io'
import { viewFor, type MeetingState } from '@floor/shared'

export const rooms = {
  chair: 'chair',
  display: 'display',
  delegation: (delegationId: string) => `delegation:${delegationId}`,
}

/** The text of a `state` packet for one delegation: built once per change, sent to every tablet. */
function delegatePackets(state: MeetingState, now: number): (delegationId: string) => string {
  // Tablets' views differ only in whose they are (`delegationId`, the last
  // field), so the view is built and JSON-encoded once and each delegation's
  // packet is that text with its id appended, written to the engine.io
  // connection as the Socket.IO (protocol 5) event packet `2["state",{...}]`,
  // exactly what `emit('state', view)` would send. Encoding it per delegation
  // was most of the server's time under a room of tablets (bench/). Fine for
  // this single-process server; a cluster adapter would need `emit` again.
  const head = `2["state",${JSON.stringify(viewFor(state, 'delegate', undefined, now)).slice(0, -1)},"delegationId":`
  return (delegationId) => `${head}${JSON.stringify(delegationId)}}]`
}

/** Tablets served before the fan-out yields to commands waiting in the event loop. */
export const tabletsPerSlice = 16

/**
 * Sends every client the whole view of its role after changes. Three rules:
 * - at most one round per turn of the event loop, made once the commands that
 *   arrived together are applied and acknowledged: views are whole, so the
 *   last one supersedes the others, and a burst costs one fan-out;
 * - screens and the chair get theirs at once, one emit per room, so Socket.IO
 *   encodes each view once however many sockets hold it;
 * - tablets get theirs a slice at a time, yielding between slices, so a
 *   command that arrives meanwhile is committed and acknowledged without
 *   waiting for two hundred tablets to be written; a change in the middle of
 *   a round starts a new round with the newer view.
 */
class Fanout {
  private changed = false
  private scheduled = false
  private tablets: string[] = []
  private packetFor: ((delegationId: string) => string) | null = null

  constructor(
    private readonly io: Server,
    private readonly state: () => MeetingState,
    private readonly now: () => number,
  ) {}

  change(): void {
    this.changed = true
    this.schedule()
  }

  private schedule(): void {
    if (this.scheduled) return
    this.scheduled = true
    setImmediate(() => this.run())
  }

  private run(): void {
    this.scheduled = false
    const nsp = this.io.of('/')
    if (this.changed) {
      this.changed = false
      const state = this.state()
      const now = this.now()
      if (nsp.adapter.rooms.has(rooms.display)) this.io.to(rooms.display).emit('state', viewFor(state, 'display', undefined, now))
      if (nsp.adapter.rooms.has(rooms.chair)) this.io.to(rooms.chair).emit('state', viewFor(state, 'chair', undefined, now))
      this.tablets = [...nsp.adapter.rooms.keys()].filter((room) => room.startsWith('delegation:'))
      this.packetFor = this.tablets.length > 0 ? delegatePackets(state, now) : null
    }
    const slice = this.tablets.splice(0, tabletsPerSlice)
    for (const room of slice) {
      const packet = this.packetFor?.(room.slice('delegation:'.length))
      for (const id of nsp.adapter.rooms.get(room) ?? []) {
        const connection = nsp.sockets.get(id)?.conn
        if (packet && connection?.readyState === 'open') connection.write(packet)
      }
    }
    if (this.tablets.length > 0 || this.changed) this.schedule()
  }
}

const fanouts = new WeakMap<Server, Fanout>()

/** Tells every client of this server that the meeting changed (see `Fanout`). */
export function scheduleBroadcast(io: Server, state: () => MeetingState, now: () => number): void {
  let fanout = fanouts.get(io)
  if (!fanout) {
    fanout = new Fanout(io, state, now)
    fanouts.set(io, fanout)
  }
  fanout.change()
}
