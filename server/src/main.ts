import { networkInterfaces } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pino from 'pino'
import { demoMeeting } from '@floor/shared'
import { newToken } from './auth'
import { configFromEnv } from './config'
import { createServer, type FloorServer } from './createServer'
import { asStartupProblem, redactedUrl } from './startupProblems'
import type { EventStore } from './store/eventStore'
import { sqliteStore } from './store/sqliteStore'

const config = await startOrExplain(async () => configFromEnv(process.env), process.env.FLOOR_DATA_DIR ?? './data')
const logger = pino({ level: config.logLevel })
const warn = (message: string) => logger.warn(message)
// Where the store lives, for the messages: the data folder, or the database (without its password).
const storePlace = config.databaseUrl ? `the database ${redactedUrl(config.databaseUrl)}` : config.dataDir
const store: EventStore = await startOrExplain(
  async () => {
    if (!config.databaseUrl) return sqliteStore(config.dataDir, { warn })
    // Loaded only when asked for: a one-machine start never opens a PostgreSQL driver.
    const { postgresStore } = await import('./store/postgresStore')
    return postgresStore(config.databaseUrl, { warn })
  },
  storePlace,
)

// The admin token: from the environment, or generated on the first start and kept in the store (the first node's, with several).
const adminToken = config.adminToken ?? (await startOrExplain(async () => (await store.getSetting('adminToken')) ?? store.claimSetting('adminToken', newToken()), storePlace))

const here = dirname(fileURLToPath(import.meta.url))
const server: FloorServer = await startOrExplain(() => createServer({
  store,
  ...(config.chairToken ? { chairToken: config.chairToken } : {}),
  adminToken,
  seed: () => demoMeeting(),
  clientDir: process.env.FLOOR_CLIENT_DIR ?? join(here, '../../client/dist'),
  logger,
  rateLimit: config.rateLimit,
  ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
  ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}),
  trustedProxies: config.trustedProxies,
}), storePlace)

const address = await server.listen(config.port, config.host)
const base: string = config.publicUrl ?? `http://${publicHost(config.host)}:${address.port}`
const meetingCount = (await server.meetings.list()).length
logger.info(
  { port: address.port, host: config.host, store: config.databaseUrl ? 'postgresql' : config.dataDir, cluster: Boolean(config.redisUrl), meetings: meetingCount },
  'listening',
)
// For the secretariat, on the terminal: the links carry tokens, so they are printed, never logged.
process.stdout.write(
  [
    '',
    `  Floor is serving ${meetingCount === 1 ? 'one meeting' : `${meetingCount} meetings`}; the default one is "${server.host.state.meeting.title}"`,
    `  Setup page:     ${base}/admin#token=${adminToken}`,
    `  Chair console:  ${base}/chair#token=${await server.meetings.chairTokenOf(server.meetings.defaultId)}`,
    `  Room display:   ${base}/display`,
    `  Webcast overlay: ${base}/display/overlay`,
    `  Tablet links:   ${base}/delegate#token=… (each issued on the chair console's Tablets page)`,
    '',
    '',
  ].join('\n'),
)

let stopping = false
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'shutting down')
    void server.close().then(() => process.exit(0))
  })
}

/** The address tablets on the room's network can reach. */
function publicHost(host: string): string {
  if (host !== '0.0.0.0' && host !== '::') return host.includes(':') ? `[${host}]` : host
  for (const addresses of Object.values(networkInterfaces())) {
    const lan = addresses?.find((a) => a.family === 'IPv4' && !a.internal)
    if (lan) return lan.address
  }
  return 'localhost'
}

/**
 * Runs a step of the start; a problem an operator can fix (a setting, a
 * folder in use, a damaged store, a full disk) ends the process with one
 * plain line and its own exit status, never a stack trace.
 */
async function startOrExplain<T>(step: () => Promise<T>, storePlace: string): Promise<T> {
  try {
    return await step()
  } catch (error) {
    const problem = asStartupProblem(error, storePlace)
    if (!problem) throw error
    process.stderr.write(`Floor cannot start: ${problem.message}\n`)
    process.exit(problem.exitStatus)
  }
}

