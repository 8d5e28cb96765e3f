// HAProxy in front of the nodes, as a deployment puts it: Debian's haproxy in
// the foreground with the project's own scripts/haproxy.cfg (docs/deploy.md),
// its addresses given through the environment as scripts/cluster-trial.sh
// gives them: the frontend and the status page on free ports, the two nodes
// as its two servers. The benchmark reads the status page (CSV) to know which
// node is up and how many connections each holds.
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { freePort, root, sleep, tempDir, track } from './processes'

export interface Haproxy {
  process: ChildProcess
  pid: number
  url: string
  /** The servers' names in the configuration, in the order of the nodes given. */
  names: string[]
  /** Each server's status (`UP`, `DOWN`, `UP 1/2`…) and current sessions, by name. */
  servers(): Promise<Map<string, { status: string; sessions: number }>>
  /** Resolves once that server has the status, polling every `everyMs`. */
  until(name: string, status: string, timeoutMs?: number, everyMs?: number): Promise<void>
  output(): string
}

export const haproxyBinary = process.env.HAPROXY ?? '/usr/sbin/haproxy'
export const haproxyConfig = join(root, 'scripts/haproxy.cfg')
/** The backend and its two servers in scripts/haproxy.cfg. */
const backend = 'floor_nodes'
const serverNames = ['node1', 'node2']

/** HAProxy in front of two nodes (their ports); resolves once it sees both up. */
export async function startHaproxy(nodePorts: [number, number]): Promise<Haproxy> {
  const dir = tempDir('haproxy')
  const [port, statsPort] = [await freePort(), await freePort()]
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    FLOOR_LB_BIND: `127.0.0.1:${port}`,
    FLOOR_LB_STATS: `127.0.0.1:${statsPort}`,
    FLOOR_NODE1: `127.0.0.1:${nodePorts[0]}`,
    FLOOR_NODE2: `127.0.0.1:${nodePorts[1]}`,
  }
  // -db: stay in the foreground, so the PID is HAProxy's own and killing it stops it.
  const child = track(spawn(haproxyBinary, ['-db', '-f', haproxyConfig], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] }))
  let output = ''
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8192))
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code, signal) => reject(new Error(`haproxy exited (${code ?? signal}):\n${output}`))),
  )
  exited.catch(() => {}) // raced only while starting

  const servers = async () => {
    const response = await fetch(`http://127.0.0.1:${statsPort}/;csv`)
    if (!response.ok) throw new Error(`HAProxy status page: ${response.status}`)
    const [header, ...lines] = (await response.text()).trim().split('\n')
    const columns = header!.replace(/^# /, '').split(',')
    const at = (name: string) => columns.indexOf(name)
    const out = new Map<string, { status: string; sessions: number }>()
    for (const line of lines) {
      const cells = line.split(',')
      if (cells[at('pxname')] !== backend || cells[at('svname')] === 'BACKEND') continue
      out.set(cells[at('svname')]!, { status: cells[at('status')]!, sessions: Number(cells[at('scur')]) })
    }
    return out
  }
  const until = async (name: string, status: string, timeoutMs = 30_000, everyMs = 50) => {
    const started = performance.now()
    for (;;) {
      const seen = await servers().catch(() => undefined)
      if (seen?.get(name)?.status === status) return
      if (performance.now() - started > timeoutMs) {
        throw new Error(`HAProxy: ${name} not ${status} within ${timeoutMs} ms (${seen?.get(name)?.status ?? 'no status page'})\n${output}`)
      }
      await sleep(everyMs)
    }
  }
  if (child.pid === undefined) throw new Error(`haproxy did not start:\n${output}`)
  const haproxy: Haproxy = {
    process: child,
    pid: child.pid,
    url: `http://127.0.0.1:${port}`,
    names: serverNames,
    servers,
    until,
    output: () => output,
  }
  await Promise.race([Promise.all(serverNames.map((name) => until(name, 'UP'))), exited])
  return haproxy
}
