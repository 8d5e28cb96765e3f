import type { MeetingDocument } from '@floor/shared'
import { Room } from './room'
import { smallMeeting } from './smallMeeting'

/** The small meeting with two groups a delegation may speak on behalf of. */
export const groupMeeting: MeetingDocument = {
  ...smallMeeting,
  meeting: {
    ...smallMeeting.meeting,
    groups: [
      { id: 'g77', name: 'Group of 77 and China' },
      { id: 'eu', name: 'European Union' },
    ],
  },
}

/** Panel 1 of the meeting with groups, these delegations asking for the floor in this order. */
export function groupQueueOf(...delegationIds: string[]): Room {
  const room = new Room(groupMeeting)
  const outcome = room.chair({ type: 'set-segment', segmentId: 'panel-1' })
  if (!outcome.ok) throw new Error(outcome.error.message)
  return room.request(...delegationIds)
}
