import { isIP } from 'node:net'
import { resolve } from 'node:path'
import { defaultRateLimit, type RateLimit } from './rateLimit'
import { publicOriginOf } from './http/origins'
import { exitStatus, StartupProblem } from './startupProblems'

export interface Config {
  port: number
  host: string
  dataDir: string
  chairToken: string | undefined
  adminToken: string | undefined
  /** `FLOOR_PUBLIC_URL`: the origin the room uses to reach the server, when not one of its own addresses. */
  publicUrl: string | undefined
  logLevel: string
  rateLimit: RateLimit
  /** `FLOOR_DATABASE_URL`: the meetings' log in PostgreSQL instead of SQLite (PROTOCOL.md section 8). */
  databaseUrl: string | undefined
  /** `FLOOR_REDIS_URL`: the Socket.IO servers of several nodes joined through Redis Streams. */
  redisUrl: string | undefined
  /** `FLOOR_TRUSTED_PROXIES`: addresses of load balancers whose `X-Forwarded-For` is believed. */
  trustedProxies: string[]
}

/** A token shorter than this can be guessed; the generated ones are 32 characters. */
export const minTokenLength = 24

/** The environment of PROTOCOL.md section 1, with its defaults. */
export function configFromEnv(env: NodeJS.ProcessEnv): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw configProblem(`PORT must be a port number, not "${env.PORT}"`)
  for (const name of ['FLOOR_CHAIR_TOKEN', 'FLOOR_ADMIN_TOKEN'] as const) {
    const token = env[name]
    if (token && token.length < minTokenLength) {
      throw configProblem(`${name} must be at least ${minTokenLength} characters long (it has ${token.length}); leave it unset to have one generated`)
    }
    if (token && (token.length > 256 || /\s/.test(token))) throw configProblem(`${name} must be at most 256 characters, without spaces`)
  }
  return {
    port,
    host: env.HOST || '0.0.0.0',
    dataDir: resolve(env.FLOOR_DATA_DIR || './data'),
    chairToken: env.FLOOR_CHAIR_TOKEN || undefined,
    adminToken: env.FLOOR_ADMIN_TOKEN || undefined,
    publicUrl: env.FLOOR_PUBLIC_URL ? publicUrlFrom(env.FLOOR_PUBLIC_URL) : undefined,
    logLevel: env.LOG_LEVEL || 'info',
    rateLimit: rateLimitFrom(env.FLOOR_RATE_LIMIT),
    databaseUrl: urlOf('FLOOR_DATABASE_URL', env.FLOOR_DATABASE_URL, ['postgres:', 'postgresql:']),
    redisUrl: urlOf('FLOOR_REDIS_URL', env.FLOOR_REDIS_URL, ['redis:', 'rediss:']),
    trustedProxies: addressesOf('FLOOR_TRUSTED_PROXIES', env.FLOOR_TRUSTED_PROXIES),
  }
}

/** `FLOOR_RATE_LIMIT=burst/perSecond`, for example `40/20` (the default). */
function rateLimitFrom(value: string | undefined): RateLimit {
  if (!value) return defaultRateLimit
  const match = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(value)
  if (!match) throw configProblem(`FLOOR_RATE_LIMIT must look like 40/20 (burst/per second), not "${value}"`)
  return { burst: Number(match[1]), perSecond: Number(match[2]) }
}

/** A comma-separated list of IP addresses (`127.0.0.1,10.0.0.5`), or none. */
function addressesOf(name: string, value: string | undefined): string[] {
  const addresses = (value ?? '').split(',').map((address) => address.trim()).filter((address) => address !== '')
  const wrong = addresses.find((address) => isIP(address) === 0)
  if (wrong !== undefined) throw configProblem(`${name} must list IP addresses separated by commas, such as 127.0.0.1,10.0.0.5; "${wrong}" is not one`)
  return addresses
}

/** A connection string of one of those schemes, or unset. */
function urlOf(name: string, value: string | undefined, schemes: string[]): string | undefined {
  if (!value) return undefined
  let scheme: string | null = null
  try {
    scheme = new URL(value).protocol
  } catch {
    // Reported below, without echoing a password the string may hold.
  }
  if (scheme === null || !schemes.includes(scheme)) throw configProblem(`${name} must be a ${schemes[0]}// address such as ${schemes[0]}//host:port/…`)
  return value
}

function configProblem(message: string): StartupProblem {
  return new StartupProblem(message, exitStatus.config)
}

function publicUrlFrom(value: string): string {
  try {
    return publicOriginOf(value)
  } catch {
    throw configProblem(`FLOOR_PUBLIC_URL must be an http or https address such as http://floor.example:3000, not "${value}"`)
  }
}
