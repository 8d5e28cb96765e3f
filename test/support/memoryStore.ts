import type { DomainEvent, MeetingState, MeetingSummary } from '@floor/shared'
import { VersionTaken, type EventStore, type StatementFile } from '../../server/src/store/eventStore'

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
    shared: false,
    events: (meetingId) => logOf(meetingId),
    append: async (meetingId, batch, summary) => {
      const log = logOf(meetingId)
      const first = batch[0]
      if (first && log.length > 0 && log[log.length - 1]!.version >= first.version) throw new VersionTaken(meetingId, first.version)
      logs.set(meetingId, [...log, ...structuredClone(batch)])
      if (summary) catalogue.set(meetingId, structuredClone(summary))
    },
    load: async (meetingId) => structuredClone(logOf(meetingId)),
    loadAfter: async (meetingId, version) => structuredClone(logOf(meetingId).filter((event) => event.version > version)),
    loadForRestart: async (meetingId) => {
      const snapshot = snapshots.get(meetingId)
      return {
        snapshot: snapshot ? structuredClone(snapshot.state) : null,
        events: structuredClone(logOf(meetingId).slice(snapshot?.after ?? 0)),
      }
    },
    saveSnapshot: async (meetingId, state) => {
      // The snapshot ends at the state's last event, even when later ones were appended meanwhile.
      const after = logOf(meetingId).filter((event) => event.version <= state.version).length
      snapshots.set(meetingId, { state: structuredClone(state), after })
    },
    meetings: async () => structuredClone([...catalogue.values()]),
    hasMeeting: async (meetingId) => catalogue.has(meetingId),
    getSetting: async (key) => settings.get(key),
    setSetting: async (key, value) => {
      settings.set(key, value)
    },
    claimSetting: async (key, value) => {
      if (!settings.has(key)) settings.set(key, value)
      return settings.get(key)!
    },
    saveStatementFile: async (meetingId, statementId, file) => {
      files.set(fileKey(meetingId, statementId), { contentType: file.contentType, body: Uint8Array.from(file.body) })
    },
    statementFile: async (meetingId, statementId) => {
      const file = files.get(fileKey(meetingId, statementId))
      return file ? { contentType: file.contentType, body: Uint8Array.from(file.body) } : undefined
    },
    deleteStatementFile: async (meetingId, statementId) => {
      files.delete(fileKey(meetingId, statementId))
    },
    close: async () => {},
  }
}
