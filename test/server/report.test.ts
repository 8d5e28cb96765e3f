import { afterEach, describe, expect, it } from 'vitest'
import { MeetingReport, type InterventionRecord, type MeetingSetup } from '@floor/shared'
import { expectAccepted } from '../support/expectAccepted'
import { panelOneMorning } from '../support/room'
import { adminToken, chairToken, connectClient, startServer, type Client, type Harness } from './support/harness'

let harness: Harness
let time = panelOneMorning
afterEach(async () => harness?.close())

const asChair = { authorization: `Bearer ${chairToken}` }
const asAdmin = { authorization: `Bearer ${adminToken}` }

/**
 * Panel 1 over the chair's socket: Mexico 170 s, Switzerland 215 s (35 over),
 * the Holy See 190 s (10 over); MSF still on the list when the chair moves to
 * Panel 2, where France asks and waits.
 */
async function scriptedMorning(): Promise<Client> {
  time = panelOneMorning
  harness = await startServer({ now: () => time })
  const chair = await harness.client(chairToken)
  const send = async (command: Record<string, unknown> & { type: string }) => expectAccepted(await chair.send(command))
  await send({ type: 'set-segment', segmentId: 'panel-1' })
  for (const delegationId of ['MEX', 'CHE', 'VAT', 'msf']) {
    await send({ type: 'request-floor', delegationId })
    time += 1_000
  }
  for (const seconds of [170, 215, 190]) {
    await send({ type: 'next' })
    time += seconds * 1_000
  }
  await send({ type: 'end-floor' })
  time += 20_000
  await send({ type: 'set-segment', segmentId: 'panel-2' })
  await send({ type: 'request-floor', delegationId: 'FRA' })
  time += 60_000
  return chair
}

async function getReport(path: string, headers: Record<string, string> = asChair): Promise<MeetingReport> {
  const res = await fetch(`${harness.url}${path}`, { headers })
  expect(res.status).toBe(200)
  return MeetingReport.parse(await res.json())
}

describe('GET /api/report', () => {
  it('gives the chair the default meeting’s report, its figures those of the intervention record', async () => {
    const chair = await scriptedMorning()
    const report = await getReport('/api/report')
    const records = (await (await fetch(`${harness.url}/api/interventions`, { headers: asChair })).json()) as InterventionRecord[]

    expect(report.interventions).toEqual(records)
    const spoke = records.reduce((total, r) => total + r.spokeSeconds, 0)
    const over = records.reduce((total, r) => total + r.overrunSeconds, 0)
    expect(report.totals).toEqual({ interventions: 3, spokeSeconds: spoke, overrunSeconds: over, delegations: 3, unreached: 2 })
    expect([spoke, over]).toEqual([575, 45])
    expect(report.guideline).toEqual({ within: 1, upTo30SecondsOver: 1, moreThan30SecondsOver: 1 })
    expect(report.byCategory).toEqual([
      { category: 'member-state', interventions: 2, spokeSeconds: 385, overrunSeconds: 35 },
      { category: 'observer-state', interventions: 1, spokeSeconds: 190, overrunSeconds: 10 },
    ])
    expect(report.bySegment.map((s) => [s.segmentId, s.interventions, s.spokeSeconds])).toEqual([
      ['panel-1', 3, 575],
      ['panel-2', 0, 0],
    ])
    expect(report.unreached.map((u) => [u.delegationId, u.segmentId, u.reason])).toEqual([
      ['msf', 'panel-1', 'segment-closed'],
      ['FRA', 'panel-2', 'waiting'],
    ])
    // Panel 1 closed when the chair moved on, 20 s after the Holy See finished.
    expect(report.unreached[0]?.closedAt).toBe(new Date(Date.parse(records[2]!.endedAt) + 20_000).toISOString())
    expect(report.generatedAt).toBe(new Date(time).toISOString())
    expect(report.meeting).toMatchObject({ id: 'gcm-3', timeZone: 'Europe/Zurich' })
    chair.socket.disconnect()
  })

  it('writes CSV with each time in UTC and in the meeting’s zone', async () => {
    const chair = await scriptedMorning()
    const res = await fetch(`${harness.url}/api/report?format=csv`, { headers: asChair })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="report-gcm-3.csv"')
    const csv = await res.text()
    // Mexico took the floor at 10:30:04 in Geneva: 08:30:04 UTC.
    expect(csv).toContain('MEX,Mexico,member-state,statement,panel-1,2017-06-19T08:30:04.000Z,2017-06-19T08:32:54.000Z,170,180,0,2017-06-19 10:30:04,2017-06-19 10:32:54,within')
    expect(csv).toMatch(/\r\nmsf,Médecins Sans Frontières,stakeholder,statement,panel-1,2017-06-19T08:30:03.000Z,2017-06-19 10:30:03,segment-closed,/)
    chair.socket.disconnect()
  })

  it('answers 401 without the chair’s or the admin token, 400 for another format', async () => {
    harness = await startServer()
    expect((await fetch(`${harness.url}/api/report`)).status).toBe(401)
    expect((await fetch(`${harness.url}/api/report`, { headers: { authorization: 'Bearer nobody' } })).status).toBe(401)
    expect((await fetch(`${harness.url}/api/report`, { headers: asAdmin })).status).toBe(200)
    expect((await fetch(`${harness.url}/api/report?format=xml`, { headers: asChair })).status).toBe(400)
  })
})

const dialogue: MeetingSetup = {
  id: 'hrc-id-migrants',
  title: 'Interactive dialogue with the Special Rapporteur on the human rights of migrants',
  venue: 'Room XX, Palais des Nations',
  timeZone: 'Europe/Zurich',
  segments: [{ id: 'dialogue', title: 'Interactive dialogue', startsAt: '2017-06-19T10:00:00+02:00', endsAt: '2017-06-19T13:00:00+02:00' }],
  roster: ['MEX', 'CHE'],
}

describe('GET /api/meetings/:id/report', () => {
  it('gives a meeting’s report to its own chair and the admin, never to another meeting’s chair', async () => {
    harness = await startServer()
    const created = await (
      await fetch(`${harness.url}/api/meetings`, {
        method: 'POST',
        headers: { ...asAdmin, 'content-type': 'application/json' },
        body: JSON.stringify(dialogue),
      })
    ).json()
    const chair = await connectClient(harness.url, created.chairToken)
    expectAccepted(await chair.send({ type: 'set-segment', segmentId: 'dialogue' }))
    expectAccepted(await chair.send({ type: 'request-floor', delegationId: 'CHE' }))

    const path = '/api/meetings/hrc-id-migrants/report'
    const report = await getReport(path, { authorization: `Bearer ${created.chairToken}` })
    expect(report.meeting).toMatchObject({ id: 'hrc-id-migrants', venue: 'Room XX, Palais des Nations' })
    expect(report.unreached.map((u) => [u.delegationId, u.reason])).toEqual([['CHE', 'waiting']])
    expect((await getReport(path, asAdmin)).totals.unreached).toBe(1)
    expect((await fetch(`${harness.url}${path}`, { headers: asChair })).status).toBe(401)
    // The default meeting's report is not the new chair's either.
    expect((await fetch(`${harness.url}/api/report`, { headers: { authorization: `Bearer ${created.chairToken}` } })).status).toBe(401)
    chair.socket.disconnect()
  })

  it('answers 404 for an unknown meeting', async () => {
    harness = await startServer()
    const res = await fetch(`${harness.url}/api/meetings/no-such-meeting/report`, { headers: asAdmin })
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } })
  })
})
