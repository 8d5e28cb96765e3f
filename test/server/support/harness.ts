import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { io as connect, type Socket } from 'socket.io-client'
import type { Ack, Command, MeetingDocument, StateView } from '@floor/shared'
import { createServer, type FloorServer, type ServerDeps } from '../../../server/src/createServer'
import type { EventStore } from '../../../server/src/store/eventStore'
import { memoryStore } from '../../support/memoryStore'
import { smallMeeting } from '../../support/smallMeeting'

export const chairToken = 'chair-token-for-tests'
export const adminToken = 'admin-token-for-tests-0123456789'

export interface Harness {
  server: FloorServer
  url: string
  store: EventStore
  /** A client of that role: the chair token, a tablet's token, or none for a display. */
  client(token?: string): Promise<Client>
  /** Issues a tablet token for a delegation and connects a tablet with it. */
  tablet(delegationId: string): Promise<Client>
  close(): Promise<void>
}

export interface Client {
  socket: Socket
  /** The latest `state` received. */
  state: StateView
  send(command: Partial<Command> & { type: string } | unknown): Promise<Ack>
  /** Resolves with the first `state` that satisfies the predicate (the current one included). */
  waitFor(predicate: (state: StateView) => boolean): Promise<StateView>
  clock(): Promise<number>
}

export async function startServer(
  options: { meeting?: MeetingDocument; store?: EventStore; now?: () => number } & Partial<Omit<ServerDeps, 'seed'>> = {},
): Promise<Harness> {
  const store = options.store ?? memoryStore()
  const server = await createServer({
    clientDir: join(tmpdir(), 'floor-no-client'),
    chairToken,
    adminToken,
    ...options,
    store,
    seed: () => options.meeting ?? smallMeeting,
  })
  const address = await server.listen(0, '127.0.0.1')
  const url = `http://127.0.0.1:${address.port}`
  const clients: Socket[] = []
  const harness: Harness = {
    server,
    url,
    store,
    client: async (token) => {
      const client = await connectClient(url, token)
      clients.push(client.socket)
      return client
    },
    tablet: async (delegationId) => {
      const chair = await harness.client(chairToken)
      const ack = await chair.send({ type: 'issue-token', delegationId })
      if (!ack.ok || typeof ack.token !== 'string') throw new Error(`no token for ${delegationId}`)
      chair.socket.disconnect()
      return harness.client(ack.token)
    },
    close: async () => {
      for (const socket of clients) socket.disconnect()
      await server.close()
    },
  }
  return harness
}

export function connectClient(
  url: string,
  token?: string,
  options: { reconnection?: boolean; meetingId?: string; extraHeaders?: Record<string, string> } = {},
): Promise<Client> {
  const socket = connect(url, {
    auth: { ...(token === undefined ? {} : { token }), ...(options.meetingId === undefined ? {} : { meetingId: options.meetingId }) },
    transports: ['websocket'],
    ...(options.extraHeaders ? { extraHeaders: options.extraHeaders } : {}),
    reconnection: options.reconnection ?? false,
    forceNew: true,
  })
  return new Promise((resolve, reject) => {
    const waiters = new Set<{ predicate: (s: StateView) => boolean; resolve: (s: StateView) => void }>()
    socket.once('connect_error', (error) => reject(error))
    socket.on('state', (state: StateView) => {
      const first = client.state === undefined
      client.state = state
      for (const waiter of waiters) {
        if (waiter.predicate(state)) {
          waiters.delete(waiter)
          waiter.resolve(state)
        }
      }
      if (first) resolve(client)
    })
    const client: Client = {
      socket,
      state: undefined as unknown as StateView,
      send: (command) => socket.timeout(10_000).emitWithAck('command', command) as Promise<Ack>,
      waitFor: (predicate) =>
        new Promise((done) => {
          if (client.state && predicate(client.state)) return done(client.state)
          waiters.add({ predicate, resolve: done })
        }),
      clock: () => socket.timeout(10_000).emitWithAck('clock') as Promise<number>,
    }
  })
}

/** A temporary data folder, removed by the returned function. */
export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'floor-test-'))
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
