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
  for (const room of socketRooms.keys()) {
    if (!room.startsWith('delegation:')) continue
    const delegationId = room.slice('delegation:'.length)
    io.to(room).emit('state', viewFor(state, 'delegate', delegationId, now))
  }
}
