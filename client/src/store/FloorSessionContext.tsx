import { createContext, useContext, useEffect, useState, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { FloorState } from './floorStore'
import { startFloorSession, type FloorSession } from './floorSession'

const SessionContext = createContext<FloorSession | null>(null)

export function FloorSessionProvider({ session, children }: { session: FloorSession; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
}

export function useFloorSession(): FloorSession {
  const session = useContext(SessionContext)
  if (!session) throw new Error('useFloorSession must be used inside a FloorSessionProvider')
  return session
}

/** A slice of the nearest session's store; re-renders only when that slice changes. */
export function useFloor<T>(selector: (state: FloorState) => T): T {
  return useStore(useFloorSession().store, selector)
}

/**
 * Creates a session when the screen mounts, starts it, and on unmount stops
 * it and closes its connection. Creating inside the effect (not during render)
 * means React's development double-mount opens one lasting connection, not two.
 */
export function useOwnedSession<T extends FloorSession>(create: () => T): T | null {
  const [session, setSession] = useState<T | null>(null)
  useEffect(() => {
    const created = create()
    const stop = startFloorSession(created)
    setSession(created)
    return () => {
      stop()
      created.connection.close()
    }
    // `create` is read once, on mount: a screen (or the chair's token) keeps one session for its life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  return session
}
