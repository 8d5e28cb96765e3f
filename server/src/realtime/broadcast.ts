import type { Server } from 'socket.io'
import { viewFor, type MeetingState } from '@floor/shared'

export const rooms = {
  chair: 'chair',
  display: 'display',
  delegation: (delegationId: string) => `delegation:${delegationId}`,
}

/**
 * Sends every connected client the whole view of its role. Each room gets one
 * emit, so Socket.IO encodes each view once however many sockets hold it.
 */
export function broadcastState(io: Server, state: MeetingState, now: number): void {
  const socketRooms = io.of('/').adapter.rooms
  if (socketRooms.has(rooms.display)) io.to(rooms.display).emit('state', viewFor(state, 'display', undefined, now))
  if (socketRooms.has(rooms.chair)) io.to(rooms.chair).emit('state', viewFor(state, 'chair', undefined, now))
  sendDelegateViews(io, state, now)
}

/**
 * Tablets' views differ only in whose they are (`delegationId`, the last
 * field), yet each delegation is a room of its own: one emit per room would
 * build and JSON-encode the whole list two hundred times per change, which the
 * benchmark (bench/) found to be most of the server's time under a room of
 * tablets. So the view is built and encoded once, and each delegation's packet
 * is that text with its id appended, written to the engine.io connection as a
 * Socket.IO (protocol 5) event packet: `2["state",{...}]`, exactly what
 * `emit('state', view)` would send. Fine for this single-process server; with
 * a cluster adapter, delegates would need the adapter's broadcast again.
 */
function sendDelegateViews(io: Server, state: MeetingState, now: number): void {
  const sockets = io.of('/').sockets
  let head: string | undefined
  for (const [room, members] of io.of('/').adapter.rooms) {
    if (!room.startsWith('delegation:')) continue
    head ??= `2["state",${JSON.stringify(viewFor(state, 'delegate', undefined, now)).slice(0, -1)},"delegationId":`
    const packet = `${head}${JSON.stringify(room.slice('delegation:'.length))}}]`
    for (const id of members) {
      const connection = sockets.get(id)?.conn
      if (connection?.readyState === 'open') connection.write(packet)
    }
  }
}

const pending = new WeakSet<Server>()

/**
 * At most one broadcast per turn of the event loop, made once the commands
 * that arrived together are all applied and acknowledged. Views are whole, so
 * the last one supersedes the others: under a burst (two hundred tablets at
 * once) the fan-out is paid once per burst instead of once per command, and a
 * quiet room sees no difference.
 */
export function scheduleBroadcast(io: Server, state: () => MeetingState, now: () => number): void {
  if (pending.has(io)) return
  pending.add(io)
  setImmediate(() => {
    pending.delete(io)
    broadcastState(io, state(), now())
  })
}
