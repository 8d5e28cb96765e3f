import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createRequire } from 'node:module'
import { createServer as createNetServer, type AddressInfo } from 'node:net'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Ack, StateView } from '@floor/shared'
import { exitStatus } from '../../server/src/startupProblems'
import { postgresStore } from '../../server/src/store/postgresStore'
import { expectAccepted } from '../support/expectAccepted'
import { freshDatabase, startPostgres, startRedis, type Engine } from '../support/engines'
import { smallMeeting } from '../support/smallMeeting'
import { kill, startChildServer, type ChildServer } from './support/childServer'
import { chairToken, connectClient, startServer, tempDataDir, type Client, type Harness } from './support/harness'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const tsx = createRequire(import.meta.url).resolve('tsx')

// Real engines on free ports in a temporary folder, for the whole file (PROTOCOL.md section 8).
let postgres: Engine
let redis: Engine
beforeAll(async () => {
  ;[postgres, redis] = await Promise.all([startPostgres(), startRedis()])
})
afterAll(async () => {
  await Promise.all([postgres?.remove(), redis?.remove()])
})

const nodes: Harness[] = []
const children: ChildServer[] = []
const clients: Client[] = []
const folders: Array<() => void> = []
afterEach(async () => {
  for (const client of clients.splice(0)) client.socket.disconnect()
  await Promise.all(nodes.splice(0).map((node) => node.close()))
  await Promise.all(children.splice(0).map((child) => kill(child, 'SIGKILL')))
  for (const remove of folders.splice(0)) remove()
  // A test that stopped an engine leaves it running for the next.
  await Promise.all([postgres.start(), redis.start()])
})

/** Two nodes in this process, on one fresh database and the file's Redis. */
async function twoNodes(): Promise<[Harness, Harness]> {
  const url = await freshDatabase(postgres)
  const node = async () => {
    const harness = await startServer({ store: await postgresStore(url), redisUrl: redis.url, meeting: smallMeeting })
    nodes.push(harness)
    return harness
  }
  const first = await node()
  return [first, await node()]
}

async function client(url: string, token?: string, reconnection = false): Promise<Client> {
  const connected = await connectClient(url, token, { reconnection })
  clients.push(connected)
  return connected
}

const queueOf = (state: StateView) => state.queue.map((entry) => entry.delegationId)

