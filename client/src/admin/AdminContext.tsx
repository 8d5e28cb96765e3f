import { createContext, useContext, type ReactNode } from 'react'
import { useStore } from 'zustand'
import type { AdminApi } from './adminApi'
import type { AdminState, AdminStore } from './adminStore'

interface AdminPage {
  store: AdminStore
  api: AdminApi
}

const AdminContext = createContext<AdminPage | null>(null)

export function AdminProvider({ store, api, children }: AdminPage & { children: ReactNode }) {
  return <AdminContext.Provider value={{ store, api }}>{children}</AdminContext.Provider>
}

/** The page's store and its HTTP API, for actions. */
export function useAdminPage(): AdminPage {
  const page = useContext(AdminContext)
  if (!page) throw new Error('useAdminPage must be used inside an AdminProvider')
  return page
}

/** A slice of the page's store; re-renders only when that slice changes. */
export function useAdmin<T>(selector: (state: AdminState) => T): T {
  return useStore(useAdminPage().store, selector)
}
