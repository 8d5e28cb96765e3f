import * as Plot from '@observablehq/plot'
import { guidelineBandOf, type GuidelineBands, type Language, type MeetingReport } from '@floor/shared'
import { categoryLabel, translate } from '../i18n/translate'
import { dateFormat } from '../time/timeOfDay'
import { durationText } from './reportFormat'

/** Wide enough for a screen's column, narrow enough for an A4 page's printable width. */
const width = 680

/** Colours that stay apart in grey when printed: a blue for what kept time, a red for what did not. */
export const palette = {
  within: '#2f6ea8',
  upTo30SecondsOver: '#e0a030',
  moreThan30SecondsOver: '#c0392b',
} as const satisfies Record<keyof GuidelineBands, string>

/** Row labels wrap within the left margin instead of running off the page (segment titles are long). */
const rowLabels = () => Plot.axisY({ lineWidth: 19, tickSize: 0, label: null })

/** Enough height for each row's label on up to three lines. */
const rowHeight = 44

const bands: ReadonlyArray<keyof GuidelineBands> = ['within', 'upTo30SecondsOver', 'moreThan30SecondsOver']

interface TimeRow {
  label: string
  part: string
  minutes: number
}

/** Each row's spoken time split into what was within its guideline and what ran over, in minutes. */
function splitTime(rows: ReadonlyArray<{ label: string; spokeSeconds: number; overrunSeconds: number }>, language: Language): TimeRow[] {
  const within = translate(language, 'report.chart.withinGuideline')
  const over = translate(language, 'report.chart.overGuideline')
  return rows.flatMap((row) => [
    { label: row.label, part: within, minutes: (row.spokeSeconds - row.overrunSeconds) / 60 },
    { label: row.label, part: over, minutes: row.overrunSeconds / 60 },
  ])
}

function timeBars(rows: TimeRow[], language: Language, labels: string[]): Plot.PlotOptions {
  return {
    width,
    height: 60 + rowHeight * labels.length,
    marginLeft: 200,
    x: { label: translate(language, 'report.chart.minutes'), grid: true },
    y: { label: null, domain: labels },
    color: {
      domain: [translate(language, 'report.chart.withinGuideline'), translate(language, 'report.chart.overGuideline')],
      range: [palette.within, palette.moreThan30SecondsOver],
      legend: true,
    },
    marks: [
      Plot.barX(rows, Plot.stackX({ x: 'minutes', y: 'label', fill: 'part', title: (d: TimeRow) => `${d.label}: ${durationText(d.minutes * 60)}` })),
      Plot.ruleX([0]),
      rowLabels(),
    ],
  }
}

export function categoryChart(report: MeetingReport, language: Language): Plot.PlotOptions {
  const rows = report.byCategory.map((c) => ({ ...c, label: categoryLabel(language, c.category) }))
  return timeBars(splitTime(rows, language), language, rows.map((r) => r.label))
}

export function segmentChart(report: MeetingReport, language: Language): Plot.PlotOptions {
  const rows = report.bySegment.map((s) => ({ ...s, label: s.title }))
  return timeBars(splitTime(rows, language), language, [...new Set(rows.map((r) => r.label))])
}

export function guidelineChart(report: MeetingReport, language: Language): Plot.PlotOptions {
  const rows = bands.map((band) => ({ band, label: translate(language, `report.guideline.${band}`), count: report.guideline[band] }))
  return {
    width,
    height: 40 + 34 * rows.length,
    marginLeft: 200,
    x: { label: translate(language, 'report.chart.count'), grid: true, tickFormat: (n: number) => (Number.isInteger(n) ? String(n) : '') },
    y: { label: null, domain: rows.map((r) => r.label) },
    marks: [
      Plot.barX(rows, { x: 'count', y: 'label', fill: (d: (typeof rows)[number]) => palette[d.band] }),
      Plot.text(rows, { x: 'count', y: 'label', text: (d: (typeof rows)[number]) => String(d.count), dx: 6, textAnchor: 'start' }),
      Plot.ruleX([0]),
    ],
  }
}

/** The day: each intervention a bar from its start to its end, one row per segment, coloured by its band. */
export function timelineChart(report: MeetingReport, language: Language): Plot.PlotOptions {
  const zone = report.meeting.timeZone
  const titles = new Map(report.bySegment.map((s) => [s.segmentId, s.title]))
  const rows = report.interventions.map((r) => ({
    segment: titles.get(r.segmentId) ?? r.segmentId,
    start: new Date(r.startedAt),
    end: new Date(r.endedAt),
    band: guidelineBandOf(r),
    title: `${r.name}: ${durationText(r.spokeSeconds)}`,
  }))
  const segments = [...new Set(rows.map((r) => r.segment))]
  const ticks = dateFormat(language, zone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  return {
    width,
    height: 40 + rowHeight * Math.max(1, segments.length),
    marginLeft: 200,
    x: { type: 'utc', label: null, grid: true, tickFormat: (d: Date) => ticks.format(d) },
    y: { label: null, domain: segments },
    marks: [
      Plot.barX(rows, {
        x1: 'start',
        x2: 'end',
        y: 'segment',
        fill: (d: (typeof rows)[number]) => palette[d.band],
        stroke: 'white',
        strokeWidth: 0.5,
        title: 'title',
        inset: 0,
      }),
      rowLabels(),
    ],
  }
}
