// Writes an event log of a given length through the server's own SQLite store,
// with events the domain itself decided: the log a long session would leave.
import {
  decide,
  demoMeeting,
  evolve,
  meetingCreated,
  replay,
  summaryOf,
  type Actor,
  type Command,
  type DomainEvent,
  type MeetingState,
} from '@floor/shared'
import { eventsPerSnapshot } from '../server/src/meetingHost'
import { sqliteStore } from '../server/src/store/sqliteStore'

const chair: Actor = { role: 'chair' }
/** How many requests wait at once while the log is written: a long list, as in a busy panel. */
const listLength = 20
const batchSize = 1000

/** Builds a log of exactly `count` events in `dataDir`; returns the version of its last event. */
export async function buildLog(dataDir: string, count: number, startedAt = Date.UTC(2017, 5, 19, 8, 15)): Promise<number> {
  const store = sqliteStore(dataDir)
  try {
    let now = startedAt
    let ids = 0
    const ctx = () => ({
      now: (now += 1500),
      newId: () => `r${(ids++).toString(36)}`,
      newToken: () => ({ token: 'unused', tokenHash: 'unused' }),
    })
    const seed = meetingCreated(demoMeeting(), now)
    let state: MeetingState = replay([seed])
    const meetingId = state.meeting.id
    await store.append(meetingId, [], summaryOf(state))
    await store.setSetting('defaultMeetingId', meetingId)
    let batch: DomainEvent[] = [seed]
    let written = 1
    let snapshotAt = 0
    const apply = async (command: Command) => {
      const outcome = decide(state, command, chair, ctx())
      if (!outcome.ok) throw new Error(`${command.type}: ${outcome.error.message}`)
      for (const event of outcome.events) {
        state = evolve(state, event)
        batch.push(event)
        written += 1
      }
      // Batches in one transaction each: a synchronous commit per event would take minutes to write.
      if (batch.length >= batchSize) {
        await store.append(meetingId, batch)
        batch = []
        // Snapshots as the live server keeps them (MeetingHost): the log a long session really leaves.
        if (written - snapshotAt >= eventsPerSnapshot) {
          await store.saveSnapshot(meetingId, state)
          snapshotAt = written
        }
      }
    }
    await apply({ type: 'set-segment', segmentId: 'panel-1' })
    const roster = Object.keys(state.delegations)
    const waiting: string[] = []
    // Requests from delegation after delegation, the oldest withdrawn once the list is long.
    for (let i = 0; written < count; i++) {
      if (waiting.length >= listLength) await apply({ type: 'withdraw', requestId: waiting.shift()! })
      else {
        const before = state.version
        await apply({ type: 'request-floor', delegationId: roster[i % roster.length]! })
        if (state.version === before) continue
        const queue = state.segments['panel-1']?.queue ?? []
        waiting.push(queue.find((r) => r.delegationId === roster[i % roster.length])!.requestId)
      }
    }
    await store.append(meetingId, batch)
    return state.version
  } finally {
    await store.close()
  }
}
