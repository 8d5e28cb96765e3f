import Database from 'better-sqlite3'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { exitStatus } from '../../server/src/startupProblems'
import { snapshotFormat, sqliteStore } from '../../server/src/store/sqliteStore'
import { kill, startChildServer, type ChildServer } from './support/childServer'
import { tempDataDir } from './support/harness'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')
const tsx = createRequire(import.meta.url).resolve('tsx')
const cleanups: Array<() => void | Promise<unknown>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

function folder(): string {
  const { dir, remove } = tempDataDir()
  cleanups.push(remove)
  return dir
}

/** Starts the real entry point and waits for it to exit by itself: its status and what it printed. */
async function failedStart(env: Record<string, string>): Promise<{ status: number | null; stderr: string; stdout: string }> {
  const child = spawn(process.execPath, ['--import', tsx, join(root, 'server/src/main.ts')], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  let stdout = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  const [status] = await once(child, 'exit')
  return { status: status as number | null, stderr, stdout }
}

async function running(dataDir: string): Promise<ChildServer> {
  const server = await startChildServer({ FLOOR_DATA_DIR: dataDir, PORT: '0' })
  cleanups.push(() => kill(server, 'SIGTERM'))
  return server
}

describe('one server per data folder', () => {
  it('refuses a second server on the same folder at once, with one plain line naming the first one’s pid', async () => {
    const dataDir = folder()
    const first = await running(dataDir)
    const second = await failedStart({ FLOOR_DATA_DIR: dataDir })
    expect(second.status).toBe(exitStatus.folderInUse)
    expect(second.stderr.trim()).toBe(
      `Floor cannot start: the data folder ${dataDir} is in use by another Floor server, pid ${first.process.pid}`,
    )
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200)
  })

  it('keeps the folder and its files to the server alone: 0700 and 0600', async () => {
    const dataDir = folder()
    await running(dataDir)
    expect(statSync(dataDir).mode & 0o777).toBe(0o700)
    expect(statSync(join(dataDir, 'floor.sqlite')).mode & 0o777).toBe(0o600)
  })
})

describe('settings and damaged stores stop the start with one line and their own status', () => {
  it('refuses a chair or admin token shorter than 24 characters', async () => {
    for (const name of ['FLOOR_CHAIR_TOKEN', 'FLOOR_ADMIN_TOKEN']) {
      const start = await failedStart({ FLOOR_DATA_DIR: folder(), [name]: 'short-token' })
      expect(start.status).toBe(exitStatus.config)
      expect(start.stderr).toBe(`Floor cannot start: ${name} must be at least 24 characters long (it has 11); leave it unset to have one generated\n`)
    }
  })

  it('never reseeds over a file that is not a database', async () => {
    const dataDir = folder()
    writeFileSync(join(dataDir, 'floor.sqlite'), 'minutes of the meeting, not a database'.repeat(200))
    const start = await failedStart({ FLOOR_DATA_DIR: dataDir })
    expect(start.status).toBe(exitStatus.damagedStore)
    expect(start.stderr).toMatch(/^Floor cannot start: the store .* is not a readable Floor database; .*\n$/)
    expect(start.stderr).not.toMatch(/\n\s+at /)
  })

  it('stops on a dropped table or an event it does not know, instead of skipping it', async () => {
    const dropped = folder()
    sqliteStore(dropped).close()
    const db = new Database(join(dropped, 'floor.sqlite'))
    db.exec('DROP TABLE meetings')
    db.close()
    const withoutTable = await failedStart({ FLOOR_DATA_DIR: dropped })
    expect(withoutTable.status).toBe(exitStatus.damagedStore)
    expect(withoutTable.stderr).toMatch(/has lost its meetings table/)

    const unknown = folder()
    const store = sqliteStore(unknown)
    await store.append('gcm', [{ type: 'speaker-teleported', version: 1, at: 0 } as never])
    store.close()
    const withUnknown = await failedStart({ FLOOR_DATA_DIR: unknown })
    expect(withUnknown.status).toBe(exitStatus.damagedStore)
    expect(withUnknown.stderr).toMatch(/holds an event of a type this Floor does not know \(speaker-teleported\)/)
  })

  it('says in one line that the data folder cannot be used', async () => {
    const parent = folder()
    writeFileSync(join(parent, 'not-a-folder'), '')
    const start = await failedStart({ FLOOR_DATA_DIR: join(parent, 'not-a-folder') })
    expect(start.status).toBe(exitStatus.disk)
    expect(start.stderr).toBe(`Floor cannot start: the data folder ${join(parent, 'not-a-folder')} cannot be used: it is not a folder (EEXIST).\n`)
  })
})

describe('a damaged snapshot', () => {
  it('is passed over with a warning: the log alone is replayed', async () => {
    const dataDir = folder()
    const first = await running(dataDir)
    await kill(first, 'SIGTERM')
    cleanups.pop()
    const store = sqliteStore(dataDir)
    const id = (await store.meetings())[0]!.id
    store.close()
    const db = new Database(join(dataDir, 'floor.sqlite'))
    db.prepare("INSERT OR REPLACE INTO snapshots (meeting_id, seq, format, state) VALUES (?, 1, ?, '{not json')").run(id, snapshotFormat)
    db.close()
    const warnings: string[] = []
    const reopened = sqliteStore(dataDir, { warn: (message) => warnings.push(message) })
    const restart = await reopened.loadForRestart(id)
    expect(restart.snapshot).toBeNull()
    expect(restart.events.length).toBeGreaterThan(0)
    expect(warnings).toEqual([`the snapshot of meeting ${id} is damaged; the whole log is replayed instead`])
    reopened.close()
  })
})
