export const root: string
export function buildIfStale(workspace: string, output: string, sources: string[]): boolean
export function buildClientIfStale(): boolean
export function buildServerIfStale(): boolean
