import { describe, expect, it } from 'vitest'
import { allInterventions, recordsToCsv } from '@floor/shared'
import { queueOf } from '../support/room'

describe('the intervention record', () => {
  it('lists every finished intervention of the meeting, oldest first, across segments', () => {
    const room = queueOf('MEX', 'CHE')
    room.chair({ type: 'next' })
    room.advance(30_000).chair({ type: 'next' })
    room.advance(200_000).chair({ type: 'set-segment', segmentId: 'panel-2' })
    const records = allInterventions(room.state)
    expect(records.map((r) => [r.delegationId, r.spokeSeconds, r.overrunSeconds])).toEqual([
      ['MEX', 30, 0],
      ['CHE', 200, 20],
    ])
    expect(records[0]?.startedAt).toBe('2017-06-19T08:30:02.000Z')
  })

  it('writes CSV with the protocol’s header, quoting what needs quoting', () => {
    const room = queueOf('msf')
    room.chair({ type: 'next' })
    room.advance(61_000).chair({ type: 'end-floor' })
    room.chair({ type: 'add-delegation', name: '=HYPERLINK("x"), "Inc"', category: 'stakeholder' })
    const csv = recordsToCsv(allInterventions(room.state))
    const [header, row] = csv.split('\r\n')
    expect(header).toBe(
      'delegationId,name,category,kind,segmentId,startedAt,endedAt,spokeSeconds,guidelineSeconds,overrunSeconds',
    )
    expect(row).toMatch(/^msf,Médecins Sans Frontières,stakeholder,statement,panel-1,[^,]+,[^,]+,61,180,0$/)
    expect(recordsToCsv([{ ...allInterventions(room.state)[0]!, name: '=SUM(A1), "x"' }])).toContain(
      `"'=SUM(A1), ""x"""`,
    )
    for (const sign of ['＝', '＋', '－', '＠']) {
      expect(recordsToCsv([{ ...allInterventions(room.state)[0]!, name: `${sign}CMD()` }])).toContain(`,'${sign}CMD(),`)
    }
  })
})
