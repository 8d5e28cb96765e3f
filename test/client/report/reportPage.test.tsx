import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { reportOf, type MeetingReport } from '@floor/shared'
import ReportApp from '../../../client/src/report/ReportApp'
import type { ReportApi, ReportOutcome } from '../../../client/src/report/reportApi'
import { queueOf, type Room } from '../../support/room'

beforeEach(() => {
  window.sessionStorage.clear()
  window.localStorage.clear()
})

/**
 * Panel 1: Mexico 170 s, Switzerland 200 s (20 over), the Holy See 275 s (95
 * over); MSF still on the list when the chair moves to Panel 2, where France
 * waits.
 */
function scriptedMeeting(): Room {
  const room = queueOf('MEX', 'CHE', 'VAT', 'msf')
  for (const ms of [170_000, 200_000, 275_000]) {
    room.chair({ type: 'next' })
    room.advance(ms)
  }
  room.chair({ type: 'end-floor' })
  room.advance(30_000).chair({ type: 'set-segment', segmentId: 'panel-2' })
  room.advance(1_000).request('FRA')
  return room
}

function reportOfRoom(room: Room): MeetingReport {
  const report = reportOf(room.state, room.log, room.now)
  return { ...report, meeting: { ...report.meeting, venue: 'Room XIX, Palais des Nations' } }
}

/** A server that answers the report (or refuses), and records what was asked. */
function fakeApi(outcome: ReportOutcome) {
  const calls: Array<{ token: string; what: string }> = []
  const make = (token: string): ReportApi => ({
    load: async () => {
      calls.push({ token, what: 'load' })
      return outcome
    },
    download: async (format) => {
      calls.push({ token, what: format })
      return new Blob(['x'])
    },
  })
  return { make, calls }
}

async function openReport(outcome: ReportOutcome, meetingId: string | null = null) {
  const api = fakeApi(outcome)
  const user = userEvent.setup()
  render(<ReportApp meetingId={meetingId} api={api.make} />)
  return { ...api, user }
}

