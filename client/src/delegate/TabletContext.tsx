import { createContext, useContext, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { Alerter } from './alerts'
import type { Tablet } from './intentDelivery'
import type { TabletState } from './tabletStore'

export interface TabletContextValue {
  tablet: Tablet
  alerter: Alerter
}

const TabletContext = createContext<TabletContextValue | null>(null)

export function TabletProvider({ value, children }: { value: TabletContextValue; children: ReactNode }) {
  return <TabletContext.Provider value={value}>{children}</TabletContext.Provider>
}

export function useTablet(): TabletContextValue {
  const value = useContext(TabletContext)
  if (!value) throw new Error('useTablet must be used inside a TabletProvider')
  return value
}

/** A slice of the tablet's store (its own: language, pending tap, notice, alerts). */
export function useTabletState<T>(selector: (state: TabletState) => T): T {
  return useStore(useTablet().tablet.store, selector)
}
