import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { chairToken, startServer, tempDataDir, type Harness } from './support/harness'

let harness: Harness
afterEach(async () => harness?.close())

const bearer = { authorization: `Bearer ${chairToken}` }

describe('HTTP', () => {
  it('answers /healthz once connections are accepted', async () => {
    harness = await startServer()
    const res = await fetch(`${harness.url}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true })
  })

  it('serves the meeting, its programme and its roster', async () => {
    harness = await startServer()
    const body = await (await fetch(`${harness.url}/api/meeting`)).json()
    expect(body.meeting).toMatchObject({ id: 'gcm-3' })
    expect(body.segments.map((s: { id: string }) => s.id)).toEqual(['panel-1', 'lunch-1', 'panel-2'])
    expect(body.delegations).toContainEqual(expect.objectContaining({ id: 'TUR', name: 'Türkiye' }))
  })

  it('exports finished interventions as JSON and as CSV, to the chair only', async () => {
    let now = Date.parse('2017-06-19T10:30:00+02:00')
    harness = await startServer({ now: () => now })
    const chair = await harness.client(chairToken)
    await chair.send({ type: 'set-segment', segmentId: 'panel-1' })
    await chair.send({ type: 'request-floor', delegationId: 'MEX' })
    await chair.send({ type: 'next' })
    now += 200_000
    await chair.send({ type: 'end-floor' })

    expect((await fetch(`${harness.url}/api/interventions`)).status).toBe(401)
    expect((await fetch(`${harness.url}/api/interventions`, { headers: { authorization: 'Bearer nope' } })).status).toBe(401)

    const json = await (await fetch(`${harness.url}/api/interventions?format=json`, { headers: bearer })).json()
    expect(json).toEqual([
      {
        delegationId: 'MEX',
        name: 'Mexico',
        category: 'member-state',
        kind: 'statement',
        segmentId: 'panel-1',
        startedAt: '2017-06-19T08:30:00.000Z',
        endedAt: '2017-06-19T08:33:20.000Z',
        spokeSeconds: 200,
        guidelineSeconds: 180,
        overrunSeconds: 20,
      },
    ])
    const csv = await fetch(`${harness.url}/api/interventions?format=csv`, { headers: bearer })
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(await csv.text()).toBe(
      'delegationId,name,category,kind,segmentId,startedAt,endedAt,spokeSeconds,guidelineSeconds,overrunSeconds\r\n' +
        'MEX,Mexico,member-state,statement,panel-1,2017-06-19T08:30:00.000Z,2017-06-19T08:33:20.000Z,200,180,20\r\n',
    )
    expect((await fetch(`${harness.url}/api/interventions?format=xml`, { headers: bearer })).status).toBe(400)
  })

  it('serves the web client on its single-page routes, with security headers', async () => {
    const client = tempDataDir()
    mkdirSync(join(client.dir, 'assets'))
    writeFileSync(join(client.dir, 'index.html'), '<!doctype html><title>Floor app</title>')
    writeFileSync(join(client.dir, 'assets', 'app.js'), 'console.log(1)')
    harness = await startServer({ clientDir: client.dir })
    for (const route of ['/', '/chair', '/delegate', '/display', '/display/overlay']) {
      const res = await fetch(`${harness.url}${route}`)
      expect(res.status, route).toBe(200)
      expect(await res.text()).toContain('Floor app')
    }
    const res = await fetch(`${harness.url}/display`)
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain('connect-src')
    expect(csp).not.toContain('upgrade-insecure-requests')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await (await fetch(`${harness.url}/assets/app.js`)).text()).toBe('console.log(1)')
    expect((await fetch(`${harness.url}/nowhere`)).status).toBe(404)
    client.remove()
  })
})

describe('importing a stakeholder registration list', () => {
  const post = (url: string, body: string, headers: Record<string, string> = bearer) =>
    fetch(`${url}/api/delegations/import`, { method: 'POST', headers: { 'content-type': 'text/csv', ...headers }, body })

  it('adds the good rows, reports each bad row by its line, and tells every client', async () => {
    harness = await startServer()
    const chair = await harness.client(chairToken)
    const csv = [
      'name,organization,category',
      'Ana Pérez,Caritas Internationalis,stakeholder',
      'Bo Li,,stakeholder',
      'Chidi Okafor,"Migrant Forum in Asia, Manila",civil society',
      'Dana Roe,Médecins Sans Frontières,stakeholder',
      'Eve Moss,Some Body,pirate',
    ].join('\n')
    const res = await post(harness.url, csv)
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.added.map((a: { name: string }) => a.name)).toEqual([
      'Caritas Internationalis',
      'Migrant Forum in Asia, Manila',
    ])
    expect(body.errors.map((e: { line: number }) => e.line)).toEqual([3, 6])
    expect(body.alreadyListed).toBe(1)
    const roster = await (await fetch(`${harness.url}/api/meeting`)).json()
    expect(roster.delegations).toContainEqual(
      expect.objectContaining({ id: 'caritas-internationalis', category: 'stakeholder' }),
    )
    await chair.waitFor((s) => s.version === 2)
  })

  it('adds nothing from a file whose structure cannot be read', async () => {
    harness = await startServer()
    const res = await post(harness.url, 'name,organization,category\n"Ana,Caritas,stakeholder\n')
    expect(res.status).toBe(400)
    expect((await res.json()).error.message).toMatch(/quote/i)
    expect(harness.server.host.state.version).toBe(0)
  })

  it('is for the chair only', async () => {
    harness = await startServer()
    expect((await post(harness.url, 'name,organization,category\n', {})).status).toBe(401)
  })
})
