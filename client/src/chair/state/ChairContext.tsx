import { createContext, useContext, type ReactNode } from 'react'
import { useStore } from 'zustand'
import { FloorSessionProvider } from '../../store/FloorSessionContext'
import type { ChairSession } from './chairSession'
import type { ChairState } from './chairStore'

const ChairContext = createContext<ChairSession | null>(null)

/** Provides the console's session, to the foundation's hooks too (`useFloor` reads the same store). */
export function ChairSessionProvider({ session, children }: { session: ChairSession; children: ReactNode }) {
  return (
    <ChairContext.Provider value={session}>
      <FloorSessionProvider session={session}>{children}</FloorSessionProvider>
    </ChairContext.Provider>
  )
}

export function useChairSession(): ChairSession {
  const session = useContext(ChairContext)
  if (!session) throw new Error('useChairSession must be used inside a ChairSessionProvider')
  return session
}

/** A slice of the console's store; re-renders only when that slice changes. */
export function useChair<T>(selector: (state: ChairState) => T): T {
  return useStore(useChairSession().store, selector)
}
