import { describe, expect, it } from 'vitest'
import { allInterventions, reportOf, reportToCsv, type InterventionRecord } from '@floor/shared'
import { queueOf, type Room } from '../support/room'

/** Gives the floor to the head of the list and lets it speak that long. */
function speaks(room: Room, ms: number): Room {
  room.chair({ type: 'next' })
  return room.advance(ms)
}

/**
 * Panel 1: Mexico within the guideline, Switzerland 20 s over, the Holy See
 * 95 s over, IOM 45 s with a pause (organizations come before stakeholders);
 * MSF still waiting when the chair moves to Panel 2, where France speaks and
 * UNHCR is still waiting; PSI withdrew.
 */
function scriptedMeeting(): Room {
  const room = queueOf('MEX', 'CHE', 'VAT', 'msf', 'iom', 'psi')
  room.tablet('psi', { type: 'withdraw' })
  speaks(room, 170_000)
  speaks(room, 200_000)
  speaks(room, 275_000)
  speaks(room, 20_000)
  room.chair({ type: 'pause-timer' })
  room.advance(60_000).chair({ type: 'resume-timer' })
  room.advance(25_000).chair({ type: 'end-floor' })
  room.advance(5_000).chair({ type: 'set-segment', segmentId: 'panel-2' })
  room.advance(1_000).request('FRA', 'unhcr')
  speaks(room, 90_000).chair({ type: 'end-floor' })
  return room
}

function totalOf(records: readonly InterventionRecord[], field: 'spokeSeconds' | 'overrunSeconds'): number {
  return records.reduce((total, record) => total + record[field], 0)
}

describe('the meeting’s report', () => {
  it('sums what each category, segment and delegation spoke, as the intervention record has it', () => {
    const room = scriptedMeeting()
    const records = allInterventions(room.state)
    const report = reportOf(room.state, room.log, room.now)

    expect(report.interventions).toEqual(records)
    expect(report.totals).toEqual({
      interventions: 5,
      spokeSeconds: totalOf(records, 'spokeSeconds'),
      overrunSeconds: totalOf(records, 'overrunSeconds'),
      delegations: 5,
      unreached: 2,
    })
    expect(report.totals.spokeSeconds).toBe(170 + 200 + 275 + 45 + 90)
    expect(report.totals.overrunSeconds).toBe(20 + 95)
    expect(report.byCategory).toEqual([
      { category: 'member-state', interventions: 3, spokeSeconds: 460, overrunSeconds: 20 },
      { category: 'observer-state', interventions: 1, spokeSeconds: 275, overrunSeconds: 95 },
      { category: 'igo', interventions: 1, spokeSeconds: 45, overrunSeconds: 0 },
    ])
    expect(report.bySegment.map(({ segmentId, title, interventions, spokeSeconds, overrunSeconds }) => ({
      segmentId, title, interventions, spokeSeconds, overrunSeconds,
    }))).toEqual([
      { segmentId: 'panel-1', title: 'Panel 1', interventions: 4, spokeSeconds: 690, overrunSeconds: 115 },
      { segmentId: 'panel-2', title: 'Panel 2', interventions: 1, spokeSeconds: 90, overrunSeconds: 0 },
    ])
    expect(report.byDelegation.map((d) => [d.delegationId, d.name, d.interventions, d.spokeSeconds, d.overrunSeconds])).toEqual([
      ['MEX', 'Mexico', 1, 170, 0],
      ['CHE', 'Switzerland', 1, 200, 20],
      ['VAT', 'Holy See', 1, 275, 95],
      ['iom', 'International Organization for Migration', 1, 45, 0],
      ['FRA', 'France', 1, 90, 0],
    ])
  })

  it('places every intervention in one band of the guideline: within, up to 30 s over, more', () => {
    const report = reportOf(scriptedMeeting().state, null, 0)
    expect(report.guideline).toEqual({ within: 3, upTo30SecondsOver: 1, moreThan30SecondsOver: 1 })
  })

  it('rounds each intervention as its record does before adding, so the sums agree to the second', () => {
    const room = queueOf('MEX', 'CHE')
    speaks(room, 30_600)
    speaks(room, 180_500).chair({ type: 'end-floor' })
    const report = reportOf(room.state, room.log, room.now)
    // 31 + 181, not round(211.1): the figures a reader adds up from the record.
    expect(report.totals.spokeSeconds).toBe(212)
    expect(report.totals.overrunSeconds).toBe(1)
    expect(report.guideline).toEqual({ within: 1, upTo30SecondsOver: 1, moreThan30SecondsOver: 0 })
  })

  it('lists who was still waiting, and who a segment’s close left on its list, with when it closed', () => {
    const room = scriptedMeeting()
    const closedAt = room.log.find((e) => e.type === 'segment-activated' && e.segmentId === 'panel-2')!.at
    const report = reportOf(room.state, room.log, room.now)
    expect(report.unreached).toEqual([
      {
        delegationId: 'msf',
        name: 'Médecins Sans Frontières',
        category: 'stakeholder',
        kind: 'statement',
        segmentId: 'panel-1',
        requestedAt: '2017-06-19T08:30:03.000Z',
        reason: 'segment-closed',
        closedAt: new Date(closedAt).toISOString(),
      },
      {
        delegationId: 'unhcr',
        name: 'UNHCR',
        category: 'un-entity',
        kind: 'statement',
        segmentId: 'panel-2',
        requestedAt: expect.any(String),
        reason: 'waiting',
        closedAt: null,
      },
    ])
  })

  it('leaves out withdrawn and declined requests, and those reached when their segment came back', () => {
    const room = queueOf('MEX', 'CHE', 'msf')
    room.chair({ type: 'remove', requestId: room.requestIdOf('msf') })
    room.chair({ type: 'set-segment', segmentId: 'panel-2' })
    room.advance(60_000).chair({ type: 'set-segment', segmentId: 'panel-1' })
    speaks(room, 10_000)
    speaks(room, 10_000).chair({ type: 'end-floor' })
    const report = reportOf(room.state, room.log, room.now)
    expect(report.unreached).toEqual([])
    expect(report.totals.interventions).toBe(2)
  })

  it('gives no closing time without the log, and nothing else changes', () => {
    const room = scriptedMeeting()
    const withLog = reportOf(room.state, room.log, room.now)
    const withoutLog = reportOf(room.state, null, room.now)
    expect(withoutLog.unreached[0]?.closedAt).toBeNull()
    expect({ ...withoutLog, unreached: [] }).toEqual({ ...withLog, unreached: [] })
  })

  it('names the meeting with its programme’s dates and the moment it was made', () => {
    const room = scriptedMeeting()
    const report = reportOf(room.state, room.log, room.now)
    expect(report.meeting).toMatchObject({
      id: 'gcm-3',
      title: 'Third informal thematic session',
      timeZone: 'Europe/Zurich',
      startsAt: '2017-06-19T10:15:00+02:00',
      endsAt: '2017-06-19T17:50:00+02:00',
    })
    expect(report.generatedAt).toBe(new Date(room.now).toISOString())
  })
})

