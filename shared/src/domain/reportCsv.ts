import type { MeetingReport } from '../protocol'
import { csvField, recordColumns } from './records'
import { guidelineBandOf } from './report'
import { zonedClockAt } from './zonedTime'

/** `2017-06-19 10:30:02`: an instant as the meeting's wall clock shows it, which spreadsheets read as a date. */
export function localDateTime(iso: string | null, timeZone: string): string {
  if (iso === null) return ''
  const clock = zonedClockAt(timeZone, Date.parse(iso))
  return `${clock.year}-${pad(clock.month)}-${pad(clock.day)} ${pad(clock.hour)}:${pad(clock.minute)}:${pad(clock.second)}`
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

type Row = ReadonlyArray<string | number>

/**
 * The report as CSV for a spreadsheet: one block per table, each with its
 * name on a line of its own and then its header row, blocks apart by an empty
 * line. Times appear twice: in UTC (ISO 8601, as the intervention record) and
 * in the meeting's time zone (`…Local`). The interventions' block starts with
 * the record's columns in the protocol's order.
 */
export function reportToCsv(report: MeetingReport): string {
  const zone = report.meeting.timeZone
  const local = (iso: string | null) => localDateTime(iso, zone)
  const blocks: Array<{ name: string; header: Row; rows: Row[] }> = [
    {
      name: 'meeting',
      header: ['id', 'title', 'venue', 'timeZone', 'startsAt', 'endsAt', 'startsAtLocal', 'endsAtLocal', 'generatedAt', 'generatedAtLocal'],
      rows: [[
        report.meeting.id, report.meeting.title, report.meeting.venue ?? '', zone,
        report.meeting.startsAt ?? '', report.meeting.endsAt ?? '', local(report.meeting.startsAt), local(report.meeting.endsAt),
        report.generatedAt, local(report.generatedAt),
      ]],
    },
    {
      name: 'totals',
      header: ['interventions', 'spokeSeconds', 'overrunSeconds', 'delegations', 'unreached', 'within', 'upTo30SecondsOver', 'moreThan30SecondsOver'],
      rows: [[
        report.totals.interventions, report.totals.spokeSeconds, report.totals.overrunSeconds, report.totals.delegations,
        report.totals.unreached, report.guideline.within, report.guideline.upTo30SecondsOver, report.guideline.moreThan30SecondsOver,
      ]],
    },
    {
      name: 'byCategory',
      header: ['category', 'interventions', 'spokeSeconds', 'overrunSeconds'],
      rows: report.byCategory.map((c) => [c.category, c.interventions, c.spokeSeconds, c.overrunSeconds]),
    },
    {
      name: 'bySegment',
      header: ['segmentId', 'title', 'startsAt', 'endsAt', 'startsAtLocal', 'endsAtLocal', 'interventions', 'spokeSeconds', 'overrunSeconds'],
      rows: report.bySegment.map((s) => [
        s.segmentId, s.title, s.startsAt, s.endsAt, local(s.startsAt), local(s.endsAt), s.interventions, s.spokeSeconds, s.overrunSeconds,
      ]),
    },
    {
      name: 'byDelegation',
      header: ['delegationId', 'name', 'category', 'interventions', 'spokeSeconds', 'overrunSeconds'],
      rows: report.byDelegation.map((d) => [d.delegationId, d.name, d.category, d.interventions, d.spokeSeconds, d.overrunSeconds]),
    },
    {
      name: 'interventions',
      header: [...recordColumns, 'startedAtLocal', 'endedAtLocal', 'band'],
      rows: report.interventions.map((r) => [
        ...recordColumns.map((column) => r[column]), local(r.startedAt), local(r.endedAt), guidelineBandOf(r),
      ]),
    },
    {
      name: 'unreached',
      header: ['delegationId', 'name', 'category', 'kind', 'segmentId', 'requestedAt', 'requestedAtLocal', 'reason', 'closedAt', 'closedAtLocal'],
      rows: report.unreached.map((u) => [
        u.delegationId, u.name, u.category, u.kind, u.segmentId, u.requestedAt, local(u.requestedAt), u.reason, u.closedAt ?? '', local(u.closedAt),
      ]),
    },
  ]
  const lines = blocks.flatMap((block) => [block.name, line(block.header), ...block.rows.map(line), ''])
  return lines.join('\r\n')
}

function line(row: Row): string {
  return row.map(csvField).join(',')
}
