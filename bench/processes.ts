import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')

const children = new Set<ChildProcess>()
const tempDirs = new Set<string>()

/** Every child is registered, so the orchestrator's `finally` can kill each one by its PID. */
export function track<T extends ChildProcess>(child: T): T {
  children.add(child)
  child.once('exit', () => children.delete(child))
  return child
}

export function killAll(): void {
  for (const child of children) {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(child.pid, 'SIGKILL')
      } catch {
        // already gone between the check and the kill
      }
    }
  }
  children.clear()
}

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `floor-bench-${prefix}-`))
  tempDirs.add(dir)
  return dir
}

export function removeTempDirs(): void {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
  tempDirs.clear()
}

export interface ServerChild {
  process: ChildProcess
  pid: number
  port: number
  url: string
  /** The last few kilobytes the child printed, for error messages. */
  output(): string
  /**
   * Floor only: the `ms` of each "command accepted" log line, the server's own
   * time from parsing a command to its commit (fsync included), in order.
   * Clear it to start a measurement.
   */
  commandMs: number[]
}

export interface FloorOptions {
  dataDir: string
  chairToken: string
  /** The admin token, for benchmarks that create a second meeting. */
  adminToken?: string
  /** `burst/perSecond`; the server's default when absent. */
  rateLimit?: string
  /** A fixed port (recovery polls it before the server can say which one it took). */
  port?: number
  /** Extra flags for node, such as `--cpu-prof`. */
  nodeFlags?: string[]
  /** `FLOOR_DATABASE_URL` and `FLOOR_REDIS_URL`: a node of several (PROTOCOL.md section 8); unset: SQLite alone. */
  databaseUrl?: string
  redisUrl?: string
}

/** The real server, as `npm start` runs it: the bundled `server/dist/main.js`. */
export function spawnFloor(options: FloorOptions): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(options.port ?? 0),
    HOST: '127.0.0.1',
    FLOOR_DATA_DIR: options.dataDir,
    FLOOR_CHAIR_TOKEN: options.chairToken,
    FLOOR_ADMIN_TOKEN: options.adminToken ?? `${options.chairToken}-admin`,
    // Commands are logged at the default level `info`, as in production; the parent drains the pipe.
    LOG_LEVEL: 'info',
  }
  if (options.rateLimit) env.FLOOR_RATE_LIMIT = options.rateLimit
  else delete env.FLOOR_RATE_LIMIT
  if (options.databaseUrl) env.FLOOR_DATABASE_URL = options.databaseUrl
  else delete env.FLOOR_DATABASE_URL
  if (options.redisUrl) env.FLOOR_REDIS_URL = options.redisUrl
  else delete env.FLOOR_REDIS_URL
  return track(
    spawn(process.execPath, [...(options.nodeFlags ?? []), join(root, 'server/dist/main.js')], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  )
}

export async function startFloor(options: FloorOptions): Promise<ServerChild> {
  return started(spawnFloor(options), /Room display:\s+http:\/\/127\.0\.0\.1:(\d+)\/display/)
}

/** The minimal Socket.IO server that the fan-out is compared with. */
export async function startBaseline(payloadFile: string): Promise<ServerChild> {
  const child = track(
    spawn(process.execPath, [join(root, 'bench/baselineServer.mjs')], {
      cwd: root,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', BASELINE_PAYLOAD: payloadFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  )
  return started(child, /baseline listening on http:\/\/127\.0\.0\.1:(\d+)/)
}

/** Waits for the line that gives the port, keeping only the tail of the output afterwards. */
function started(child: ChildProcess, portLine: RegExp): Promise<ServerChild> {
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8192)
  }
  const commandMs: number[] = []
  let partial = ''
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) {
      if (!line.includes('"command accepted"')) continue
      const { ms, meeting } = JSON.parse(line) as { ms?: unknown; meeting?: unknown }
      // The measured meeting's commands only, not those of a neighbouring meeting.
      if (typeof ms === 'number' && meeting !== 'bench-neighbour') commandMs.push(ms)
    }
  })
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no port line within 60 s:\n${output}`)), 60_000)
    const onData = () => {
      const match = portLine.exec(output)
      if (!match || child.pid === undefined) return
      clearTimeout(timer)
      child.stdout?.off('data', onData)
      const port = Number(match[1])
      resolve({ process: child, pid: child.pid, port, url: `http://127.0.0.1:${port}`, output: () => output, commandMs })
    }
    child.stdout?.on('data', onData)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`server exited (${code ?? signal}) before listening:\n${output}`))
    })
  })
}

/** SIGTERM first (so a `--cpu-prof` profile is written), SIGKILL if it lingers. */
export async function stop(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  process.kill(child.pid, 'SIGTERM')
  const timer = setTimeout(() => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(child.pid, 'SIGKILL')
  }, graceMs)
  await exited
  clearTimeout(timer)
}

/** Resident memory of a process, from the kernel (Linux). */
export function rssKiB(pid: number): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  if (!match) throw new Error(`no VmRSS for ${pid}`)
  return Number(match[1])
}

/** CPU time a process has used so far (user + system, Linux, 10 ms resolution): robust where wall time is not. */
export function cpuMs(pid: number): number {
  // /proc/<pid>/stat: fields 14 and 15 (utime, stime) in clock ticks, counted after the parenthesized name.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
}

/** A port nobody listens on right now, on the loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
