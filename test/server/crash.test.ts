import { afterEach, describe, expect, it } from 'vitest'
import { expectAccepted } from '../support/expectAccepted'
import type { Ack, StateView } from '@floor/shared'
import { connectClient, tempDataDir, type Client } from './support/harness'
import { kill, startChildServer, type ChildServer } from './support/childServer'

const chairToken = 'crash-test-chair-token-0123456789'
const data = tempDataDir()
let server: ChildServer | undefined
const clients: Client[] = []

afterEach(async () => {
  for (const client of clients.splice(0)) client.socket.disconnect()
  if (server) await kill(server, 'SIGKILL')
  data.remove()
})

async function client(url: string, token?: string): Promise<Client> {
  const connected = await connectClient(url, token, { reconnection: true })
  clients.push(connected)
  return connected
}

/** The next `state` after the socket has reconnected. */
function resynced(client: Client): Promise<StateView> {
  return new Promise((resolve) => {
    client.socket.io.once('reconnect', () => client.socket.once('state', resolve))
  })
}

describe('a crash', () => {
  it('loses no acknowledged request: after SIGKILL and a restart everything is there, and clients resync', async () => {
    const env = { FLOOR_DATA_DIR: data.dir, FLOOR_CHAIR_TOKEN: chairToken, FLOOR_RATE_LIMIT: '100000/100000', PORT: '0' }
    server = await startChildServer(env)
    const chair = await client(server.url, chairToken)
    const display = await client(server.url)
    const issued = await chair.send({ type: 'issue-token', delegationId: 'MEX' })
    const tablet = await client(server.url, String(expectAccepted(issued).token))
    expect(tablet.state.delegationId).toBe('MEX')

    await chair.send({ type: 'set-segment', segmentId: 'panel-1' })
    await chair.send({ type: 'request-floor', delegationId: 'CHE' })
    await chair.send({ type: 'next' })
    await tablet.send({ type: 'request-floor' })
    const roster = (await (await fetch(`${server.url}/api/meeting`)).json()) as {
      delegations: Array<{ id: string; category: string }>
    }
    const states = roster.delegations.filter((d) => d.category === 'member-state' && !['CHE', 'MEX'].includes(d.id))
    expect(states.length).toBeGreaterThan(150)

    // A flood of placard requests, all in flight at once; the server dies after the first few dozen acks.
    const acked: Array<{ requestId: string; version: number }> = []
    let killed: Promise<number | null> | undefined
    const victim = server
    const flood = states.map((delegation) =>
      chair.send({ type: 'request-floor', delegationId: delegation.id }).then(
        (ack: Ack) => {
          if (ack.ok && !killed) {
            acked.push({ requestId: String(ack.requestId), version: ack.version })
            if (acked.length === 40) killed = kill(victim, 'SIGKILL')
          }
        },
        () => {}, // lost with the connection: never acknowledged, so no promise was made
      ),
    )
    await Promise.all(flood)
    expect(await killed).toBe(null)
    expect(acked.length).toBeGreaterThanOrEqual(40)
    const beforeCrash = display.state

    const chairBack = resynced(chair)
    const displayBack = resynced(display)
    const tabletBack = resynced(tablet)
    server = await startChildServer({ ...env, PORT: String(victim.port) })

    const [chairState, displayState, tabletState] = await Promise.all([chairBack, displayBack, tabletBack])
    const queueIds = chairState.queue.map((e) => e.requestId)
    const ackedIds = acked.map((a) => a.requestId)
    // Every acknowledged request is there, in the order acknowledged, behind Mexico's.
    expect(queueIds.slice(1, 1 + ackedIds.length)).toEqual(ackedIds)
    expect(chairState.queue[0]?.delegationId).toBe('MEX')
    expect(chairState.version).toBeGreaterThanOrEqual(Math.max(...acked.map((a) => a.version)))
    // The floor and its running timer are intact.
    expect(displayState.floor).toEqual(beforeCrash.floor)
    expect(displayState.floor?.timer.runningSince).not.toBeNull()
    expect(displayState.floor?.delegationId).toBe('CHE')
    // The tablet's token still works, and its request is untouched.
    expect(tabletState).toMatchObject({ role: 'delegate', delegationId: 'MEX' })
    expect(tabletState.queue[0]?.requestId).toBe(beforeCrash.queue[0]?.requestId)
  })

  it.each(['SIGTERM', 'SIGINT'] as const)('shuts down cleanly on %s', async (signal) => {
    server = await startChildServer({ FLOOR_DATA_DIR: data.dir, FLOOR_CHAIR_TOKEN: chairToken, PORT: '0' })
    const display = await client(server.url)
    const gone = new Promise((resolve) => display.socket.once('disconnect', resolve))
    expect(await kill(server, signal)).toBe(0)
    await gone
  })
})
