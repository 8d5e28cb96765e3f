import { afterEach, describe, expect, it } from 'vitest'
import { expectAccepted } from '../support/expectAccepted'
import type { MeetingSetup } from '@floor/shared'
import { adminToken, chairToken, connectClient, startServer, type Harness } from './support/harness'

let harness: Harness
afterEach(async () => harness?.close())

const admin = { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' }

/** A Human Rights Council interactive dialogue: a small roster, one morning. */
const hrcDialogue: MeetingSetup = {
  id: 'hrc-id-migrants',
  title: 'Interactive dialogue with the Special Rapporteur on the human rights of migrants',
  venue: 'Room XX, Palais des Nations',
  timeZone: 'Europe/Zurich',
  defaultGuidelineSeconds: 120,
  guidelineByCategory: { stakeholder: 90 },
  segments: [{ id: 'dialogue', title: 'Interactive dialogue', startsAt: '2017-06-19T10:00:00+02:00', endsAt: '2017-06-19T13:00:00+02:00' }],
  roster: ['MEX', 'CHE', 'VAT', 'iom', { name: 'Amnesty International', category: 'stakeholder' }],
}

async function create(setup: unknown): Promise<Response> {
  return fetch(`${harness.url}/api/meetings`, { method: 'POST', headers: admin, body: JSON.stringify(setup) })
}

describe('several meetings in one server', () => {
  it('creates a meeting from a setup: 201 with its chair token and links, listed with its dates', async () => {
    harness = await startServer()
    const res = await create(hrcDialogue)
    expect(res.status).toBe(201)
    const body = await res.json()
    expect(body).toMatchObject({ id: 'hrc-id-migrants', chairToken: expect.any(String) })
    expect(body.links.chair).toMatch(/\/m\/hrc-id-migrants\/chair#token=/)
    expect(body.links.display).toMatch(/\/m\/hrc-id-migrants\/display$/)
    expect(body.links.overlay).toMatch(/\/m\/hrc-id-migrants\/display\/overlay$/)

    const list = await (await fetch(`${harness.url}/api/meetings`)).json()
    expect(list).toContainEqual({
      id: 'hrc-id-migrants',
      title: hrcDialogue.title,
      venue: 'Room XX, Palais des Nations',
      timeZone: 'Europe/Zurich',
      startsAt: '2017-06-19T10:00:00+02:00',
      endsAt: '2017-06-19T13:00:00+02:00',
      archived: false,
    })
    const document = await (await fetch(`${harness.url}/api/meetings/hrc-id-migrants`)).json()
    expect(document.delegations.map((d: { id: string }) => d.id)).toEqual(['MEX', 'CHE', 'VAT', 'iom', 'amnesty-international'])
    expect(document.meeting).toMatchObject({ defaultGuidelineSeconds: 120, guidelineByCategory: { stakeholder: 90 } })
  })

  it('needs only a title and a time zone, and makes the id from the title', async () => {
    harness = await startServer()
    const setup = { title: 'Économie & Société, 2e séance', timeZone: 'Africa/Nairobi', segments: hrcDialogue.segments }
    const first = await (await create(setup)).json()
    const second = await (await create(setup)).json()
    expect(first.id).toBe('economie-societe-2e-seance')
    expect(second.id).toBe('economie-societe-2e-seance-2')
    const document = await (await fetch(`${harness.url}/api/meetings/${first.id}`)).json()
    expect(document.delegations.length).toBeGreaterThan(193)
    expect(document.meeting).toMatchObject({ defaultGuidelineSeconds: 180, reservedStakeholderSeats: 2 })
  })

  it('refuses a bad setup with 400 naming every wrong field, and creates nothing', async () => {
    harness = await startServer()
    const res = await create({
      title: '',
      timeZone: 'Mars/Olympus',
      segments: [{ title: 'x', startsAt: '2017-06-19T13:00:00+02:00', endsAt: '2017-06-19T10:00:00+02:00' }],
      roster: ['MEX', 'XXX'],
    })
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.error.code).toBe('invalid')
    expect(body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['segments.0.endsAt', 'timeZone', 'title'])
    const unknown = await (await create({ ...hrcDialogue, id: 'other', roster: ['MEX', 'XXX'] })).json()
    expect(unknown.error.issues).toEqual([{ path: 'roster.1', message: expect.stringContaining('XXX') }])
    expect((await (await fetch(`${harness.url}/api/meetings`)).json()).map((m: { id: string }) => m.id)).toEqual(['gcm-3'])
  })

  it('answers 409 for a taken id, 401 without the admin token, 404 for an unknown meeting, 413 for a huge body', async () => {
    harness = await startServer()
    expect((await create(hrcDialogue)).status).toBe(201)
    const taken = await create(hrcDialogue)
    expect(taken.status).toBe(409)
    expect((await taken.json()).error.code).toBe('conflict')
    const asChair = await fetch(`${harness.url}/api/meetings`, {
      method: 'POST',
      headers: { ...admin, authorization: `Bearer ${chairToken}` },
      body: JSON.stringify({ ...hrcDialogue, id: 'by-chair' }),
    })
    expect(asChair.status).toBe(401)
    expect((await fetch(`${harness.url}/api/meetings/nope-nope`)).status).toBe(404)
    const huge = await create({ ...hrcDialogue, id: 'huge', venue: 'x'.repeat(2_000_000) })
    expect(huge.status).toBe(413)
    expect(huge.headers.get('content-type')).toMatch(/json/)
    const thousands = await create({ ...hrcDialogue, id: 'many', segments: Array(5000).fill(hrcDialogue.segments[0]) })
    expect(thousands.status).toBe(400)
    const deep = await fetch(`${harness.url}/api/meetings`, { method: 'POST', headers: admin, body: `${'['.repeat(50_000)}${']'.repeat(50_000)}` })
    expect(deep.status).toBe(400)
    const broken = await fetch(`${harness.url}/api/meetings`, { method: 'POST', headers: admin, body: '{"title": ' })
    expect(broken.status).toBe(400)
    expect(await broken.json()).toEqual({ error: { code: 'invalid', message: expect.any(String) } })
    expect((await fetch(`${harness.url}/healthz`)).status).toBe(200)
  })

  it('keeps two meetings apart: states, tokens, commands, logs and exports', async () => {
    harness = await startServer()
    const created = await (await create(hrcDialogue)).json()
    const hrcChair = await connectClient(harness.url, created.chairToken)
    const gcmChair = await harness.client(chairToken)
    const hrcDisplay = await connectClient(harness.url, undefined, { meetingId: 'hrc-id-migrants' })
    const gcmDisplay = await harness.client()
    expect(hrcChair.state.meeting.id).toBe('hrc-id-migrants')
    expect(hrcDisplay.state.meeting.id).toBe('hrc-id-migrants')
    expect(gcmDisplay.state.meeting.id).toBe('gcm-3')

    await hrcChair.send({ type: 'set-segment', segmentId: 'dialogue' })
    await hrcChair.send({ type: 'request-floor', delegationId: 'MEX' })
    const hrcSeen = await hrcDisplay.waitFor((s) => s.queue.length === 1)
    expect(hrcSeen.queue[0]?.delegationId).toBe('MEX')
    expect(gcmDisplay.state.version).toBe(0)
    expect(gcmDisplay.state.queue).toEqual([])
    // The first meeting's chair token is nobody in the second meeting, and the reverse.
    await expect(connectClient(harness.url, chairToken, { meetingId: 'hrc-id-migrants' })).rejects.toThrow('unauthorized')
    await expect(connectClient(harness.url, created.chairToken, { meetingId: 'gcm-3' })).rejects.toThrow('unauthorized')

    const issued = await hrcChair.send({ type: 'issue-token', delegationId: 'CHE' })
    expect(expectAccepted(issued).url).toMatch(/\/m\/hrc-id-migrants\/delegate#token=/)
    const tablet = await connectClient(harness.url, String(expectAccepted(issued).token))
    expect(tablet.state).toMatchObject({ role: 'delegate', delegationId: 'CHE', meeting: { id: 'hrc-id-migrants' } })

    // Exports: each chair reads its own meeting's, not the other's.
    const url = `${harness.url}/api/meetings/hrc-id-migrants/interventions`
    expect((await fetch(url, { headers: { authorization: `Bearer ${chairToken}` } })).status).toBe(401)
    expect((await fetch(url, { headers: { authorization: `Bearer ${created.chairToken}` } })).status).toBe(200)
    expect((await fetch(url, { headers: admin })).status).toBe(200)
    for (const client of [hrcChair, gcmChair, hrcDisplay, gcmDisplay, tablet]) client.socket.disconnect()
  })

  it('connects the admin token as the chair of the meeting it names, and refuses unknown meetings with not_found', async () => {
    harness = await startServer()
    await create(hrcDialogue)
    const asChair = await connectClient(harness.url, adminToken, { meetingId: 'hrc-id-migrants' })
    expect(asChair.state).toMatchObject({ role: 'chair', meeting: { id: 'hrc-id-migrants' } })
    await expect(connectClient(harness.url, undefined, { meetingId: 'no-such-meeting' })).rejects.toThrow('not_found')
    await expect(connectClient(harness.url, undefined, { meetingId: '../../etc' })).rejects.toThrow('not_found')
    asChair.socket.disconnect()
  })

  it('archives a meeting: every command rejected, views and exports still readable, archived in the list', async () => {
    harness = await startServer()
    const created = await (await create(hrcDialogue)).json()
    const chair = await connectClient(harness.url, created.chairToken)
    await chair.send({ type: 'set-segment', segmentId: 'dialogue' })
    expect((await fetch(`${harness.url}/api/meetings/hrc-id-migrants/archive`, { method: 'POST', headers: { authorization: `Bearer ${chairToken}` } })).status).toBe(401)
    expect((await fetch(`${harness.url}/api/meetings/hrc-id-migrants/archive`, { method: 'POST', headers: admin })).status).toBe(200)
    const refused = await chair.send({ type: 'request-floor', delegationId: 'MEX' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'rejected' } })
    const list = await (await fetch(`${harness.url}/api/meetings`)).json()
    expect(list.find((m: { id: string }) => m.id === 'hrc-id-migrants').archived).toBe(true)
    expect((await fetch(`${harness.url}/api/meetings/hrc-id-migrants/interventions`, { headers: admin })).status).toBe(200)
    const links = await (await fetch(`${harness.url}/api/meetings/hrc-id-migrants/links`, { headers: admin })).json()
    expect(links.chairToken).toBe(created.chairToken)
    chair.socket.disconnect()
  })
})

describe('a meeting’s setup as a template', () => {
  it('exports a setup that creates the same programme and roster again', async () => {
    harness = await startServer()
    await create(hrcDialogue)
    const exported = await (await fetch(`${harness.url}/api/meetings/hrc-id-migrants/setup`, { headers: admin })).json()
    expect(exported.roster).toEqual(['MEX', 'CHE', 'VAT', 'iom', { id: 'amnesty-international', name: 'Amnesty International', category: 'stakeholder' }])
    expect((await create({ ...exported, id: 'hrc-id-migrants-2' })).status).toBe(201)
    const [first, second] = await Promise.all(
      ['hrc-id-migrants', 'hrc-id-migrants-2'].map(async (id) => (await fetch(`${harness.url}/api/meetings/${id}`)).json()),
    )
    expect(second.segments).toEqual(first.segments)
    expect(second.delegations).toEqual(first.delegations)
    expect((await fetch(`${harness.url}/api/meetings/hrc-id-migrants/setup`)).status).toBe(401)
  })
})

describe('the README’s example setup', () => {
  it('creates the Human Rights Council dialogue it shows', async () => {
    const { readFileSync } = await import('node:fs')
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const example = /## Setting up a meeting[\s\S]*?```json\n([\s\S]*?)\n```/.exec(readme)?.[1]
    harness = await startServer()
    const res = await create(JSON.parse(example ?? 'null'))
    expect(res.status).toBe(201)
    const document = await (await fetch(`${harness.url}/api/meetings/hrc-61-id-torture`)).json()
    expect(document.segments.map((s: { id: string }) => s.id)).toEqual(['presentation', 'dialogue'])
    expect(document.delegations).toHaveLength(20)
  })
})
