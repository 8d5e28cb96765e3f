import type { StatementLanguage, StatementListing, StatementPublish } from '@floor/shared'

/** Where a meeting's statements are (PROTOCOL.md section 9); null: the default meeting, or the one the token names. */
export function statementsPath(meetingId: string | null): string {
  return meetingId === null ? '/api/statements' : `/api/meetings/${encodeURIComponent(meetingId)}/statements`
}

export interface StatementToSend {
  file: Blob & { name?: string }
  language: StatementLanguage
  publish: StatementPublish
  /** The chair names the delegation; a tablet sends for its own. */
  delegationId?: string
  /** A statement of the same delegation this one replaces. */
  replaces?: string
}

export type SendOutcome = { ok: true; statementId: string } | { ok: false; status: number; message: string }

/** The statement a page opened: text as text, a PDF as a blob URL for the browser's viewer, a DOCX as its bytes. */
export type OpenedStatement =
  | { kind: 'text'; text: string }
  | { kind: 'pdf'; url: string }
  | { kind: 'docx'; bytes: ArrayBuffer }

/** The statement routes with this page's token as bearer (none: the public's). */
export interface StatementsApi {
  list(): Promise<StatementListing[]>
  send(statement: StatementToSend): Promise<SendOutcome>
  remove(statementId: string): Promise<{ ok: boolean; message?: string }>
  open(statementId: string): Promise<OpenedStatement>
}

/** What the browser says a picked file is, by its type or else its name's ending. */
export function contentTypeOf(file: { type: string; name?: string }): string | null {
  const type = file.type.toLowerCase()
  if (type === 'text/plain' || type === 'application/pdf' || type.endsWith('wordprocessingml.document')) return type
  const name = (file.name ?? '').toLowerCase()
  if (name.endsWith('.txt')) return 'text/plain'
  if (name.endsWith('.pdf')) return 'application/pdf'
  if (name.endsWith('.docx')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  return null
}

export function createStatementsApi(token: string | null, meetingId: string | null, fetchImpl: typeof fetch = (...args) => fetch(...args)): StatementsApi {
  const base = statementsPath(meetingId)
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {}
  const messageOf = async (response: Response) =>
    ((await response.json().catch(() => null)) as { error?: { message?: string } } | null)?.error?.message ?? response.statusText
  return {
    async list() {
      const response = await fetchImpl(base, { headers: { ...headers, accept: 'application/json' } })
      if (!response.ok) throw new Error(await messageOf(response))
      return (await response.json()) as StatementListing[]
    },
    async send({ file, language, publish, delegationId, replaces }) {
      const type = contentTypeOf(file)
      if (!type) return { ok: false, status: 415, message: 'type' }
      const query = new URLSearchParams({ language, publish })
      if (file.name) query.set('filename', file.name)
      if (delegationId) query.set('delegationId', delegationId)
      if (replaces) query.set('replaces', replaces)
      let response: Response
      try {
        response = await fetchImpl(`${base}?${query}`, { method: 'POST', headers: { ...headers, 'content-type': type }, body: file })
      } catch {
        return { ok: false, status: 0, message: 'network' }
      }
      if (response.status !== 201) return { ok: false, status: response.status, message: await messageOf(response) }
      return { ok: true, statementId: ((await response.json()) as { statementId: string }).statementId }
    },
    async remove(statementId) {
      const response = await fetchImpl(`${base}/${encodeURIComponent(statementId)}`, { method: 'DELETE', headers })
      return response.ok ? { ok: true } : { ok: false, message: await messageOf(response) }
    },
    async open(statementId) {
      const response = await fetchImpl(`${base}/${encodeURIComponent(statementId)}`, { headers })
      if (!response.ok) throw new Error(await messageOf(response))
      const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim()
      if (type === 'application/pdf') return { kind: 'pdf', url: URL.createObjectURL(await response.blob()) }
      if (type === 'text/plain') return { kind: 'text', text: await response.text() }
      return { kind: 'docx', bytes: await response.arrayBuffer() }
    },
  }
}
