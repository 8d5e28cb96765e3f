import { createContext, useContext, type ReactNode } from 'react'
import { useStore } from 'zustand'
import { FloorSessionProvider } from '../store/FloorSessionContext'
import type { ChairSession } from './chairSession'
import type { ChairState } from './chairStore'

const ChairContext = createContext<ChairSession | null>(null)

/** Provides the console's session, and the meeting's session under it for the foundation's hooks. */
export function ChairSessionProvider({ session, children }: { session: ChairSession; children: ReactNode }) {
  return (
    <ChairContext.Provider value={session}>
      <FloorSessionProvider session={session.floor}>{children}</FloorSessionProvider>
    </ChairContext.Provider>
  )
}

export function useChairSession(): ChairSession {
  const session = useContext(ChairContext)
  if (!session) throw new Error('useChairSession must be used inside a ChairSessionProvider')
  return session
}

/** A slice of the console's own store; re-renders only when that slice changes. */
export function useChair<T>(selector: (state: ChairState) => T): T {
  return useStore(useChairSession().store, selector)
}
