// PostgreSQL 15 and Redis for the cluster suite, each a child of the benchmark
// on a free loopback port in a temporary folder, registered with `track` so
// that every way out of the run (its `finally`, Ctrl+C) stops them by PID.
// Unlike the tests' engines (test/support/engines.ts, fsync off for speed),
// PostgreSQL keeps its production settings: fsync and synchronous_commit on,
// since what the suite measures is what a durable commit costs.
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { chownSync, existsSync, readdirSync } from 'node:fs'
import { userInfo } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { freePort, sleep, tempDir, track } from './processes'

export interface BenchEngine {
  process: ChildProcess
  url: string
  /** Ends it the way it ends soonest without damage (PostgreSQL's fast shutdown), SIGKILL if it lingers. */
  stop(): Promise<void>
}

export async function startPostgres(): Promise<BenchEngine> {
  const bin = postgresBin()
  const dir = tempDir('postgres')
  const data = join(dir, 'data')
  // initdb and postgres refuse root: as root, they run as the postgres user, who owns the folder.
  const owner = userInfo().uid === 0 ? { uid: Number(await run('id', ['-u', 'postgres'])), gid: Number(await run('id', ['-g', 'postgres'])) } : {}
  if (owner.uid !== undefined) chownSync(dir, owner.uid, owner.gid!)
  await run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'], { cwd: dir, ...owner })
  const port = await freePort()
  const child = track(
    spawn(join(bin, 'postgres'), ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=on', '-c', 'synchronous_commit=on'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
      ...owner,
    }),
  )
  const output = keepTail(child)
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`
  await until('PostgreSQL', child, output, async () => {
    const client = new pg.Client({ connectionString: url })
    try {
      await client.connect()
      await client.query('SELECT 1')
      return true
    } catch {
      return false
    } finally {
      await client.end().catch(() => {})
    }
  })
  return { process: child, url, stop: () => end(child, 'SIGINT') }
}

export async function startRedis(): Promise<BenchEngine> {
  const dir = tempDir('redis')
  const port = await freePort()
  // In the foreground, nothing saved: what crosses Redis is in PostgreSQL already.
  const child = track(
    spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  )
  const output = keepTail(child)
  await until('Redis', child, output, async () => /Ready to accept connections/.test(output()))
  return { process: child, url: `redis://127.0.0.1:${port}`, stop: () => end(child, 'SIGTERM') }
}

/** A new, empty database on that PostgreSQL, and its connection string. */
export async function freshDatabase(postgres: BenchEngine, name = 'floor_bench'): Promise<string> {
  const client = new pg.Client({ connectionString: postgres.url })
  await client.connect()
  try {
    await client.query(`CREATE DATABASE ${name}`)
  } finally {
    await client.end()
  }
  const url = new URL(postgres.url)
  url.pathname = `/${name}`
  return url.toString()
}

/** PostgreSQL's programs: FLOOR_PG_BIN, or Debian's newest installed version. */
function postgresBin(): string {
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : []
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0]
  const bin = process.env.FLOOR_PG_BIN ?? join(root, newest ?? '15', 'bin')
  if (!existsSync(join(bin, 'initdb'))) throw new Error(`PostgreSQL is not installed: no initdb in ${bin} (set FLOOR_PG_BIN)`)
  return bin
}

function keepTail(child: ChildProcess): () => string {
  let output = ''
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8192))
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return () => output
}

/** Polls every 50 ms for at most 30 s; fails at once if the process ends. */
async function until(what: string, child: ChildProcess, output: () => string, ready: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 30_000
  while (!(await ready())) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${what} exited (${child.exitCode ?? child.signalCode}):\n${output()}`)
    if (Date.now() > deadline) throw new Error(`${what} not ready within 30 s:\n${output()}`)
    await sleep(50)
  }
}

async function end(child: ChildProcess, signal: NodeJS.Signals, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  process.kill(child.pid, signal)
  const timer = setTimeout(() => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) process.kill(child.pid, 'SIGKILL')
  }, graceMs)
  await exited
  clearTimeout(timer)
}

function run(program: string, args: string[], how: { cwd?: string; uid?: number; gid?: number } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(program, args, { timeout: 60_000, ...how }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${program} failed: ${error.message}${stderr ? `\n${stderr}` : ''}`))
      else resolve(stdout.trim())
    })
  })
}