describe('several nodes on PostgreSQL and Redis', () => {
  it('shows a change made on one node on the other node’s displays, and a new display there gets it at once', async () => {
    const [a, b] = await twoNodes()
    const display = await client(b.url)
    const chair = await client(a.url, chairToken)
    expectAccepted(await chair.send({ type: 'set-segment', segmentId: 'panel-1' }))
    expectAccepted(await chair.send({ type: 'request-floor', delegationId: 'MEX' }))
    expect(queueOf(await display.waitFor((state) => queueOf(state).includes('MEX')))).toEqual(['MEX'])
    const late = await client(b.url)
    expect(queueOf(late.state)).toEqual(['MEX'])
  })

  it('keeps a tablet on another node current: its token, its place, the floor', async () => {
    const [a, b] = await twoNodes()
    const chair = await client(a.url, chairToken)
    expectAccepted(await chair.send({ type: 'set-segment', segmentId: 'panel-1' }))
    expectAccepted(await chair.send({ type: 'request-floor', delegationId: 'MEX' }))
    // Issued on node A, used at once on node B.
    const issued = expectAccepted(await chair.send({ type: 'issue-token', delegationId: 'CHE' }))
    const tablet = await client(b.url, String(issued.token))
    expect(tablet.state.delegationId).toBe('CHE')
    const asked = expectAccepted(await tablet.send({ type: 'request-floor' }))
    expect((await chair.waitFor((state) => state.version >= asked.version)).queue.map((e) => e.delegationId)).toEqual(['MEX', 'CHE'])
    const next = expectAccepted(await chair.send({ type: 'next' }))
    const seen = await tablet.waitFor((state) => state.version >= next.version)
    expect(seen.floor?.delegationId).toBe('MEX')
    expect(seen.queue.map((entry) => [entry.delegationId, entry.position])).toEqual([['CHE', 1]])
  })

  it('lets exactly one of two chairs on two nodes press Next on the same version', async () => {
    const [a, b] = await twoNodes()
    const chairA = await client(a.url, chairToken)
    expectAccepted(await chairA.send({ type: 'set-segment', segmentId: 'panel-1' }))
    expectAccepted(await chairA.send({ type: 'request-floor', delegationId: 'MEX' }))
    const last = expectAccepted(await chairA.send({ type: 'request-floor', delegationId: 'CHE' }))
    const chairB = await client(b.url, chairToken)
    await chairB.waitFor((state) => state.version === last.version)
    const acks = await Promise.all([
      chairA.send({ type: 'next', expectedVersion: last.version }),
      chairB.send({ type: 'next', expectedVersion: last.version }),
    ])
    expect(acks.filter((ack) => ack.ok)).toHaveLength(1)
    expect(acks.find((ack) => !ack.ok)).toMatchObject({ ok: false, error: { code: 'conflict' } })
    const settled = await chairB.waitFor((state) => state.version > last.version)
    expect(settled.floor?.delegationId).toBe('MEX')
    expect(queueOf(settled)).toEqual(['CHE'])
  })

  it('goes on while Redis is down: acknowledges only what is stored, the other node reads the log, and both hear each other again when it returns', async () => {
    const [a, b] = await twoNodes()
    const chairA = await client(a.url, chairToken)
    const chairB = await client(b.url, chairToken)
    const display = await client(b.url)
    expectAccepted(await chairA.send({ type: 'set-segment', segmentId: 'panel-1' }))
    await display.waitFor((state) => state.segment?.id === 'panel-1')

    await redis.stop()
    expectAccepted(await chairA.send({ type: 'request-floor', delegationId: 'MEX' }))
    // Without Redis, node B reads the log every two seconds: its display shows Mexico's request all the same.
    expect(queueOf(await display.waitFor((state) => queueOf(state).length > 0))).toEqual(['MEX'])
    // Had node B not read the log yet, deciding on its stale copy would lose the race for the version and catch up (groupCommit.test.ts).
    const fromB = expectAccepted(await chairB.send({ type: 'request-floor', delegationId: 'CHE' }))
    expect(queueOf(await chairB.waitFor((state) => state.version === fromB.version))).toEqual(['MEX', 'CHE'])

    await redis.start()
    // Node A's display and node B's hear of each other's changes again.
    expect(queueOf(await display.waitFor((state) => state.version >= fromB.version))).toEqual(['MEX', 'CHE'])
    const after = expectAccepted(await chairB.send({ type: 'request-floor', delegationId: 'TUR' }))
    expect(queueOf(await chairA.waitFor((state) => state.version === after.version))).toEqual(['MEX', 'CHE', 'TUR'])
  })

  it('refuses with internal while PostgreSQL is down, never acknowledging, and recovers by itself', async () => {
    const [a] = await twoNodes()
    const chair = await client(a.url, chairToken)
    expectAccepted(await chair.send({ type: 'set-segment', segmentId: 'panel-1' }))
    await postgres.stop()
    const refused = await chair.send({ type: 'request-floor', delegationId: 'MEX' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(queueOf(chair.state)).toEqual([])
    await postgres.start()
    const accepted = expectAccepted(await chair.send({ type: 'request-floor', delegationId: 'MEX' }))
    expect(queueOf(await chair.waitFor((state) => state.version === accepted.version))).toEqual(['MEX'])
  })
})

describe('a node killed with kill -9', () => {
  const token = 'cluster-test-chair-token-0123456789'

  async function childNode(databaseUrl: string, port = 0): Promise<ChildServer> {
    const data = tempDataDir()
    folders.push(data.remove)
    const child = await startChildServer({
      FLOOR_DATABASE_URL: databaseUrl,
      FLOOR_REDIS_URL: redis.url,
      FLOOR_CHAIR_TOKEN: token,
      FLOOR_RATE_LIMIT: '100000/100000',
      FLOOR_DATA_DIR: data.dir,
      PORT: String(port),
    })
    children.push(child)
    return child
  }

  it('loses no acknowledged request of a flood sent to both nodes, applies none twice, and agrees with the survivor once back', async () => {
    const url = await freshDatabase(postgres)
    const victim = await childNode(url)
    const survivor = await childNode(url)
    const chairs = [await client(victim.url, token, true), await client(survivor.url, token)]
    expectAccepted(await chairs[1]!.send({ type: 'set-segment', segmentId: 'panel-1' }))
    const roster = (await (await fetch(`${survivor.url}/api/meeting`)).json()) as { delegations: Array<{ id: string; category: string }> }
    const states = roster.delegations.filter((d) => d.category === 'member-state').map((d) => d.id)
    expect(states.length).toBeGreaterThan(150)

    const acked: string[] = []
    let killed: Promise<number | null> | undefined
    const flood = states.map((delegationId, index) =>
      chairs[index % 2]!.send({ type: 'request-floor', delegationId }).then(
        (ack: Ack) => {
          if (ack.ok) acked.push(String(ack.requestId))
          if (acked.length === 40) killed ??= kill(victim, 'SIGKILL')
        },
        () => {}, // lost with the connection: never acknowledged, so no promise was made
      ),
    )
    await Promise.all(flood)
    expect(await killed).toBe(null)

    const survivorView = await client(survivor.url, token)
    const queued = survivorView.state.queue.map((entry) => entry.requestId)
    for (const requestId of acked) expect(queued).toContain(requestId)
    expect(new Set(queued).size).toBe(queued.length)
    expect(new Set(queueOf(survivorView.state)).size).toBe(queued.length)

    const back = await childNode(url, victim.port)
    const backView = await client(back.url, token)
    expect(backView.state.version).toBe(survivorView.state.version)
    // The same list, in the same order (each node computes the expected times at its own moment).
    expect(backView.state.queue.map((entry) => entry.requestId)).toEqual(queued)
  })
})

describe('a node that cannot reach its engines at start', () => {
  /** Starts the real entry point and waits for it to exit by itself. */
  async function failedStart(env: Record<string, string>): Promise<{ status: number | null; stderr: string }> {
    const data = tempDataDir()
    folders.push(data.remove)
    const child = spawn(process.execPath, ['--import', tsx, join(root, 'server/src/main.ts')], {
      cwd: root,
      env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', FLOOR_DATA_DIR: data.dir, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const [status] = await once(child, 'exit')
    return { status: status as number | null, stderr }
  }

  it('stops with one line and status 6 when PostgreSQL does not answer, without printing the password', async () => {
    const port = await closedPort()
    const { status, stderr } = await failedStart({ FLOOR_DATABASE_URL: `postgres://floor:s3cret-word@127.0.0.1:${port}/floor` })
    expect(status).toBe(exitStatus.unreachable)
    expect(stderr.trim()).toMatch(/^Floor cannot start: the database postgres:\/\/floor:\*\*\*@127\.0\.0\.1:\d+\/floor cannot be used: nothing answers/)
    expect(stderr).not.toContain('s3cret-word')
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })

  it('stops with one line and status 6 when Redis does not answer', async () => {
    const port = await closedPort()
    const { status, stderr } = await failedStart({
      FLOOR_DATABASE_URL: await freshDatabase(postgres),
      FLOOR_REDIS_URL: `redis://127.0.0.1:${port}`,
    })
    expect(status).toBe(exitStatus.unreachable)
    expect(stderr.trim()).toMatch(/^Floor cannot start: Redis at redis:\/\/127\.0\.0\.1:\d+ cannot be reached \(ECONNREFUSED\)$/)
  })
})

/** A loopback port nobody listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}
