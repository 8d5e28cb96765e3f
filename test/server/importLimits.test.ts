import { afterEach, describe, expect, it } from 'vitest'
import type { DomainEvent } from '@floor/shared'
import type { EventStore } from '../../server/src/store/eventStore'
import { memoryStore } from '../support/memoryStore'
import { chairToken, startServer, type Harness } from './support/harness'

let harness: Harness
afterEach(async () => harness?.close())

const list = (rows: number) =>
  ['name,organization,category', ...Array.from({ length: rows }, (_, i) => `Person ${i},Registered organization ${i},stakeholder`)].join('\n')

async function importCsv(body: string): Promise<Response> {
  return fetch(`${harness.url}/api/delegations/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${chairToken}`, 'content-type': 'text/csv' },
    body,
  })
}

/** A store that counts its commits. */
function countingStore(): EventStore & { commits: DomainEvent[][] } {
  const inner = memoryStore()
  const commits: DomainEvent[][] = []
  return { ...inner, commits, append: async (meetingId, events, summary) => {
      await inner.append(meetingId, events, summary)
      commits.push([...events])
    },
  }
}

describe('a large stakeholder import', () => {
  it('adds two thousand organizations in one commit', async () => {
    const store = countingStore()
    harness = await startServer({ store })
    const before = store.commits.length
    const res = await importCsv(list(2000))
    expect(res.status).toBe(200)
    expect((await res.json()).added).toHaveLength(2000)
    expect(store.commits.length - before).toBe(1)
    expect(store.commits.at(-1)).toHaveLength(2000)
  })

  it('refuses more rows than the limit with the limit in the message, and adds nothing', async () => {
    harness = await startServer()
    const version = harness.server.host.state.version
    const res = await importCsv(list(2001))
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({
      error: { code: 'invalid', message: 'The file has 2001 rows; an import takes at most 2000. Split it in parts.' },
    })
    expect(harness.server.host.state.version).toBe(version)
  })

  it('answers a body too large, or one that is not text, with the JSON error shape: no stack, no path', async () => {
    harness = await startServer()
    const huge = await importCsv('x'.repeat(2_000_000))
    expect(huge.status).toBe(413)
    const text = await huge.text()
    expect(JSON.parse(text)).toEqual({ error: { code: 'invalid', message: 'The body is too large.' } })
    expect(text).not.toMatch(/node_modules|\/work\/|at /)
    const broken = await fetch(`${harness.url}/api/meetings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":' })
    expect(broken.status).toBe(400)
    expect(await broken.json()).toEqual({ error: { code: 'invalid', message: 'The body could not be read as JSON or text.' } })
  })
})
