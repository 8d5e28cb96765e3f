import { createContext, useContext, type ReactNode } from 'react'
import type { StatementsApi } from './statementsApi'

const StatementsApiContext = createContext<StatementsApi | null>(null)

/** The statement routes with this page's token: the tablet's, the chair's, the booth's. */
export function StatementsApiProvider({ api, children }: { api: StatementsApi | null; children: ReactNode }) {
  return <StatementsApiContext.Provider value={api}>{children}</StatementsApiContext.Provider>
}

/** Null where the page has no token for them (a test without a server). */
export function useStatementsApi(): StatementsApi | null {
  return useContext(StatementsApiContext)
}
