import { useMemo, useState } from 'react'
import type { GuidelineBands, MeetingReport } from '@floor/shared'
import { useTranslate } from '../i18n/LanguageContext'
import { LanguageSwitch } from '../i18n/LanguageSwitch'
import type { MessageKey } from '../i18n/translate'
import { pagePath } from '../net/meetingPaths'
import { saveFile } from '../net/saveFile'
import { categoryChart, guidelineChart, palette, segmentChart, timelineChart } from './charts'
import { PlotChart } from './PlotChart'
import type { ReportApi, ReportFormat } from './reportApi'
import { dateTime, durationText, meetingDates, percentOf } from './reportFormat'
import { CategoryTable, DelegationTable, InterventionTable, SegmentTable, UnreachedTable } from './ReportTables'

export interface ReportPageProps {
  report: MeetingReport
  api: ReportApi
  meetingId: string | null
}

/** The report as the secretariat reads it on screen and prints it on A4. */
export function ReportPage({ report, api, meetingId }: ReportPageProps) {
  const { t, dir, language } = useTranslate()
  const { meeting, totals } = report
  const dates = meetingDates(meeting, language)
  const charts = useMemo(
    () => ({
      category: categoryChart(report, language),
      segment: segmentChart(report, language),
      guideline: guidelineChart(report, language),
      timeline: timelineChart(report, language),
    }),
    [report, language],
  )
  const spoke = report.interventions.length > 0
  return (
    <main className="report" dir={dir}>
      <header className="report__header">
        <p className="report__app">{t('report.title')}</p>
        {/* The meeting's own words in their own direction: an English title in the Arabic report keeps its punctuation in place. */}
        <h1 className="report__title" dir="auto">
          {meeting.title}
        </h1>
        {meeting.venue && (
          <p className="report__venue" dir="auto">
            {meeting.venue}
          </p>
        )}
        {dates && <p className="report__dates">{t('report.dates', { dates, zone: meeting.timeZone })}</p>}
        <p className="report__made">{t('report.generatedAt', { time: dateTime(report.generatedAt, language, meeting.timeZone), zone: meeting.timeZone })}</p>
      </header>

      <Actions api={api} meetingId={meetingId} fileBase={`report-${meeting.id}`} />

      <section className="report__section" aria-labelledby="report-totals">
        <h2 id="report-totals">{t('report.totals')}</h2>
        <dl className="report__totals">
          <Total label="report.totals.interventions" value={String(totals.interventions)} />
          <Total label="report.totals.spoke" value={durationText(totals.spokeSeconds)} />
          <Total label="report.totals.overrun" value={durationText(totals.overrunSeconds)} />
          <Total label="report.totals.delegations" value={String(totals.delegations)} />
          <Total label="report.totals.unreached" value={String(totals.unreached)} />
        </dl>
      </section>

      {spoke ? (
        <>
          <section className="report__section" aria-labelledby="report-category">
            <h2 id="report-category">{t('report.byCategory')}</h2>
            <PlotChart options={charts.category} label={t('report.byCategory')} />
            <CategoryTable report={report} />
          </section>
          <section className="report__section" aria-labelledby="report-segment">
            <h2 id="report-segment">{t('report.bySegment')}</h2>
            <PlotChart options={charts.segment} label={t('report.bySegment')} />
            <SegmentTable report={report} />
          </section>
          <section className="report__section" aria-labelledby="report-guideline">
            <h2 id="report-guideline">{t('report.guideline')}</h2>
            <PlotChart options={charts.guideline} label={t('report.guideline')} />
            <Bands bands={report.guideline} total={totals.interventions} />
          </section>
          <section className="report__section report__section--break" aria-labelledby="report-timeline">
            <h2 id="report-timeline">{t('report.timeline')}</h2>
            <PlotChart options={charts.timeline} label={t('report.timeline')} />
            <InterventionTable report={report} />
          </section>
          <section className="report__section" aria-labelledby="report-delegation">
            <h2 id="report-delegation">{t('report.byDelegation')}</h2>
            <DelegationTable report={report} />
          </section>
        </>
      ) : (
        <p className="report__none">{t('report.none')}</p>
      )}

      <section className="report__section" aria-labelledby="report-unreached">
        <h2 id="report-unreached">{t('report.unreached')}</h2>
        <UnreachedTable report={report} />
      </section>
    </main>
  )
}

function Total({ label, value }: { label: MessageKey; value: string }) {
  const { t } = useTranslate()
  return (
    <div className="report__total">
      <dt>{t(label)}</dt>
      <dd>{value}</dd>
    </div>
  )
}

function Bands({ bands, total }: { bands: GuidelineBands; total: number }) {
  const { t } = useTranslate()
  const order: Array<keyof GuidelineBands> = ['within', 'upTo30SecondsOver', 'moreThan30SecondsOver']
  return (
    <ul className="report__bands">
      {order.map((band) => (
        <li key={band} data-band={band}>
          <span className="report__swatch" style={{ background: palette[band] }} aria-hidden="true" />
          {t(`report.guideline.${band}`)}: {t('report.guideline.share', { count: bands[band], percent: percentOf(bands[band], total) })}
        </li>
      ))}
    </ul>
  )
}

/** Print, the two files, and the way back; none of them is printed. */
function Actions({ api, meetingId, fileBase }: { api: ReportApi; meetingId: string | null; fileBase: string }) {
  const { t } = useTranslate()
  const [failure, setFailure] = useState<string | null>(null)
  const download = (format: ReportFormat) => {
    setFailure(null)
    api.download(format).then(
      (blob) => saveFile(blob, `${fileBase}.${format}`),
      (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)),
    )
  }
  return (
    <nav className="report__actions" aria-label={t('report.actions')}>
      <button type="button" className="report__button report__button--primary" onClick={() => window.print()}>
        {t('report.print')}
      </button>
      <button type="button" className="report__button" onClick={() => download('csv')}>
        {t('report.csv')}
      </button>
      <button type="button" className="report__button" onClick={() => download('json')}>
        {t('report.json')}
      </button>
      <a className="report__back" href={pagePath(meetingId, 'chair')}>
        {t('report.console')}
      </a>
      <LanguageSwitch label="report.language" className="report__language" />
      {failure && (
        <p role="alert" className="report__failure">
          {t('report.downloadFailed', { message: failure })}
        </p>
      )}
    </nav>
  )
}
