import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { root } from './processes'

export const suites = ['fanout', 'acks', 'recovery', 'sizes', 'ticks', 'firstload', 'cluster'] as const
export type Suite = (typeof suites)[number]

export interface Options {
  args: string[]
  only: Set<Suite>
  /** Display counts for the fan-out; 10,000 only with --with-10k. */
  sizes: number[]
  iterations: number
  /** Iterations at N >= 5,000, where each one is slower. */
  bigIterations: number
  warmup: number
  minGapMs: number
  waiting: number
  workers: number
  /** Handshakes in flight per worker when connecting. */
  concurrency: number
  settleMs: number
  tablets: number
  ackSeconds: number
  /** Each tablet's period in the paced run; 0 skips it. */
  ackPaceMs: number
  /** Whether to run the back-to-back loop (skipped with --ack-closed=0, to profile the paced one alone). */
  ackClosed: boolean
  /** FLOOR_RATE_LIMIT for the ack benchmark, so the loop measures the server, not the limiter. */
  ackRateLimit: string
  recoveryEvents: number[]
  recoveryTrials: number
  ticksSeconds: number
  chairToken: string
  /** Cluster (two nodes on PostgreSQL and Redis): displays on each node in the fan-out. */
  clusterDisplays: number
  clusterIterations: number
  /** Load processes per node's displays. */
  clusterWorkers: number
  /** Duration of the chair's back-to-back loop on PostgreSQL. */
  clusterAckSeconds: number
  /** Displays behind HAProxy when a node is killed, and how many kills. */
  failoverDisplays: number
  failoverTrials: number
  write: boolean
  profileDir: string | null
  profileFlags(suite: string, n?: number): string[]
}

const usage = `npm run bench -- [options]
  --quick             a short run: N = 100 and 1,000, 20 iterations, 5 s loops, one recovery trial
  --with-10k          add N = 10,000 to the fan-out
  --sizes=100,1000    the fan-out's display counts instead of 100, 1,000 and 5,000
  --only=a,b          some of: ${suites.join(', ')}
  --iterations=100    fan-out iterations per N (half of that, at least 20, from N = 5,000)
  --ack-seconds=30    duration of each 200-tablet loop (closed, then paced)
  --tablets=200       tablets in the ack benchmark
  --ack-pace-ms=5000  in the paced loop, each tablet sends one command every so often (0: skip it)
  --workers=3         load processes
  --cluster-displays=1000   cluster: displays on each of the two nodes in the fan-out
  --cluster-iterations=100  cluster: fan-out iterations (20 with --quick)
  --cluster-ack-seconds=10  cluster: the chair's back-to-back loop on PostgreSQL (5 with --quick)
  --failover-displays=300   cluster: displays behind HAProxy when a node is killed
  --failover-trials=3       cluster: kills (1 with --quick)
  --profile           run Floor's server with --cpu-prof and print the top functions
  --no-write          print the table without writing bench/RESULTS.md`

export function parseOptions(args: string[]): Options {
  const flags = new Map<string, string>()
  for (const arg of args) {
    const match = /^--([\w-]+)(?:=(.*))?$/.exec(arg)
    if (!match) throw new Error(`unknown argument ${arg}\n${usage}`)
    flags.set(match[1]!, match[2] ?? 'true')
  }
  if (flags.has('help')) {
    console.log(usage)
    process.exit(0)
  }
  const number = (name: string, fallback: number) => {
    const value = flags.has(name) ? Number(flags.get(name)) : fallback
    if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number`)
    return value
  }
  const quick = flags.has('quick')
  const only = new Set<Suite>(
    flags.has('only') ? (flags.get('only')!.split(',') as Suite[]).filter((s) => suites.includes(s)) : suites,
  )
  const sizes = flags.has('sizes')
    ? flags.get('sizes')!.split(',').map((n) => Number(n.replace(/_/g, '')))
    : quick
      ? [100, 1000]
      : [100, 1000, 5000]
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 20_000)) throw new Error('--sizes: display counts from 1 to 20,000')
  if (flags.has('with-10k')) sizes.push(10_000)
  const iterations = number('iterations', quick ? 20 : 100)
  const profileDir = flags.has('profile') ? join(root, 'bench/profiles') : null
  if (profileDir) {
    rmSync(profileDir, { recursive: true, force: true }) // only this run's profiles get summarized
    mkdirSync(profileDir, { recursive: true })
  }
  return {
    args,
    only,
    sizes,
    iterations,
    bigIterations: Math.max(20, Math.round(iterations / 2)),
    warmup: 5,
    minGapMs: 40,
    waiting: 20,
    workers: number('workers', 3),
    concurrency: number('concurrency', 64),
    settleMs: 1500,
    tablets: number('tablets', 200),
    ackSeconds: number('ack-seconds', quick ? 5 : 30),
    ackPaceMs: number('ack-pace-ms', 5000),
    ackClosed: number('ack-closed', 1) !== 0,
    ackRateLimit: '1000000/1000000',
    recoveryEvents: [10_000, 100_000],
    recoveryTrials: quick ? 1 : 3,
    ticksSeconds: 5,
    chairToken: `bench-chair-${randomBytes(12).toString('hex')}`,
    clusterDisplays: number('cluster-displays', 1000),
    clusterIterations: number('cluster-iterations', iterations),
    clusterWorkers: 2,
    clusterAckSeconds: number('cluster-ack-seconds', quick ? 5 : 10),
    failoverDisplays: number('failover-displays', 300),
    failoverTrials: Math.max(1, number('failover-trials', quick ? 1 : 3)),
    write: !flags.has('no-write'),
    profileDir,
    profileFlags: (suite, n) =>
      profileDir
        ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, `--cpu-prof-name=${suite}${n === undefined ? '' : `-${n}`}.cpuprofile`]
        : [],
  }
}
