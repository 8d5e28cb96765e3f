import type { DomainEvent, MeetingState, MeetingSummary } from '@floor/shared'
import type { EventStore, StatementFile } from '../../server/src/store/eventStore'

/** A store that keeps everything in memory: for tests that need no disk. It passes the same contract suite as SQLite. */
export function memoryStore(): EventStore & { events: (meetingId: string) => DomainEvent[] } {
  const logs = new Map<string, DomainEvent[]>()
  const catalogue = new Map<string, MeetingSummary>()
  const settings = new Map<string, string>()
  const snapshots = new Map<string, { state: MeetingState; after: number }>()
  const files = new Map<string, StatementFile>()
  const fileKey = (meetingId: string, statementId: string) => JSON.stringify([meetingId, statementId])
  const logOf = (meetingId: string) => logs.get(meetingId) ?? []
  return {
    events: (meetingId) => logOf(meetingId),
    append: (meetingId, batch, summary) => {
      logs.set(meetingId, [...logOf(meetingId), ...structuredClone(batch)])
      if (summary) catalogue.set(meetingId, structuredClone(summary))
    },
    load: (meetingId) => structuredClone(logOf(meetingId)),
    loadForRestart: (meetingId) => {
      const snapshot = snapshots.get(meetingId)
      return {
        snapshot: snapshot ? structuredClone(snapshot.state) : null,
        events: structuredClone(logOf(meetingId).slice(snapshot?.after ?? 0)),
      }
    },
    saveSnapshot: (meetingId, state) => {
      snapshots.set(meetingId, { state: structuredClone(state), after: logOf(meetingId).length })
    },
    meetings: () => structuredClone([...catalogue.values()]),
    hasMeeting: (meetingId) => catalogue.has(meetingId),
    getSetting: (key) => settings.get(key),
    setSetting: (key, value) => {
      settings.set(key, value)
    },
    saveStatementFile: (meetingId, statementId, file) => {
      files.set(fileKey(meetingId, statementId), { contentType: file.contentType, body: Uint8Array.from(file.body) })
    },
    statementFile: (meetingId, statementId) => {
      const file = files.get(fileKey(meetingId, statementId))
      return file ? { contentType: file.contentType, body: Uint8Array.from(file.body) } : undefined
    },
    deleteStatementFile: (meetingId, statementId) => {
      files.delete(fileKey(meetingId, statementId))
    },
    close: () => {},
  }
}
