import { fork, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { FromWorker, ToWorker } from './messages'
import { track } from './processes'

const tsx = createRequire(import.meta.url).resolve('tsx')
const workerFile = fileURLToPath(new URL('./worker.ts', import.meta.url))

interface Waiter {
  match: (message: FromWorker) => boolean
  resolve: (message: FromWorker) => void
  reject: (error: Error) => void
}

/** A handful of forked load processes, each holding a share of the connections. */
export class WorkerPool {
  private readonly waiters = new Map<ChildProcess, Set<Waiter>>()
  private readonly inbox = new Map<ChildProcess, FromWorker[]>()

  private constructor(readonly children: ChildProcess[]) {
    for (const child of children) {
      this.waiters.set(child, new Set())
      this.inbox.set(child, [])
      child.on('message', (message: FromWorker) => this.deliver(child, message))
      child.once('exit', (code) => {
        for (const waiter of this.waiters.get(child) ?? []) waiter.reject(new Error(`a worker exited (${code})`))
        this.waiters.get(child)?.clear()
      })
    }
  }

  static async start(count: number): Promise<WorkerPool> {
    const children = Array.from({ length: count }, () =>
      track(
        fork(workerFile, [], {
          execArgv: ['--import', tsx],
          // Advanced serialization carries the latency arrays as typed arrays, not JSON.
          serialization: 'advanced',
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        }),
      ),
    )
    const pool = new WorkerPool(children)
    await pool.all((m) => m.type === 'ready', 30_000, 'worker start')
    return pool
  }

  /**
   * Spreads the tokens over the workers and resolves when every socket holds its first `state`.
   * `reconnect`: the sockets reconnect as the web client does (the failover benchmark).
   */
  async connect(url: string, tokens: (string | null)[], concurrency: number, skim = false, timeoutMs = 120_000, reconnect = false) {
    this.children.forEach((child, i) => {
      const share = tokens.filter((_, j) => j % this.children.length === i)
      this.post(child, { type: 'connect', url, tokens: share, concurrency, skim, ...(reconnect ? { reconnect } : {}) })
    })
    const replies = await this.all((m) => m.type === 'connected', timeoutMs, 'connect')
    let at = 0
    let count = 0
    const failures: string[] = []
    let slowestMs = 0
    for (const reply of replies) {
      if (reply.type !== 'connected') continue
      at = Math.max(at, reply.at)
      count += reply.count
      failures.push(...reply.failures)
      slowestMs = Math.max(slowestMs, ...reply.slowestMs)
    }
    return { at, count, failures, slowestMs }
  }

  /** Tells every worker to watch for `version`; resolves with when the last socket anywhere got it. */
  async reached(version: number, timeoutMs: number): Promise<number> {
    for (const child of this.children) this.post(child, { type: 'expect', version })
    const replies = await this.all((m) => m.type === 'reached' && m.version === version, timeoutMs, `version ${version}`)
    return Math.max(...replies.map((r) => (r.type === 'reached' ? r.at : Infinity)))
  }

  /** The workers' reconnection counters, summed, since the last call (the failover benchmark). */
  async reconnections() {
    for (const child of this.children) this.post(child, { type: 'count' })
    const replies = await this.all((m) => m.type === 'counted', 10_000, 'reconnection counts')
    const sum = { reconnects: 0, failedAttempts: 0, reasons: [] as string[], lastLostAt: 0, slowestReconnectMs: 0, slowestStateMs: 0 }
    for (const reply of replies) {
      if (reply.type !== 'counted') continue
      sum.reconnects += reply.reconnects
      sum.failedAttempts += reply.failedAttempts
      for (const reason of reply.reasons) if (!sum.reasons.includes(reason)) sum.reasons.push(reason)
      sum.lastLostAt = Math.max(sum.lastLostAt, reply.lastLostAt)
      sum.slowestReconnectMs = Math.max(sum.slowestReconnectMs, reply.slowestReconnectMs)
      sum.slowestStateMs = Math.max(sum.slowestStateMs, reply.slowestStateMs)
    }
    return sum
  }

  async loop(durationMs: number, paceMs: number) {
    for (const child of this.children) this.post(child, { type: 'loop', durationMs, paceMs })
    const replies = await this.all((m) => m.type === 'looped', durationMs + 60_000, 'tablet loop')
    return replies.flatMap((r) => (r.type === 'looped' ? [r] : []))
  }

  /** Asks the workers to close their sockets and exit; kills, by PID, any still there after a few seconds. */
  async close(graceMs = 5_000): Promise<void> {
    await Promise.all(
      this.children.map(async (child) => {
        if (child.exitCode !== null || child.signalCode !== null) return
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
        if (child.connected) this.post(child, { type: 'close' })
        const timer = setTimeout(() => {
          if (child.pid !== undefined && child.exitCode === null) process.kill(child.pid, 'SIGKILL')
        }, graceMs)
        await exited
        clearTimeout(timer)
      }),
    )
  }

  private post(child: ChildProcess, message: ToWorker): void {
    child.send(message)
  }

  private deliver(child: ChildProcess, message: FromWorker): void {
    for (const waiter of this.waiters.get(child) ?? []) {
      if (waiter.match(message) || message.type === 'failed') {
        this.waiters.get(child)?.delete(waiter)
        waiter.resolve(message)
        return
      }
    }
    this.inbox.get(child)?.push(message)
  }

  /** One matching message from every worker, or an error naming what did not happen in time. */
  private all(match: (m: FromWorker) => boolean, timeoutMs: number, what: string): Promise<FromWorker[]> {
    const one = (child: ChildProcess) =>
      new Promise<FromWorker>((resolve, reject) => {
        const settle = (m: FromWorker) => {
          if (m.type === 'failed') reject(new Error(`a worker failed during ${what}: ${m.message}`))
          else resolve(m)
        }
        const inbox = this.inbox.get(child) ?? []
        const queued = inbox.findIndex((m) => match(m) || m.type === 'failed')
        if (queued >= 0) return settle(inbox.splice(queued, 1)[0]!)
        if (child.exitCode !== null || child.signalCode !== null) return reject(new Error(`a worker is gone before ${what}`))
        const waiters = this.waiters.get(child)
        const waiter: Waiter = {
          match,
          resolve: (m) => (clearTimeout(timer), settle(m)),
          reject: (error) => (clearTimeout(timer), reject(new Error(`${error.message} during ${what}`))),
        }
        const timer = setTimeout(() => {
          waiters?.delete(waiter)
          reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`))
        }, timeoutMs)
        waiters?.add(waiter)
      })
    return Promise.all(this.children.map(one))
  }
}
