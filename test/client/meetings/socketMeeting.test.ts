// @vitest-environment node
import { createServer, type Server as HttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Server } from 'socket.io'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ConnectionStatus, FloorConnection } from '../../../client/src/net/floorConnection'
import { connectFloor } from '../../../client/src/net/socket'

/**
 * The socket's `auth: { token?, meetingId? }` (PROTOCOL.md section 7) against
 * a small Socket.IO server that knows two meetings and refuses any other with
 * `not_found`, as the real one does.
 */
let http: HttpServer
let io: Server
let url: string
const handshakes: unknown[] = []
const opened: FloorConnection[] = []

beforeEach(async () => {
  handshakes.length = 0
  http = createServer()
  io = new Server(http)
  io.use((socket, next) => {
    const auth = socket.handshake.auth as { meetingId?: string }
    handshakes.push(auth)
    if (auth.meetingId === undefined || auth.meetingId === 'hrc-55') next()
    else next(new Error('not_found'))
  })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`
})

afterEach(async () => {
  for (const connection of opened.splice(0)) connection.close()
  await io.close()
})

function connect(token: string | null, meetingId?: string | null): FloorConnection {
  const connection = connectFloor({ token, meetingId, url })
  opened.push(connection)
  return connection
}

function statusOf(connection: FloorConnection, wanted: ConnectionStatus) {
  return new Promise<unknown>((resolve) => {
    const stop = connection.onStatus((status, problem) => {
      if (status !== wanted) return
      stop()
      resolve(problem)
    })
  })
}

describe('connecting to one meeting', () => {
  it('names the meeting in its auth, beside the token', async () => {
    await statusOf(connect('chair-of-hrc', 'hrc-55'), 'online')
    await statusOf(connect(null, 'hrc-55'), 'online')
    expect(handshakes).toEqual([{ token: 'chair-of-hrc', meetingId: 'hrc-55' }, { meetingId: 'hrc-55' }])
  })

  it('sends no meeting id for the default meeting, as a version-1 client', async () => {
    await statusOf(connect('chair-token', null), 'online')
    await statusOf(connect(null), 'online')
    expect(handshakes).toEqual([{ token: 'chair-token' }, {}])
  })

  it('reports a meeting the server does not have', async () => {
    const problem = await statusOf(connect(null, 'no-such'), 'offline')
    expect(problem).toEqual({ code: 'no_meeting', message: 'The server has no such meeting.' })
  })
})
