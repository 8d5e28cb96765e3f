import { formatClock } from '../../time/timerDisplay'
import { useState } from 'react'
import type { InterventionRecord } from '@floor/shared'
import { useTranslate } from '../../i18n/LanguageContext'
import { useFloor } from '../../store/FloorSessionContext'
import { useRoster } from '../../store/useRoster'
import { delegationName } from '../../i18n/delegationNames'
import { KindBadge } from '../Badges'
import { useChairSession } from '../state/ChairContext'
import type { ExportFormat } from '../state/chairApi'
import { saveFile } from '../../net/saveFile'
import { timeOfDay, useMeetingTimeZone } from '../../time/timeOfDay'

const noRecords: InterventionRecord[] = []

/** Who spoke in the active segment, how long, and by how much over the guideline; exports for the record. */
export function InterventionLog() {
  const { t, language } = useTranslate()
  const roster = useRoster()
  const timeZone = useMeetingTimeZone()
  const log = useFloor((state) => state.view?.log) ?? noRecords
  const spoke = log.reduce((sum, record) => sum + record.spokeSeconds, 0)
  const overran = log.filter((record) => record.overrunSeconds > 0).length
  return (
    <section className="panel log" aria-labelledby="chair-log-title">
      <header className="log__header">
        <h2 className="panel__title" id="chair-log-title">
          {t('chair.log.title')}
        </h2>
        <ExportButtons />
      </header>
      {log.length === 0 ? (
        <p className="log__empty">{t('chair.log.empty')}</p>
      ) : (
        <>
          <p className="log__summary">{t('chair.log.summary', { count: log.length, time: formatClock(spoke), overran })}</p>
          <div className="log__scroll">
            <table className="log__table">
              <colgroup>
                <col className="log__col-at" />
                <col />
                <col className="log__col-spoke" />
                <col className="log__col-over" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{t('chair.log.started')}</th>
                  <th scope="col">{t('chair.log.who')}</th>
                  <th scope="col" className="log__number">
                    {t('chair.log.spoke')}
                  </th>
                  <th scope="col" className="log__number">
                    {t('chair.log.overrun')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...log].reverse().map((record) => (
                  <LogRow key={`${record.delegationId}-${record.startedAt}`} record={record} name={delegationName(language, record, roster)} time={timeOfDay(Date.parse(record.startedAt), language, timeZone)} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}

function LogRow({ record, name, time }: { record: InterventionRecord; name: string; time: string }) {
  return (
    <tr data-overrun={record.overrunSeconds > 0}>
      <td>{time}</td>
      <td className="log__who">
        <span className="log__name" title={name}>
          {name}
        </span>{' '}
        <KindBadge kind={record.kind} />
      </td>
      {/* Durations read left to right in the Arabic console too: "+0:25", "3:25 / 3:00". */}
      <td className="log__number">
        <span dir="ltr">
          {formatClock(record.spokeSeconds)}
          <span className="log__guideline"> / {formatClock(record.guidelineSeconds)}</span>
        </span>
      </td>
      <td className="log__number log__overrun">
        <span dir="ltr">{record.overrunSeconds > 0 ? `+${formatClock(record.overrunSeconds)}` : '–'}</span>
      </td>
    </tr>
  )
}

function ExportButtons() {
  const session = useChairSession()
  const { t } = useTranslate()
  const meetingId = useFloor((state) => state.view?.meeting.id ?? 'meeting')
  const [failed, setFailed] = useState(false)
  const [busy, setBusy] = useState<ExportFormat | null>(null)
  const download = async (format: ExportFormat) => {
    setBusy(format)
    setFailed(false)
    try {
      const blob = await session.api.exportInterventions(format)
      saveFile(blob, `${meetingId}-interventions.${format}`)
    } catch {
      setFailed(true)
    } finally {
      setBusy(null)
    }
  }
  return (
    <div className="log__export" role="group" aria-label={t('chair.log.export')}>
      <span className="log__export-label">{t('chair.log.exportAll')}</span>
      <button type="button" className="button button--small" disabled={busy !== null} onClick={() => void download('csv')}>
        CSV
      </button>
      <button type="button" className="button button--small" disabled={busy !== null} onClick={() => void download('json')}>
        JSON
      </button>
      {failed && (
        <span className="log__failed" role="alert">
          {t('chair.log.exportFailed')}
        </span>
      )}
    </div>
  )
}
