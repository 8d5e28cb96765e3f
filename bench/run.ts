// `npm run bench`: builds the server if needed, runs each benchmark against
// child processes on 127.0.0.1, prints one table and writes bench/RESULTS.md.
// Every child is killed by PID and every temporary folder removed, also on failure.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { acks } from './acks'
import { cluster } from './cluster'
import { topSelfTime } from './cpuProfileTop'
import { fanout } from './fanout'
import { firstLoad } from './firstLoad'
import { parseOptions } from './options'
import { killAll, removeTempDirs, root } from './processes'
import { recovery } from './recovery'
import { command, machine, markdown, table, type Results } from './report'
import { sizesAndTicks } from './sizes'

const options = parseOptions(process.argv.slice(2))
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAll()
    removeTempDirs()
    process.exit(130)
  })
}

buildServerIfStale()
const results: Results = {
  fanout: [],
  acks: null,
  recovery: [],
  sizes: [],
  ticks: null,
  firstLoad: null,
  cluster: null,
  load: { start: loadavg()[0]!, end: NaN },
}
try {
  if (options.only.has('fanout')) {
    for (const n of options.sizes) {
      log(`fan-out to ${n} displays (Floor, then the baseline)`)
      results.fanout.push(await fanout(n, options))
    }
  }
  if (options.only.has('acks')) {
    log(`durable acks: ${options.tablets} tablets for ${options.ackSeconds} s`)
    results.acks = await acks(options)
  }
  if (options.only.has('recovery')) {
    log(`recovery from ${options.recoveryEvents.join(' and ')} events`)
    results.recovery = await recovery(options)
  }
  if (options.only.has('sizes') || options.only.has('ticks')) {
    log('state sizes and no ticks')
    const { sizes, ticks } = await sizesAndTicks(options)
    results.sizes = sizes
    results.ticks = ticks
  }
  if (options.only.has('firstload')) {
    log('first load of each screen in Chromium, then a second visit')
    results.firstLoad = await firstLoad(options)
  }
  if (options.only.has('cluster')) {
    log('several nodes: PostgreSQL, Redis, two Floor nodes, then HAProxy')
    results.cluster = await cluster(options, log)
  }
} finally {
  killAll()
  removeTempDirs()
}
results.load.end = loadavg()[0]!

console.log(`\n${command(options)}\n${machine()}; load average ${results.load.start.toFixed(2)} → ${results.load.end.toFixed(2)}\n\n${table(results)}\n`)
if (options.write) {
  writeFileSync(join(root, 'bench/RESULTS.md'), markdown(results, options, join(root, 'bench/NOTES.md')))
  log('wrote bench/RESULTS.md')
}
if (options.profileDir) {
  for (const file of readdirSync(options.profileDir).filter((f) => f.endsWith('.cpuprofile'))) {
    console.log(`\n${topSelfTime(join(options.profileDir, file))}`)
  }
}
process.exit(0)

/** Like `npm start`: rebuild server/dist/main.js when a server or shared source is newer. */
function buildServerIfStale(): void {
  const output = join(root, 'server/dist/main.js')
  const builtAt = existsSync(output) ? statSync(output).mtimeMs : 0
  const newest = Math.max(newestChange(join(root, 'server/src')), newestChange(join(root, 'shared/src')))
  if (builtAt > newest) return
  log('building the server')
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build', '-w', 'server'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
}

function newestChange(path: string): number {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)))
  return newest
}
