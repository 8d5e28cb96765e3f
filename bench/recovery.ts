// Recovery: from spawning the server on an existing log to its first 200 on
// /healthz, which it answers only once the log is replayed and it listens.
import type { Options } from './options'
import { connectPeer } from './peer'
import { cpuMs, freePort, sleep, spawnFloor, stop, tempDir } from './processes'
import { buildLog } from './buildLog'
import { median, summarize, type Summary } from './stats'

export interface RecoveryResult {
  /** 0: a fresh start on an empty store, which seeds the demo meeting (Node's own start-up cost). */
  events: number
  trials: number[]
  summary: Summary
  /** The server's own CPU time until it answered, median of the trials: what other load on the machine does not inflate. */
  cpuMs: number
}

export async function recovery(options: Options): Promise<RecoveryResult[]> {
  const results: RecoveryResult[] = []
  for (const events of [0, ...options.recoveryEvents]) {
    const trials: number[] = []
    const cpu: number[] = []
    let dataDir = ''
    let version = 0
    if (events > 0) {
      dataDir = tempDir(`recovery-${events}`)
      version = await buildLog(dataDir, events)
    }
    for (let trial = 0; trial < options.recoveryTrials; trial++) {
      // A fresh start seeds the store, so each of its trials gets an empty folder of its own.
      const dir = events > 0 ? dataDir : tempDir('recovery-empty')
      const { wallMs, serverCpuMs } = await timeToHealthy(dir, version, options)
      trials.push(wallMs)
      cpu.push(serverCpuMs)
    }
    results.push({ events, trials, summary: summarize(trials), cpuMs: median(cpu) })
  }
  return results
}

async function timeToHealthy(dataDir: string, version: number, options: Options): Promise<{ wallMs: number; serverCpuMs: number }> {
  const port = await freePort()
  const started = performance.now()
  const child = spawnFloor({ dataDir, chairToken: options.chairToken, port, nodeFlags: options.profileFlags('recovery') })
  try {
    const url = `http://127.0.0.1:${port}`
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) while recovering`)
      const healthy = await fetch(`${url}/healthz`).then(
        (response) => response.status === 200,
        () => false,
      )
      if (healthy) break
      if (performance.now() - started > 60_000) throw new Error('no /healthz within 60 s')
      await sleep(2)
    }
    const elapsed = performance.now() - started
    const serverCpuMs = child.pid === undefined ? NaN : cpuMs(child.pid)
    // Not part of the time: check the server really replayed the whole log.
    const display = await connectPeer(url)
    display.close()
    if (version > 0 && display.state.version !== version) {
      throw new Error(`recovered version ${display.state.version}, the log ends at ${version}`)
    }
    return { wallMs: elapsed, serverCpuMs }
  } finally {
    await stop(child)
  }
}
