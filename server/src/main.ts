import { networkInterfaces } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pino from 'pino'
import { demoMeeting } from '@floor/shared'
import { newToken } from './auth'
import { configFromEnv } from './config'
import { createServer } from './createServer'
import { sqliteStore } from './store/sqliteStore'

const config = configFromEnv(process.env)
const logger = pino({ level: config.logLevel })
const store = sqliteStore(config.dataDir)

// The chair token: from the environment, or generated on the first start and kept in the store.
let chairToken = config.chairToken ?? store.getSetting('chairToken')
if (!chairToken) {
  chairToken = newToken()
  store.setSetting('chairToken', chairToken)
}

const here = dirname(fileURLToPath(import.meta.url))
const server = createServer({
  store,
  chairToken,
  seed: () => demoMeeting(),
  clientDir: process.env.FLOOR_CLIENT_DIR ?? join(here, '../../client/dist'),
  logger,
  rateLimit: config.rateLimit,
  publicUrl: () => base,
})

const address = await server.listen(config.port, config.host)
const base = `http://${publicHost(config.host)}:${address.port}`
logger.info({ port: address.port, host: config.host, dataDir: config.dataDir, version: server.host.state.version }, 'listening')
// For the secretariat, on the terminal: the chair link carries the token, so it is printed, never logged.
process.stdout.write(
  [
    '',
    `  Floor is serving "${server.host.state.meeting.title}"`,
    `  Chair console:  ${base}/chair#token=${chairToken}`,
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
