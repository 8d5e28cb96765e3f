import type { Kind, MeetingReport } from '@floor/shared'
import { useTranslate, type Translator } from '../i18n/LanguageContext'
import { categoryLabel, kindLabel } from '../i18n/translate'
import { clockTime, durationText } from './reportFormat'
import { ReportTable, type ReportColumn } from './ReportTable'

type Report = { report: MeetingReport }
type Translate = Translator['t']
type CategoryRow = MeetingReport['byCategory'][number]
type SegmentRow = MeetingReport['bySegment'][number]
type DelegationRow = MeetingReport['byDelegation'][number]
type InterventionRow = MeetingReport['interventions'][number]
type UnreachedRow = MeetingReport['unreached'][number]
type Figures = { interventions: number; spokeSeconds: number; overrunSeconds: number }

function overrunText(seconds: number): string {
  return seconds > 0 ? `+${durationText(seconds)}` : '–'
}

function spokeColumn<Row extends { spokeSeconds: number }>(t: Translate): ReportColumn<Row> {
  return { head: t('report.column.spoke'), numeric: true, cell: (row) => durationText(row.spokeSeconds) }
}

function overrunColumn<Row extends { overrunSeconds: number }>(t: Translate): ReportColumn<Row> {
  return { head: t('report.column.overrun'), numeric: true, cell: (row) => overrunText(row.overrunSeconds) }
}

/** Figures of one row: interventions, time spoken, time over the guideline. */
function figureColumns<Row extends Figures>(t: Translate): Array<ReportColumn<Row>> {
  return [{ head: t('report.column.interventions'), numeric: true, cell: (row) => row.interventions }, spokeColumn(t), overrunColumn(t)]
}

/** A delegation's name, and the kind of request when it is not a statement. */
function NameAndKind({ name, kind }: { name: string; kind: Kind }) {
  const { language } = useTranslate()
  return (
    <>
      {name}
      {kind !== 'statement' && <span className="report__kind"> · {kindLabel(language, kind)}</span>}
    </>
  )
}

/** A segment's title by its id; the id itself for a segment the report does not list. */
function segmentTitles(report: MeetingReport): (segmentId: string) => string {
  const titles = new Map(report.bySegment.map((s) => [s.segmentId, s.title]))
  return (segmentId) => titles.get(segmentId) ?? segmentId
}

export function CategoryTable({ report }: Report) {
  const { t, language } = useTranslate()
  const columns: Array<ReportColumn<CategoryRow>> = [
    { head: t('report.column.category'), names: true, cell: (row) => categoryLabel(language, row.category) },
    ...figureColumns<CategoryRow>(t),
  ]
  return <ReportTable columns={columns} rows={report.byCategory} rowKey={(row) => row.category} />
}

export function SegmentTable({ report }: Report) {
  const { t, language } = useTranslate()
  const zone = report.meeting.timeZone
  const columns: Array<ReportColumn<SegmentRow>> = [
    { head: t('report.column.segment'), names: true, cell: (row) => row.title },
    {
      head: t('report.column.time'),
      className: 'report__nowrap',
      cell: (row) => `${clockTime(row.startsAt, language, zone).slice(0, 5)}–${clockTime(row.endsAt, language, zone).slice(0, 5)}`,
    },
    ...figureColumns<SegmentRow>(t),
  ]
  return <ReportTable columns={columns} rows={report.bySegment} rowKey={(row) => row.segmentId} />
}

export function DelegationTable({ report }: Report) {
  const { t, language } = useTranslate()
  const columns: Array<ReportColumn<DelegationRow>> = [
    { head: t('report.column.delegation'), names: true, cell: (row) => row.name },
    { head: t('report.column.category'), cell: (row) => categoryLabel(language, row.category) },
    ...figureColumns<DelegationRow>(t),
  ]
  return <ReportTable columns={columns} rows={report.byDelegation} rowKey={(row) => row.delegationId} />
}

/** Every intervention of the day, in the meeting's zone: the timeline's figures. */
export function InterventionTable({ report }: Report) {
  const { t, language } = useTranslate()
  const zone = report.meeting.timeZone
  const titleOf = segmentTitles(report)
  const columns: Array<ReportColumn<InterventionRow>> = [
    { head: t('report.column.time'), cell: (row) => <time dateTime={row.startedAt}>{clockTime(row.startedAt, language, zone)}</time> },
    { head: t('report.column.delegation'), names: true, cell: (row) => <NameAndKind name={row.name} kind={row.kind} /> },
    { head: t('report.column.segment'), cell: (row) => titleOf(row.segmentId) },
    spokeColumn(t),
    { head: t('report.column.guideline'), numeric: true, cell: (row) => durationText(row.guidelineSeconds) },
    overrunColumn(t),
  ]
  return (
    <ReportTable
      dense
      columns={columns}
      rows={report.interventions}
      rowKey={(row) => `${row.startedAt}-${row.delegationId}`}
      rowData={(row) => ({ 'data-over': row.overrunSeconds > 0 || undefined })}
    />
  )
}

export function UnreachedTable({ report }: Report) {
  const { t, language } = useTranslate()
  const zone = report.meeting.timeZone
  const titleOf = segmentTitles(report)
  if (report.unreached.length === 0) return <p>{t('report.unreached.none')}</p>
  const columns: Array<ReportColumn<UnreachedRow>> = [
    { head: t('report.column.delegation'), names: true, cell: (row) => <NameAndKind name={row.name} kind={row.kind} /> },
    { head: t('report.column.category'), cell: (row) => categoryLabel(language, row.category) },
    { head: t('report.column.segment'), cell: (row) => titleOf(row.segmentId) },
    { head: t('report.column.requestedAt'), cell: (row) => <time dateTime={row.requestedAt}>{clockTime(row.requestedAt, language, zone)}</time> },
    {
      head: t('report.column.status'),
      cell: (row) =>
        row.reason === 'waiting'
          ? t('report.unreached.waiting')
          : row.closedAt === null
            ? t('report.unreached.segmentClosedUnknown')
            : t('report.unreached.segmentClosed', { time: clockTime(row.closedAt, language, zone) }),
    },
  ]
  return <ReportTable columns={columns} rows={report.unreached} rowKey={(row) => `${row.segmentId}-${row.delegationId}-${row.kind}`} />
}