describe('the report as CSV', () => {
  it('writes each table as a block, times in UTC and in the meeting’s zone', () => {
    const room = scriptedMeeting()
    const csv = reportToCsv(reportOf(room.state, room.log, room.now))
    const lines = csv.split('\r\n')
    const block = (name: string) => lines.slice(lines.indexOf(name) + 1, lines.indexOf('', lines.indexOf(name)))
    expect(block('interventions')[0]).toBe(
      'delegationId,name,category,kind,segmentId,startedAt,endedAt,spokeSeconds,guidelineSeconds,overrunSeconds,startedAtLocal,endedAtLocal,band',
    )
    expect(block('interventions')[1]).toBe(
      'MEX,Mexico,member-state,statement,panel-1,2017-06-19T08:30:06.000Z,2017-06-19T08:32:56.000Z,170,180,0,2017-06-19 10:30:06,2017-06-19 10:32:56,within',
    )
    expect(block('interventions')[3]).toMatch(/^VAT,Holy See,.*,275,180,95,.*,moreThan30SecondsOver$/)
    expect(block('unreached')[1]).toMatch(
      /^msf,Médecins Sans Frontières,stakeholder,statement,panel-1,2017-06-19T08:30:03.000Z,2017-06-19 10:30:03,segment-closed,[^,]+Z,2017-06-19 \d\d:\d\d:\d\d$/,
    )
    expect(block('totals')).toEqual([
      'interventions,spokeSeconds,overrunSeconds,delegations,unreached,within,upTo30SecondsOver,moreThan30SecondsOver',
      '5,780,115,5,2,3,1,1',
    ])
    expect(block('byCategory')[1]).toBe('member-state,3,460,20')
    expect(block('meeting')[1]).toContain(',Europe/Zurich,2017-06-19T10:15:00+02:00,2017-06-19T17:50:00+02:00,2017-06-19 10:15:00,2017-06-19 17:50:00,')
  })

  it('keeps a name from running as a formula in a spreadsheet', () => {
    const room = queueOf('MEX')
    room.chair({ type: 'add-delegation', id: 'eq', name: '=HYPERLINK("x"), "Inc"', category: 'stakeholder' })
    room.request('eq')
    const csv = reportToCsv(reportOf(room.state, room.log, room.now))
    expect(csv).toContain(`eq,"'=HYPERLINK(""x""), ""Inc""",stakeholder,statement,panel-1,`)
  })
})
