import type { MeetingSummary } from '../protocol'
import type { DomainEvent } from './events'
import type { MeetingState } from './model'

/** A meeting's line in `GET /api/meetings`: its programme's first start and last end. */
export function summaryOf(state: MeetingState): MeetingSummary {
  const starts = state.programme.map((s) => s.startsAt).sort((a, b) => Date.parse(a) - Date.parse(b))
  const ends = state.programme.map((s) => s.endsAt).sort((a, b) => Date.parse(a) - Date.parse(b))
  return {
    id: state.meeting.id,
    title: state.meeting.title,
    ...(state.meeting.venue ? { venue: state.meeting.venue } : {}),
    timeZone: state.meeting.timeZone,
    startsAt: starts[0] ?? null,
    endsAt: ends.at(-1) ?? null,
    archived: state.archived,
  }
}

const catalogueEvents = new Set<DomainEvent['type']>([
  'meeting-created',
  'segment-added',
  'segment-updated',
  'segment-removed',
  'meeting-archived',
])

/** Whether these events change what the catalogue says of the meeting. */
export function changesSummary(events: readonly DomainEvent[]): boolean {
  return events.some((event) => catalogueEvents.has(event.type))
}
