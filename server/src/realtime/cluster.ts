import { createAdapter } from '@socket.io/redis-streams-adapter'
import type { Logger } from 'pino'
import { createClient } from 'redis'
import type { MeetingHost } from '../meetingHost'
import type { Meetings } from '../meetings'
import { exitStatus, redactedUrl, StartupProblem } from '../startupProblems'
import type { FloorIo } from './floorIo'

/** How long a node waits before each attempt to reach Redis again: soon, but never a busy loop. */
const reconnectDelayMs = (attempt: number) => Math.min(50 * 2 ** attempt, 1_000)

/** Attempts at start (about three seconds) before a node gives up and says Redis cannot be reached. */
const attemptsAtStart = 6

export interface Cluster {
  close(): Promise<void>
}

/**
 * Joins the Socket.IO servers of several nodes through Redis Streams
 * (PROTOCOL.md section 8). Each node keeps every meeting it has in memory
 * current and fans out to its own clients; what crosses between nodes is a
 * meeting's events, as soon as they are committed (`appended`). The events are
 * already durable in PostgreSQL, so a message lost while Redis is away loses
 * nothing: when Redis returns, every node catches up from the log, and a node
 * that decides on a stale meeting meanwhile loses the race for the version and
 * catches up then (meetingHost.ts).
 */
export async function joinCluster(io: FloorIo, meetings: Meetings, redisUrl: string, logger: Logger): Promise<Cluster> {
  let started = false
  const client = createClient({
    url: redisUrl,
    socket: {
      // Once running, a node waits for Redis as long as it takes; at start, a wrong address stops it with one line.
      reconnectStrategy: (attempt: number, cause: Error) => (!started && attempt >= attemptsAtStart ? cause : reconnectDelayMs(attempt)),
    },
  })
  let reachable = true
  // Without a listener an error would end the process; a Redis outage only stalls broadcasts.
  client.on('error', (error: Error) => {
    if (reachable) logger.warn({ error: error.message }, 'Redis unreachable: broadcasts to other nodes wait for it')
    reachable = false
  })
  client.on('ready', () => {
    if (reachable) return
    reachable = true
    logger.info('Redis reachable again: catching up with the other nodes')
    void meetings.catchUpAll().catch((error: unknown) => logger.error({ error: String(error) }, 'catching up failed'))
  })
  try {
    await client.connect()
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const code = (error as { code?: string }).code ?? /\b(E[A-Z]{3,})\b/.exec(message)?.[1] ?? message
    throw new StartupProblem(`Redis at ${redactedUrl(redisUrl)} cannot be reached (${code})`, exitStatus.unreachable)
  }
  started = true
  reachable = true
  io.adapter(createAdapter(client))

  io.on('appended', (meetingId, events) => {
    void meetings.applyRemote(meetingId, events).catch((error: unknown) => {
      logger.error({ meeting: meetingId, error: String(error) }, 'another node’s change could not be applied')
    })
  })
  const tellOthers = (host: MeetingHost) =>
    host.subscribe((change) => {
      // A change another node made came from there: only this node's own are sent on.
      if (change.actor !== null) io.serverSideEmit('appended', host.id, [...change.events])
    })
  meetings.onLoad(tellOthers)

  return {
    close: async () => {
      await client.quit().catch(() => client.destroy())
    },
  }
}
