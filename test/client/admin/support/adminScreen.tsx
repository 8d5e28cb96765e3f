import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { MeetingSummary } from '@floor/shared'
import AdminApp from '../../../../client/src/admin/AdminApp'

export const adminToken = 'admin-secret'

/** One HTTP call the page made, as the server saw it. */
export interface Call {
  method: string
  path: string
  authorization: string | null
  body: unknown
}

type Answer = { status: number; body: unknown }

/**
 * The server's side of `/admin`, as small as these tests need: the meetings'
 * list, and an answer to creating one that each test sets.
 */
export class FakeAdminServer {
  readonly calls: Call[] = []
  /** What `POST /api/meetings` answers; by default 201 with the id from the title. */
  createAnswer: (body: Record<string, unknown>) => Answer = (body) => {
    const id = String(body.id ?? 'new-meeting')
    return { status: 201, body: { id, chairToken: 'chair-of-' + id, links: linksOf(id) } }
  }

  constructor(public meetings: MeetingSummary[] = []) {}

  readonly fetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input), 'http://floor.test')
    const method = init?.method ?? 'GET'
    const headers = new Headers(init?.headers)
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined
    this.calls.push({ method, path: url.pathname, authorization: headers.get('authorization'), body })
    const answer = this.answer(method, url.pathname, headers.get('authorization'), body)
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } })
  }

  private answer(method: string, path: string, authorization: string | null, body: unknown): Answer {
    if (method === 'GET' && path === '/api/meetings') return { status: 200, body: this.meetings }
    if (authorization !== `Bearer ${adminToken}`) return { status: 401, body: { error: { code: 'forbidden', message: 'This needs the admin token.' } } }
    if (method === 'POST' && path === '/api/meetings') {
      const answer = this.createAnswer(body as Record<string, unknown>)
      if (answer.status === 201) {
        const setup = body as { title: string; timeZone: string; segments: Array<{ startsAt: string; endsAt: string }> }
        const id = (answer.body as { id: string }).id
        this.meetings = [...this.meetings, summary(id, setup.title, setup.timeZone, setup.segments[0]!.startsAt, setup.segments.at(-1)!.endsAt)]
      }
      return answer
    }
    const [, , , id, what] = path.split('/')
    const meeting = this.meetings.find((m) => m.id === id)
    if (!meeting) return { status: 404, body: { error: { code: 'not_found', message: `No meeting ${id}.` } } }
    if (method === 'GET' && what === 'links') return { status: 200, body: { chairToken: 'chair-of-' + id, links: linksOf(meeting.id) } }
    if (method === 'GET' && what === 'setup') {
      return { status: 200, body: { id, title: meeting.title, timeZone: meeting.timeZone, segments: [], roster: 'un' } }
    }
    if (method === 'POST' && what === 'archive') {
      this.meetings = this.meetings.map((m) => (m.id === id ? { ...m, archived: true } : m))
      return { status: 200, body: { id, archived: true } }
    }
    return { status: 404, body: { error: { code: 'not_found', message: path } } }
  }

  /** The bodies of every `POST /api/meetings`. */
  get created(): Array<Record<string, unknown>> {
    return this.calls.filter((c) => c.method === 'POST' && c.path === '/api/meetings').map((c) => c.body as Record<string, unknown>)
  }
}

export function linksOf(id: string) {
  const base = `http://floor.test/m/${id}`
  return { chair: `${base}/chair#token=chair-of-${id}`, display: `${base}/display`, overlay: `${base}/display/overlay` }
}

export function summary(id: string, title: string, timeZone: string, startsAt: string, endsAt: string, more: Partial<MeetingSummary> = {}): MeetingSummary {
  return { id, title, timeZone, startsAt, endsAt, archived: false, ...more }
}

/** Opens `/admin` with the admin link (or `url`), on a fake server. */
export async function openAdmin(server: FakeAdminServer, url = `/admin#token=${adminToken}`) {
  window.history.replaceState(null, '', url)
  const user = userEvent.setup()
  render(<AdminApp fetchImpl={server.fetch} />)
  if (url.includes('token=')) await screen.findByRole('heading', { name: 'Meetings on this server' })
  return { user }
}
