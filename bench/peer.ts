import { io, type Socket } from 'socket.io-client'
import type { Ack, Command, StateView } from '@floor/shared'

/** One client in the orchestrator's own process: the chair, a trigger, or a probe display. */
export interface Peer {
  socket: Socket
  /** The latest `state` and the byte size of its websocket message (socket.io packet plus engine.io type). */
  state: StateView
  stateBytes: number
  send(command: (Partial<Command> & { type: string }) | Record<string, unknown>): Promise<Ack>
  /** Resolves once a `state` of at least that version has arrived. */
  version(atLeast: number): Promise<StateView>
  close(): void
}

export function connectPeer(url: string, auth: Record<string, unknown> = {}): Promise<Peer> {
  const socket = io(url, { auth, transports: ['websocket'], forceNew: true, reconnection: false })
  const waiters = new Set<{ version: number; resolve: (state: StateView) => void }>()
  let lastMessageBytes = 0
  return new Promise((resolve, reject) => {
    socket.once('connect_error', reject)
    socket.io.on('open', () => {
      socket.io.engine.on('packet', (packet: { type: string; data?: unknown }) => {
        if (packet.type === 'message' && typeof packet.data === 'string') {
          lastMessageBytes = 1 + Buffer.byteLength(packet.data) // the engine.io "4" that frames it
        }
      })
    })
    const peer: Peer = {
      socket,
      state: undefined as unknown as StateView,
      stateBytes: 0,
      send: (command) => socket.timeout(30_000).emitWithAck('command', command) as Promise<Ack>,
      version: (atLeast) =>
        new Promise((done) => {
          if (peer.state && peer.state.version >= atLeast) return done(peer.state)
          waiters.add({ version: atLeast, resolve: done })
        }),
      close: () => socket.disconnect(),
    }
    socket.on('state', (state: StateView) => {
      const first = peer.state === undefined
      peer.state = state
      peer.stateBytes = lastMessageBytes
      for (const waiter of waiters) {
        if (state.version < waiter.version) continue
        waiters.delete(waiter)
        waiter.resolve(state)
      }
      if (first) resolve(peer)
    })
  })
}

/** A command that must succeed for the benchmark to mean anything. */
export async function must(peer: Peer, command: Record<string, unknown>): Promise<Ack & { ok: true }> {
  const ack = await peer.send(command)
  if (!ack.ok) throw new Error(`${String(command.type)} refused: ${ack.error.code} ${ack.error.message}`)
  return ack
}
