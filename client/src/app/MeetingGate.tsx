import type { ReactNode } from 'react'
import { useStore } from 'zustand'
import { meetingMissing, type FloorState, type FloorStore } from '../store/floorStore'
import { Notice } from './Notice'

/**
 * A page opened on a meeting the server does not have (an old or mistyped
 * `/m/:id/…` link) says so, instead of waiting for a state that never comes.
 */
export function MeetingGate<S extends FloorState>({ store, children }: { store: FloorStore<S>; children: ReactNode }) {
  const missing = useStore(store, meetingMissing)
  return missing ? <NoSuchMeeting /> : children
}

export function NoSuchMeeting() {
  return <Notice message="route.noMeeting" />
}
