/**
 * What stops a start, said in one plain line with its own exit status, so an
 * operator (or systemd) knows what to do without reading a stack trace.
 */
export class StartupProblem extends Error {
  constructor(
    message: string,
    readonly exitStatus: number,
  ) {
    super(message)
  }
}

export const exitStatus = {
  /** A setting in the environment is wrong. */
  config: 2,
  /** Another Floor server holds the data folder. */
  folderInUse: 3,
  /** The store is not Floor's, is damaged, or was written by a newer Floor. */
  damagedStore: 4,
  /** The disk is read-only, full or not ours to write. */
  disk: 5,
  /** PostgreSQL or Redis cannot be reached, or refuses the connection string's user or database. */
  unreachable: 6,
} as const

/** A connection string fit for a terminal or a log: its password replaced. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(an address that does not parse)'
  }
}

const unreachableCodes: Record<string, string> = {
  ECONNREFUSED: 'nothing answers at that address',
  ENOTFOUND: 'that host is unknown',
  EAI_AGAIN: 'that host cannot be looked up now',
  ETIMEDOUT: 'it does not answer',
  '28P01': 'it refused the password',
  '28000': 'it refused the user',
  '3D000': 'that database does not exist',
}

export function damagedStore(path: string, what: string): StartupProblem {
  return new StartupProblem(
    `the store ${path} ${what}; Floor will not start on it (nothing was changed). Restore it from a backup or move it away.`,
    exitStatus.damagedStore,
  )
}

const diskCodes = new Set(['SQLITE_READONLY', 'SQLITE_FULL', 'SQLITE_CANTOPEN', 'SQLITE_IOERR', 'EACCES', 'EROFS', 'ENOSPC', 'EPERM'])

/** The one line for an error met while opening the store, or null when it is a bug to show whole. */
export function asStartupProblem(error: unknown, dataDir: string): StartupProblem | null {
  if (error instanceof StartupProblem) return error
  const code = (error as { code?: unknown })?.code
  if (typeof code === 'string' && code in unreachableCodes) {
    return new StartupProblem(`${dataDir} cannot be used: ${unreachableCodes[code]} (${code}).`, exitStatus.unreachable)
  }
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return damagedStore(dataDir, 'is not a readable Floor database')
  if (code === 'EEXIST' || code === 'ENOTDIR') {
    return new StartupProblem(`the data folder ${dataDir} cannot be used: it is not a folder (${code}).`, exitStatus.disk)
  }
  if (typeof code === 'string' && (diskCodes.has(code) || code.startsWith('SQLITE_IOERR'))) {
    const reason = code.includes('FULL') || code === 'ENOSPC' ? 'the disk is full' : code.includes('READONLY') || code === 'EROFS' ? 'the disk is read-only' : 'it cannot be written'
    return new StartupProblem(`the data folder ${dataDir} cannot be used: ${reason} (${code}).`, exitStatus.disk)
  }
  return null
}
