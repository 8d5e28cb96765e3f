import { execFile, spawn } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { connect, createServer } from 'node:net'
import { tmpdir, userInfo } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'

/**
 * Real PostgreSQL and Redis for the tests of several nodes (PROTOCOL.md
 * section 8): each in a temporary folder, on a free loopback port, stopped by
 * the pid this module started and by nothing broader. `stop` and `start` make
 * an outage: the same port and the same data come back.
 */
export interface Engine {
  /** The connection string (PostgreSQL: its `postgres` database; take one of your own with `freshDatabase`). */
  readonly url: string
  readonly port: number
  /** The running server's pid (it changes across `stop` and `start`). */
  readonly pid: number
  /** Stops the server and resolves once its process is gone and its port closed; nothing when it is stopped. */
  stop(): Promise<void>
  /** Starts it again on the same port with the same data; nothing when it runs. */
  start(): Promise<void>
  /** Stops it and deletes its folder at once (otherwise the folder goes when the process exits). */
  remove(): Promise<void>
}

/** A new, empty database with a random name on that PostgreSQL, and its connection string: one per test, so tests never see each other's data. */
export async function freshDatabase(postgres: Engine): Promise<string> {
  const name = `floor_${Math.random().toString(36).slice(2, 12)}`
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

/** A port nobody listens on right now, on the loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))))
    })
  })
}

export async function startPostgres(): Promise<Engine> {
  const bin = postgresBin()
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'floor-pg-'))
  folders.add(dir)
  const data = join(dir, 'data')
  // initdb refuses root: as root the cluster belongs to the postgres user, who must own the folder.
  const asRoot = userInfo().uid === 0
  if (asRoot) chownSync(dir, Number(await run('id', ['-u', 'postgres'])), Number(await run('id', ['-g', 'postgres'])))
  const asPostgres = (program: string, args: string[]) =>
    asRoot ? run('su', ['postgres', '-s', '/bin/sh', '-c', [program, ...args].map(quoted).join(' ')]) : run(program, args)
  await asPostgres(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8'])
  // fsync off: a test machine's power never fails, and the tests run faster; commits stay synchronous.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`
  let pid = 0
  const start = async () => {
    if (alive(pid)) return
    await asPostgres(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', 'start']).catch((error: Error) => {
      throw new Error(`PostgreSQL did not start: ${error.message}\n${tail(join(dir, 'log'))}`)
    })
    pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0])
    running.set(pid, 'SIGQUIT')
  }
  // SIGINT is PostgreSQL's fast shutdown: it ends the sessions at once instead of waiting for them.
  const stop = () => stopPid(pid, 'SIGINT', port)
  await start()
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    get pid() {
      return pid
    },
    start,
    stop,
    remove: () => removeFolder(dir, stop),
  }
}

export async function startRedis(): Promise<Engine> {
  await run('redis-server', ['--version']).catch(() => {
    throw new Error('redis-server is not installed: apt-get install redis-server (.ci/run does it)')
  })
  const port = await freePort()
  const dir = mkdtempSync(join(tmpdir(), 'floor-redis-'))
  folders.add(dir)
  const pidFile = join(dir, 'redis.pid')
  let pid = 0
  const start = async () => {
    if (alive(pid)) return
    rmSync(pidFile, { force: true })
    // Nothing to keep: what crosses Redis is in the store already.
    await run('redis-server', ['--daemonize', 'yes', '--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no',
      '--pidfile', pidFile, '--logfile', join(dir, 'log'), '--dir', dir])
    await waitUntil(`Redis on port ${port}`, async () => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() !== '' && (await portOpen(port)))
    pid = Number(readFileSync(pidFile, 'utf8').trim())
    running.set(pid, 'SIGKILL')
  }
  const stop = () => stopPid(pid, 'SIGTERM', port)
  await start()
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    get pid() {
      return pid
    },
    start,
    stop,
    remove: () => removeFolder(dir, stop),
  }
}

/** The pids this module started and still runs, with the signal that ends each at once, and its folders: both go when the process ends. */
const running = new Map<number, NodeJS.Signals>()
const folders = new Set<string>()
function leave(): void {
  for (const [pid, signal] of running) if (alive(pid)) process.kill(pid, signal)
  running.clear()
  if (folders.size === 0) return
  // By a process of its own: the test process may be killed before a folder of thousands of files is gone,
  // and a server just signalled may still be writing for a moment.
  spawn('sh', ['-c', 'sleep 1; rm -rf -- "$@"', 'sh', ...folders], { detached: true, stdio: 'ignore' }).unref()
  folders.clear()
}
process.once('exit', leave)
// Vitest ends its workers with SIGTERM, which skips 'exit': clean up, then end as the signal would have.
process.once('SIGTERM', () => {
  leave()
  process.kill(process.pid, 'SIGTERM')
})

async function stopPid(pid: number, signal: NodeJS.Signals, port: number): Promise<void> {
  if (alive(pid)) process.kill(pid, signal)
  await waitUntil(`pid ${pid} to end`, async () => !alive(pid) && !(await portOpen(port)))
  running.delete(pid)
}

async function removeFolder(dir: string, stop: () => Promise<void>): Promise<void> {
  await stop()
  rmSync(dir, { recursive: true, force: true })
  folders.delete(dir)
}

/** PostgreSQL's programs: FLOOR_PG_BIN, or Debian's newest installed version. */
function postgresBin(): string {
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : []
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0]
  const bin = process.env.FLOOR_PG_BIN ?? (newest ? join(root, newest, 'bin') : join(root, '15', 'bin'))
  if (!existsSync(join(bin, 'initdb')) || !existsSync(join(bin, 'pg_ctl'))) {
    throw new Error(`PostgreSQL is not installed: no initdb in ${bin}; apt-get install postgresql (.ci/run does it) or set FLOOR_PG_BIN`)
  }
  return bin
}

/** Running and not a zombie: an ended daemon whose parent has not reaped it counts as stopped. */
function alive(pid: number): boolean {
  if (pid <= 0) return false
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** Polls a process outside this one (nothing to await there) every 20 ms, for at most 30 s. */
async function waitUntil(what: string, done: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 30_000
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

function run(program: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(program, args, { timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${program} failed: ${error.message}${stderr ? `\n${stderr}` : ''}`))
      else resolve(stdout.trim())
    })
  })
}

const quoted = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`

function tail(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-6).join('\n') : ''
}
