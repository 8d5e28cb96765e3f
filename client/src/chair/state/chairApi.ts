import { apiPath } from '../../net/meetingPaths'

/** What `POST /api/delegations/import` answers for a list it could read. */
export interface ImportReport {
  added: Array<{ delegationId: string; name: string }>
  errors: Array<{ line: number; message: string }>
  alreadyListed: number
}

export type ImportOutcome = { ok: true; report: ImportReport } | { ok: false; message: string }

export type ExportFormat = 'csv' | 'json'

/** The chair's HTTP routes, with the chair's token as bearer. */
export interface ChairApi {
  importStakeholders(csv: string): Promise<ImportOutcome>
  /** Every finished intervention of the meeting, as a file to save. */
  exportInterventions(format: ExportFormat): Promise<Blob>
}

/** `meetingId`: the meeting's own routes (`/api/meetings/:id/…`); null: the default meeting's. */
export function createChairApi(
  token: string,
  meetingId: string | null = null,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): ChairApi {
  const authorization = `Bearer ${token}`
  return {
    async importStakeholders(csv) {
      let response: Response
      try {
        response = await fetchImpl(apiPath(meetingId, 'import'), {
          method: 'POST',
          headers: { authorization, 'content-type': 'text/csv; charset=utf-8', accept: 'application/json' },
          body: csv,
        })
      } catch {
        return { ok: false, message: 'network' }
      }
      const body = (await response.json().catch(() => null)) as unknown
      if (response.ok && isImportReport(body)) return { ok: true, report: body }
      return { ok: false, message: errorMessageOf(body) ?? `HTTP ${response.status}` }
    },
    async exportInterventions(format) {
      const response = await fetchImpl(`${apiPath(meetingId, 'interventions')}?format=${format}`, {
        headers: { authorization, accept: format === 'csv' ? 'text/csv' : 'application/json' },
      })
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      return response.blob()
    },
  }
}

function isImportReport(body: unknown): body is ImportReport {
  if (typeof body !== 'object' || body === null) return false
  const report = body as Partial<ImportReport>
  return Array.isArray(report.added) && Array.isArray(report.errors)
}

function errorMessageOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null
  const error = (body as { error: unknown }).error
  if (typeof error === 'object' && error !== null && 'message' in error) {
    const message = (error as { message: unknown }).message
    if (typeof message === 'string') return message
  }
  return null
}
