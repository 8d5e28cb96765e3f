import { MeetingLinks, MeetingSummary, type FieldIssue } from '@floor/shared'

/** What `POST /api/meetings` came to. */
export type CreateOutcome =
  | { ok: true; created: MeetingLinks & { id: string } }
  | { ok: false; kind: 'invalid'; message: string; issues: FieldIssue[] }
  | { ok: false; kind: 'conflict' | 'unauthorized' | 'failed'; message: string }

/** A refusal of any other call: the admin token was refused, or something else went wrong. */
export class AdminApiError extends Error {
  constructor(
    readonly kind: 'unauthorized' | 'not-found' | 'failed',
    message: string,
  ) {
    super(message)
  }
}

/** The setup page's HTTP routes (PROTOCOL.md section 7), with the admin token as bearer. */
export interface AdminApi {
  listMeetings(): Promise<MeetingSummary[]>
  createMeeting(setup: unknown): Promise<CreateOutcome>
  links(id: string): Promise<MeetingLinks>
  /** The meeting's setup as the server exports it, a JSON file to save. */
  setupFile(id: string): Promise<Blob>
  archive(id: string): Promise<void>
}

export function createAdminApi(token: string, fetchImpl: typeof fetch = (...args) => fetch(...args)): AdminApi {
  const authorization = `Bearer ${token}`
  const call = async (path: string, init: RequestInit = {}): Promise<Response> => {
    let response: Response
    try {
      response = await fetchImpl(path, { ...init, headers: { authorization, accept: 'application/json', ...init.headers } })
    } catch {
      throw new AdminApiError('failed', 'The server cannot be reached.')
    }
    if (response.ok) return response
    const message = messageOf(await response.json().catch(() => null)) ?? `HTTP ${response.status}`
    if (response.status === 401 || response.status === 403) throw new AdminApiError('unauthorized', message)
    if (response.status === 404) throw new AdminApiError('not-found', message)
    throw new AdminApiError('failed', message)
  }
  const json = async (path: string, init?: RequestInit): Promise<unknown> => (await call(path, init)).json()

  return {
    async listMeetings() {
      const body = await json('/api/meetings')
      const parsed = MeetingSummary.array().safeParse(body)
      if (!parsed.success) throw new AdminApiError('failed', 'The server answered with something other than a list of meetings.')
      return parsed.data
    },
    async createMeeting(setup) {
      let response: Response
      try {
        response = await fetchImpl('/api/meetings', {
          method: 'POST',
          headers: { authorization, accept: 'application/json', 'content-type': 'application/json' },
          body: JSON.stringify(setup),
        })
      } catch {
        return { ok: false, kind: 'failed', message: 'The server cannot be reached.' }
      }
      const body = (await response.json().catch(() => null)) as unknown
      if (response.status === 201) {
        const parsed = MeetingLinks.safeParse(body)
        if (parsed.success && parsed.data.id) return { ok: true, created: { ...parsed.data, id: parsed.data.id } }
      }
      const message = messageOf(body) ?? `HTTP ${response.status}`
      if (response.status === 400) return { ok: false, kind: 'invalid', message, issues: issuesOf(body) }
      if (response.status === 409) return { ok: false, kind: 'conflict', message }
      if (response.status === 401 || response.status === 403) return { ok: false, kind: 'unauthorized', message }
      return { ok: false, kind: 'failed', message }
    },
    async links(id) {
      const parsed = MeetingLinks.safeParse(await json(`/api/meetings/${encodeURIComponent(id)}/links`))
      if (!parsed.success) throw new AdminApiError('failed', 'The server answered without the links.')
      return parsed.data
    },
    async setupFile(id) {
      return (await call(`/api/meetings/${encodeURIComponent(id)}/setup`)).blob()
    },
    async archive(id) {
      await call(`/api/meetings/${encodeURIComponent(id)}/archive`, { method: 'POST' })
    },
  }
}

function messageOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null
  const error = (body as { error: unknown }).error
  if (typeof error !== 'object' || error === null || !('message' in error)) return null
  const message = (error as { message: unknown }).message
  return typeof message === 'string' ? message : null
}

function issuesOf(body: unknown): FieldIssue[] {
  const issues = (body as { error?: { issues?: unknown } } | null)?.error?.issues
  if (!Array.isArray(issues)) return []
  return issues.filter(
    (issue): issue is FieldIssue =>
      typeof issue === 'object' && issue !== null && typeof issue.path === 'string' && typeof issue.message === 'string',
  )
}
