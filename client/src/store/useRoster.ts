import { useMemo } from 'react'
import { rosterOf, type Roster } from '../i18n/delegationNames'
import { useFloor } from './FloorSessionContext'

/** The roster by id once `GET /api/meeting` has answered; null before. */
export function useRoster(): Roster | null {
  const meeting = useFloor((state) => state.meeting)
  return useMemo(() => (meeting ? rosterOf(meeting.delegations) : null), [meeting])
}