describe('the report page', () => {
  it('shows the meeting’s header with its dates in the meeting’s zone, and the totals', async () => {
    window.sessionStorage.setItem('floor.token.chair', 'the-chair')
    const { calls } = await openReport({ ok: true, report: reportOfRoom(scriptedMeeting()) })
    expect(await screen.findByRole('heading', { level: 1, name: 'Third informal thematic session' })).toBeInTheDocument()
    expect(calls).toEqual([{ token: 'the-chair', what: 'load' }])
    expect(screen.getByText('Room XIX, Palais des Nations')).toBeInTheDocument()
    expect(screen.getByText(/June 19, 2017.*10:15.*17:50 \(Europe\/Zurich\)/)).toBeInTheDocument()
    const totals = screen.getByRole('region', { name: 'Totals' })
    expect(within(totals).getByText('Interventions').nextSibling).toHaveTextContent('3')
    expect(within(totals).getByText('Time spoken').nextSibling).toHaveTextContent('10:45')
    expect(within(totals).getByText('Over the guideline').nextSibling).toHaveTextContent('1:55')
    expect(within(totals).getByText('Not reached').nextSibling).toHaveTextContent('2')
  })

  it('gives speaking time by category and by segment, each with its chart drawn by Plot', async () => {
    window.sessionStorage.setItem('floor.token.chair', 'the-chair')
    await openReport({ ok: true, report: reportOfRoom(scriptedMeeting()) })
    const byCategory = await screen.findByRole('region', { name: 'Speaking time by category' })
    const memberStates = within(byCategory).getByRole('row', { name: /Member State/ })
    expect(within(memberStates).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['2', '6:10', '+0:20'])
    expect(within(byCategory).getByRole('img', { name: 'Speaking time by category' }).querySelector('svg')).not.toBeNull()
    const bySegment = screen.getByRole('region', { name: 'Speaking time by segment' })
    expect(within(bySegment).getByRole('row', { name: /Panel 1/ })).toHaveTextContent('10:15–13:00')
    expect(within(bySegment).getByRole('img', { name: 'Speaking time by segment' }).querySelector('svg')).not.toBeNull()
  })

  it('says how the interventions stood against the guideline, and lays out the day', async () => {
    window.sessionStorage.setItem('floor.token.chair', 'the-chair')
    await openReport({ ok: true, report: reportOfRoom(scriptedMeeting()) })
    const guideline = await screen.findByRole('region', { name: 'Against the guideline' })
    expect(within(guideline).getByText(/Within the guideline: 1/)).toHaveTextContent('Within the guideline: 1 (33 %)')
    expect(within(guideline).getByText(/Up to 30 s over: 1/)).toBeInTheDocument()
    expect(within(guideline).getByText(/More than 30 s over: 1/)).toBeInTheDocument()
    const timeline = screen.getByRole('region', { name: 'The day’s timeline' })
    const rows = within(timeline).getAllByRole('row').slice(1)
    expect(rows.map((row) => row.textContent)).toEqual([
      '10:30:04MexicoPanel 12:503:00–',
      '10:32:54SwitzerlandPanel 13:203:00+0:20',
      '10:36:14Holy SeePanel 14:353:00+1:35',
    ])
    // The bars sit on the meeting's clock: the axis reads Geneva's times.
    expect(within(timeline).getByRole('img', { name: 'The day’s timeline' }).textContent).toMatch(/10:3\d/)
  })

  it('lists who was not reached: left when Panel 1 closed, still waiting on Panel 2', async () => {
    window.sessionStorage.setItem('floor.token.chair', 'the-chair')
    await openReport({ ok: true, report: reportOfRoom(scriptedMeeting()) })
    const unreached = await screen.findByRole('region', { name: 'Not reached' })
    expect(within(unreached).getByRole('row', { name: /Médecins Sans Frontières/ })).toHaveTextContent(
      'Médecins Sans FrontièresStakeholderPanel 110:30:03Segment closed at 10:41:19',
    )
    expect(within(unreached).getByRole('row', { name: /France/ })).toHaveTextContent('Still waiting')
  })

  it('prints, and downloads the CSV and the JSON with the chair’s token', async () => {
    window.sessionStorage.setItem('floor.token.chair.hrc-55', 'hrc-chair')
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined)
    const createObjectURL = vi.fn(() => 'blob:report')
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() })
    const { user, calls } = await openReport({ ok: true, report: reportOfRoom(scriptedMeeting()) }, 'hrc-55')
    await user.click(await screen.findByRole('button', { name: 'Print' }))
    expect(print).toHaveBeenCalledOnce()
    await user.click(screen.getByRole('button', { name: 'Download CSV' }))
    await user.click(screen.getByRole('button', { name: 'Download JSON' }))
    expect(calls.map((call) => `${call.token} ${call.what}`)).toEqual(['hrc-chair load', 'hrc-chair csv', 'hrc-chair json'])
    expect(createObjectURL).toHaveBeenCalledTimes(2)
    expect(screen.getByRole('link', { name: 'Back to the console' })).toHaveAttribute('href', '/m/hrc-55/chair')
  })

  it('says so plainly before anyone has spoken', async () => {
    window.sessionStorage.setItem('floor.token.chair', 'the-chair')
    await openReport({ ok: true, report: reportOf(queueOf('MEX').state, null, 0) })
    expect(await screen.findByText('No intervention yet.')).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Speaking time by category' })).not.toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Not reached' })).toHaveTextContent('Mexico')
  })
})

describe('the report’s token', () => {
  it('asks for the chair’s link when this tab keeps no token, and keeps the pasted one as the console does', async () => {
    const { user, calls } = await openReport({ ok: true, report: reportOfRoom(scriptedMeeting()) }, 'hrc-55')
    expect(screen.getByRole('alert')).toHaveTextContent('The report needs the chair’s token of this meeting')
    expect(calls).toEqual([])
    await user.type(screen.getByLabelText('Chair link or token'), 'http://10.0.0.5:3000/m/hrc-55/chair#token=pasted{Enter}')
    expect(await screen.findByRole('heading', { level: 1, name: 'Third informal thematic session' })).toBeInTheDocument()
    expect(calls).toEqual([{ token: 'pasted', what: 'load' }])
    expect(window.sessionStorage.getItem('floor.token.chair.hrc-55')).toBe('pasted')
  })

  it('forgets a token the server refuses and asks again', async () => {
    window.sessionStorage.setItem('floor.token.chair', 'stale')
    await openReport({ ok: false, reason: 'refused', message: 'HTTP 401' })
    expect(await screen.findByText(/The server refused this token/)).toBeInTheDocument()
    expect(window.sessionStorage.getItem('floor.token.chair')).toBeNull()
  })

  it('says when the meeting does not exist', async () => {
    window.sessionStorage.setItem('floor.token.chair.gone-away', 'some')
    await openReport({ ok: false, reason: 'not-found', message: 'HTTP 404' }, 'gone-away')
    expect(await screen.findByText(/No such meeting/)).toBeInTheDocument()
  })
})
