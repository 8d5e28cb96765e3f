import { ownRequests, tabletView, viewFor, type Actor, type MeetingState } from '@floor/shared'
import type { FloorIo } from './floorIo'

/** The Socket.IO rooms of one meeting: its chair, its displays, and each delegation's tablets. */
export function roomsOf(meetingId: string) {
  const prefix = `meeting:${meetingId}:`
  return {
    prefix,
    chair: `${prefix}chair`,
    display: `${prefix}display`,
    interpreter: `${prefix}interpreter`,
    delegationPrefix: `${prefix}delegation:`,
    delegation: (delegationId: string) => `${prefix}delegation:${delegationId}`,
  }
}

/** The room whose views a client of that actor receives. */
export function roomOf(meetingId: string, actor: Actor): string {
  const rooms = roomsOf(meetingId)
  if (actor.role === 'delegate') return rooms.delegation(actor.delegationId)
  if (actor.role === 'interpreter') return rooms.interpreter
  return actor.role === 'chair' ? rooms.chair : rooms.display
}

/** The text of a `state` packet for one delegation: the shared part encoded once per change. */
function delegatePackets(state: MeetingState, now: number): (delegationId: string) => string {
  // Tablets' views (1.1) share everything but their own requests and whose
  // they are, so the shared part is JSON-encoded once and each delegation's
  // packet appends its few requests and its id, written to the engine.io
  // connection as the Socket.IO (protocol 5) event packet `2["state",{...}]`,
  // exactly what `emit('state', tabletView(...))` would send. Encoding the
  // whole view per delegation was most of the server's time under a room of
  // tablets (bench/). The packets go to this node's own tablets only, and so
  // do the screens' emits: with several nodes, each one hears of every change
  // (realtime/cluster.ts) and updates its own clients from its own copy.
  const whole = viewFor(state, 'display', undefined, now)
  const { queue: _list, ...rest } = tabletView(whole, '')
  const head = `2["state",${JSON.stringify({ ...rest, delegationId: undefined }).slice(0, -1)}`
  return (delegationId) =>
    `${head},"queue":${JSON.stringify(ownRequests(whole, delegationId))},"delegationId":${JSON.stringify(delegationId)}}]`
}

/** Tablets served before the fan-out yields to commands waiting in the event loop. */
export const tabletsPerSlice = 16

/**
 * Under a stream of changes, rounds begin at most this often (40 a second);
 * the first change after a pause goes out at once. Every round carries the
 * latest whole view, so what is skipped is only views already out of date.
 */
export const minRoundGapMs = 25

/**
 * Sends every client of one meeting the whole view of its role after changes. Three rules:
 * - at most one round per turn of the event loop, made once the commands that
 *   arrived together are applied and acknowledged: views are whole, so the
 *   last one supersedes the others, and a burst costs one fan-out;
 * - screens and the chair get theirs at once, one emit per room, so Socket.IO
 *   encodes each view once however many sockets hold it;
 * - tablets get theirs a slice at a time, yielding between slices, so a
 *   command that arrives meanwhile is committed and acknowledged without
 *   waiting for two hundred tablets to be written; a change in the middle of
 *   a round starts a new round with the newer view;
 * - under a stream of changes a new round begins at most every `minRoundGapMs`,
 *   so two hundred tablets are written forty times a second, not once per commit.
 */
export class Fanout {
  private changed = false
  private scheduled = false
  private lastRoundAt = Number.NEGATIVE_INFINITY
  private tablets: string[] = []
  private packetFor: ((delegationId: string) => string) | null = null
  private readonly rooms: ReturnType<typeof roomsOf>

  constructor(
    private readonly io: FloorIo,
    meetingId: string,
    private readonly state: () => MeetingState,
    private readonly now: () => number,
  ) {
    this.rooms = roomsOf(meetingId)
  }

  change(): void {
    this.changed = true
    this.schedule()
  }

  private schedule(): void {
    if (this.scheduled) return
    this.scheduled = true
    const wait = this.tablets.length > 0 ? 0 : this.lastRoundAt + minRoundGapMs - performance.now()
    if (wait > 0) setTimeout(() => this.run(), wait)
    else setImmediate(() => this.run())
  }

  private run(): void {
    this.scheduled = false
    const nsp = this.io.of('/')
    const { rooms } = this
    const startedAt = performance.now()
    if (this.changed && startedAt - this.lastRoundAt >= minRoundGapMs) {
      this.changed = false
      this.lastRoundAt = startedAt
      const state = this.state()
      const now = this.now()
      // Local: every node fans out to its own clients from its own copy of the meeting (realtime/cluster.ts).
      const local = this.io.local
      if (nsp.adapter.rooms.has(rooms.display)) local.to(rooms.display).emit('state', viewFor(state, 'display', undefined, now))
      if (nsp.adapter.rooms.has(rooms.chair)) local.to(rooms.chair).emit('state', viewFor(state, 'chair', undefined, now))
      if (nsp.adapter.rooms.has(rooms.interpreter)) local.to(rooms.interpreter).emit('state', viewFor(state, 'interpreter', undefined, now))
      this.tablets = [...nsp.adapter.rooms.keys()].filter((room) => room.startsWith(rooms.delegationPrefix))
      this.packetFor = this.tablets.length > 0 ? delegatePackets(state, now) : null
    }
    const slice = this.tablets.splice(0, tabletsPerSlice)
    for (const room of slice) {
      const packet = this.packetFor?.(room.slice(rooms.delegationPrefix.length))
      for (const id of nsp.adapter.rooms.get(room) ?? []) {
        const connection = nsp.sockets.get(id)?.conn
        if (packet && connection?.readyState === 'open') connection.write(packet)
      }
    }
    if (this.tablets.length > 0 || this.changed) this.schedule()
  }
}
