import type { MeetingReport } from '@floor/shared'
import { useTranslate } from '../i18n/LanguageContext'
import { categoryLabel, kindLabel } from '../i18n/translate'
import { clockTime, durationText } from './reportFormat'

type Report = { report: MeetingReport }

/** Figures of one row: interventions, time spoken, time over the guideline. */
function FigureCells({ row }: { row: { interventions: number; spokeSeconds: number; overrunSeconds: number } }) {
  return (
    <>
      <td className="report__number">{row.interventions}</td>
      <td className="report__number">{durationText(row.spokeSeconds)}</td>
      <td className="report__number">{row.overrunSeconds > 0 ? `+${durationText(row.overrunSeconds)}` : '–'}</td>
    </>
  )
}

function FigureHeads() {
  const { t } = useTranslate()
  return (
    <>
      <th scope="col" className="report__number">{t('report.column.interventions')}</th>
      <th scope="col" className="report__number">{t('report.column.spoke')}</th>
      <th scope="col" className="report__number">{t('report.column.overrun')}</th>
    </>
  )
}

export function CategoryTable({ report }: Report) {
  const { t, language } = useTranslate()
  return (
    <table className="report__table">
      <thead>
        <tr>
          <th scope="col">{t('report.column.category')}</th>
          <FigureHeads />
        </tr>
      </thead>
      <tbody>
        {report.byCategory.map((row) => (
          <tr key={row.category}>
            <th scope="row">{categoryLabel(language, row.category)}</th>
            <FigureCells row={row} />
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function SegmentTable({ report }: Report) {
  const { t, language } = useTranslate()
  const zone = report.meeting.timeZone
  return (
    <table className="report__table">
      <thead>
        <tr>
          <th scope="col">{t('report.column.segment')}</th>
          <th scope="col">{t('report.column.time')}</th>
          <FigureHeads />
        </tr>
      </thead>
      <tbody>
        {report.bySegment.map((row) => (
          <tr key={row.segmentId}>
            <th scope="row">{row.title}</th>
            <td className="report__nowrap">
              {clockTime(row.startsAt, language, zone).slice(0, 5)}–{clockTime(row.endsAt, language, zone).slice(0, 5)}
            </td>
            <FigureCells row={row} />
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function DelegationTable({ report }: Report) {
  const { t, language } = useTranslate()
  return (
    <table className="report__table">
      <thead>
        <tr>
          <th scope="col">{t('report.column.delegation')}</th>
          <th scope="col">{t('report.column.category')}</th>
          <FigureHeads />
        </tr>
      </thead>
      <tbody>
        {report.byDelegation.map((row) => (
          <tr key={row.delegationId}>
            <th scope="row">{row.name}</th>
            <td>{categoryLabel(language, row.category)}</td>
            <FigureCells row={row} />
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Every intervention of the day, in the meeting's zone: the timeline's figures. */
export function InterventionTable({ report }: Report) {
  const { t, language } = useTranslate()
  const zone = report.meeting.timeZone
  const titles = new Map(report.bySegment.map((s) => [s.segmentId, s.title]))
  return (
    <table className="report__table report__table--dense">
      <thead>
        <tr>
          <th scope="col">{t('report.column.time')}</th>
          <th scope="col">{t('report.column.delegation')}</th>
          <th scope="col">{t('report.column.segment')}</th>
          <th scope="col" className="report__number">{t('report.column.spoke')}</th>
          <th scope="col" className="report__number">{t('report.column.guideline')}</th>
          <th scope="col" className="report__number">{t('report.column.overrun')}</th>
        </tr>
      </thead>
      <tbody>
        {report.interventions.map((row) => (
          <tr key={`${row.startedAt}-${row.delegationId}`} data-over={row.overrunSeconds > 0 || undefined}>
            <td>
              <time dateTime={row.startedAt}>{clockTime(row.startedAt, language, zone)}</time>
            </td>
            <th scope="row">
              {row.name}
              {row.kind !== 'statement' && <span className="report__kind"> · {kindLabel(language, row.kind)}</span>}
            </th>
            <td>{titles.get(row.segmentId) ?? row.segmentId}</td>
            <td className="report__number">{durationText(row.spokeSeconds)}</td>
            <td className="report__number">{durationText(row.guidelineSeconds)}</td>
            <td className="report__number">{row.overrunSeconds > 0 ? `+${durationText(row.overrunSeconds)}` : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function UnreachedTable({ report }: Report) {
  const { t, language } = useTranslate()
  const zone = report.meeting.timeZone
  const titles = new Map(report.bySegment.map((s) => [s.segmentId, s.title]))
  if (report.unreached.length === 0) return <p>{t('report.unreached.none')}</p>
  return (
    <table className="report__table">
      <thead>
        <tr>
          <th scope="col">{t('report.column.delegation')}</th>
          <th scope="col">{t('report.column.category')}</th>
          <th scope="col">{t('report.column.segment')}</th>
          <th scope="col">{t('report.column.requestedAt')}</th>
          <th scope="col">{t('report.column.status')}</th>
        </tr>
      </thead>
      <tbody>
        {report.unreached.map((row) => (
          <tr key={`${row.segmentId}-${row.delegationId}-${row.kind}`}>
            <th scope="row">
              {row.name}
              {row.kind !== 'statement' && <span className="report__kind"> · {kindLabel(language, row.kind)}</span>}
            </th>
            <td>{categoryLabel(language, row.category)}</td>
            <td>{titles.get(row.segmentId) ?? row.segmentId}</td>
            <td>
              <time dateTime={row.requestedAt}>{clockTime(row.requestedAt, language, zone)}</time>
            </td>
            <td>
              {row.reason === 'waiting'
                ? t('report.unreached.waiting')
                : row.closedAt === null
                  ? t('report.unreached.segmentClosedUnknown')
                  : t('report.unreached.segmentClosed', { time: clockTime(row.closedAt, language, zone) })}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
