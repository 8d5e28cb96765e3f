import type { Actor } from '../domain/model'
import type { DomainEvent } from '../domain/events'
import type { Ack } from './acks'
import type { Command } from './commands'
import type { StateView } from './state'

/**
 * The Socket.IO events of the protocol (PROTOCOL.md sections 3 and 4), typing
 * `Server<…>` on the server and `Socket<…>` in the clients. What arrives is
 * still parsed with zod at each end: these types describe the well-behaved peer.
 */
export interface ServerToClientEvents {
  /** The whole view of the client's role, after it connects and after every accepted change. */
  state: (view: StateView) => void
}

export interface ClientToServerEvents {
  /** A command; the acknowledgement says whether it is durable (`ok: true`) or why not. */
  command: (command: Command, ack: (ack: Ack) => void) => void
  /** The server's current epoch ms, for the client's clock offset. */
  clock: (ack: (serverTime: number) => void) => void
}

/** Events between the nodes of one cluster; none yet. */
/**
 * Between the nodes of a cluster (PROTOCOL.md section 8), through the Redis
 * adapter: a meeting's events, as soon as they are committed, so every node
 * keeps its copy of the meeting current and updates its own clients.
 */
export interface InterServerEvents {
  appended: (meetingId: string, events: DomainEvent[]) => void
}

/** What the server keeps on each socket once its handshake is authorized. */
export interface SocketData {
  actor: Actor
  /** A delegate's token hash, so that a re-issued token sends the old tablets away. */
  tokenHash?: string
  /** The meeting this socket belongs to. */
  meetingId: string
}
