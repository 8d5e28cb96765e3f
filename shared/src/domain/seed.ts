import type { MeetingDocument } from '../protocol'
import type { DomainEvent } from './events'

/** The first event of every log: the meeting, its programme and its roster. */
export function meetingCreated(document: MeetingDocument, now: number): DomainEvent {
  return {
    type: 'meeting-created',
    version: 0,
    at: now,
    meeting: document.meeting,
    segments: document.segments,
    delegations: document.delegations,
  }
}
