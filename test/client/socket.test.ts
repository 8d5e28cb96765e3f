// @vitest-environment node
import { createServer, type Server as HttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Server } from 'socket.io'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { StateView } from '@floor/shared'
import type { ClientError, ConnectionStatus, FloorConnection } from '../../client/src/net/floorConnection'
import { connectFloor } from '../../client/src/net/socket'
import { queueOf } from '../support/room'

/**
 * `connectFloor` against a small Socket.IO server that speaks the protocol's
 * wire format (PROTOCOL.md sections 2 to 4): auth by token, `state` on
 * connect, `clock` and `command` with acknowledgements.
 */
let http: HttpServer
let io: Server
let url: string
let serverTimeOffset = 0
const opened: FloorConnection[] = []
const view: StateView = queueOf('MEX', 'msf').view('display')

beforeEach(async () => {
  http = createServer()
  io = new Server(http)
  io.use((socket, next) => {
    const token: unknown = socket.handshake.auth.token
    if (token === undefined || token === 'chair-token') next()
    else next(new Error('unauthorized'))
  })
  io.on('connection', (socket) => {
    socket.emit('state', view)
    socket.on('clock', (...args: unknown[]) => {
      const ack = args.at(-1)
      if (typeof ack === 'function') ack(Date.now() + serverTimeOffset)
    })
    socket.on('command', (command: { type: string }, ack: (answer: unknown) => void) => {
      if (command.type === 'next') ack({ ok: true, version: view.version + 1 })
      else ack({ ok: false, error: { code: 'forbidden', message: 'The display may not do that.' } })
    })
  })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`
})

afterEach(async () => {
  for (const connection of opened.splice(0)) connection.close()
  await io.close()
})

function connect(token: string | null, at = url): FloorConnection {
  const connection = connectFloor({ token, url: at })
  opened.push(connection)
  return connection
}

function statusOf(connection: FloorConnection, wanted: ConnectionStatus): Promise<ClientError | undefined> {
  return new Promise((resolve) => {
    const stop = connection.onStatus((status, problem) => {
      if (status !== wanted) return
      stop()
      resolve(problem)
    })
  })
}

const firstState = (connection: FloorConnection) =>
  new Promise<StateView>((resolve) => {
    const stop = connection.onState((received) => {
      stop()
      resolve(received)
    })
  })

describe('connectFloor', () => {
  it('connects without a token as the display and receives the state', async () => {
    const connection = connect(null)
    expect(connection.status).toBe('connecting')
    const [received] = await Promise.all([firstState(connection), statusOf(connection, 'online')])
    expect(received).toEqual(view)
    expect(connection.status).toBe('online')
  })

  it('answers clock round trips with the server’s time', async () => {
    serverTimeOffset = 90_000
    const connection = connect(null)
    await statusOf(connection, 'online')
    const before = Date.now()
    const serverTime = await connection.requestServerTime()
    expect(serverTime - before).toBeGreaterThanOrEqual(90_000)
    expect(serverTime - Date.now()).toBeLessThanOrEqual(90_000)
  })

  it('passes acknowledgements through, refusals included', async () => {
    const connection = connect('chair-token')
    await statusOf(connection, 'online')
    expect(await connection.send({ type: 'next', expectedVersion: view.version })).toEqual({ ok: true, version: view.version + 1 })
    expect(await connection.send({ type: 'pause-timer' })).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'The display may not do that.' },
    })
  })

  it('ignores a state message that does not match the protocol', async () => {
    const connection = connect(null)
    const received: StateView[] = []
    connection.onState((v) => received.push(v))
    await statusOf(connection, 'online')
    const warn = console.warn
    console.warn = () => {}
    try {
      io.emit('state', { version: 'seven' })
      io.emit('state', view) // a marker: once it arrives, the one before was handled too
      await firstState(connection)
    } finally {
      console.warn = warn
    }
    expect(received).toEqual([view, view])
  })

  it('reports a refused token', async () => {
    const connection = connect('stolen')
    expect(await statusOf(connection, 'offline')).toEqual({ code: 'unauthorized', message: 'The server refused this link.' })
  })

  it('asks again by itself after a passing refusal (the server’s database out of reach)', async () => {
    let handshakes = 0
    io.use((_socket, next) => (++handshakes === 1 ? next(new Error('internal')) : next()))
    const connection = connectFloor({ token: null, url, retryRefusalAfterMs: 20 })
    opened.push(connection)
    expect(await statusOf(connection, 'offline')).toBeUndefined()
    await statusOf(connection, 'online')
    expect(handshakes).toBe(2)
  })

  it('does not send, and says so, while the server cannot be reached', async () => {
    const port = (http.address() as AddressInfo).port
    await io.close()
    const connection = connect(null, `http://127.0.0.1:${port}`)
    await statusOf(connection, 'offline')
    expect(await connection.send({ type: 'next' })).toMatchObject({ ok: false, error: { code: 'offline' } })
    await expect(connection.requestServerTime()).rejects.toThrow()
  })

  it('comes back by itself when the server sends it away', async () => {
    const connection = connect(null)
    await statusOf(connection, 'online')
    const back = statusOf(connection, 'online')
    const gone = statusOf(connection, 'offline')
    io.disconnectSockets()
    await gone
    await back
    expect(connection.status).toBe('online')
  })
})
