import { MeetingReport } from '@floor/shared'
import { apiPath } from '../net/meetingPaths'

export type ReportOutcome =
  | { ok: true; report: MeetingReport }
  | { ok: false; reason: 'refused' | 'not-found' | 'failed'; message: string }

export type ReportFormat = 'csv' | 'json'

/** The report's HTTP route, with the chair's (or the admin) token as bearer. */
export interface ReportApi {
  load(): Promise<ReportOutcome>
  /** The report as a file to save: CSV for a spreadsheet, JSON for a program. */
  download(format: ReportFormat): Promise<Blob>
}

/** `meetingId`: `/api/meetings/:id/report`; null: the default meeting's `/api/report`. */
export function createReportApi(
  token: string,
  meetingId: string | null = null,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
): ReportApi {
  const authorization = `Bearer ${token}`
  const path = apiPath(meetingId, 'report')
  return {
    async load() {
      let response: Response
      try {
        response = await fetchImpl(path, { headers: { authorization, accept: 'application/json' }, cache: 'no-store' })
      } catch (error) {
        return { ok: false, reason: 'failed', message: error instanceof Error ? error.message : String(error) }
      }
      if (response.status === 401) return { ok: false, reason: 'refused', message: 'HTTP 401' }
      if (response.status === 404) return { ok: false, reason: 'not-found', message: 'HTTP 404' }
      if (!response.ok) return { ok: false, reason: 'failed', message: `HTTP ${response.status}` }
      const parsed = MeetingReport.safeParse(await response.json().catch(() => null))
      if (!parsed.success) return { ok: false, reason: 'failed', message: 'the server’s answer is not a report' }
      return { ok: true, report: parsed.data }
    },
    async download(format) {
      const response = await fetchImpl(`${path}?format=${format}`, {
        headers: { authorization, accept: format === 'csv' ? 'text/csv' : 'application/json' },
        cache: 'no-store',
      })
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      return response.blob()
    },
  }
}
