import type { DomainEvent, MeetingState } from '@floor/shared'
import type { EventStore } from '../../server/src/store/eventStore'

/** A store that keeps everything in memory: for tests that need no disk. */
export function memoryStore(initial: readonly DomainEvent[] = []): EventStore & { events: DomainEvent[] } {
  const events = [...initial]
  const settings = new Map<string, string>()
  let snapshot: { state: MeetingState; after: number } | null = null
  return {
    events,
    loadForRestart: () => ({
      snapshot: snapshot ? structuredClone(snapshot.state) : null,
      events: structuredClone(events.slice(snapshot?.after ?? 0)),
    }),
    saveSnapshot: (state) => {
      snapshot = { state: structuredClone(state), after: events.length }
    },
    append: (batch) => {
      events.push(...structuredClone(batch))
    },
    load: () => structuredClone(events),
    isEmpty: () => events.length === 0,
    getSetting: (key) => settings.get(key),
    setSetting: (key, value) => {
      settings.set(key, value)
    },
    close: () => {},
  }
}
