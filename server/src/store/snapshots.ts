import type { MeetingState } from '@floor/shared'

/**
 * The shape of the state a snapshot holds. Bump it whenever `MeetingState` or
 * `evolve` changes: older snapshots are then ignored and the log replayed whole.
 */
export const snapshotFormat = 3

/** A stored snapshot's state, or null when it does not parse as one: a snapshot only saves time, so a damaged one is passed over. */
export function readSnapshot(text: string): MeetingState | null {
  try {
    const state = JSON.parse(text) as MeetingState
    return typeof state === 'object' && state !== null && typeof state.version === 'number' && typeof state.segments === 'object' ? state : null
  } catch {
    return null
  }
}

export const damagedSnapshot = (meetingId: string) => `the snapshot of meeting ${meetingId} is damaged; the whole log is replayed instead`
