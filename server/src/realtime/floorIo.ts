import type { Server, Socket } from 'socket.io'
import type { ClientToServerEvents, InterServerEvents, ServerToClientEvents, SocketData } from '@floor/shared'

/** The Socket.IO server, typed by the protocol's events. */
export type FloorIo = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>
export type FloorSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>
