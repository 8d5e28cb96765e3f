import { useEffect, useMemo, useRef, useState } from 'react'
import { Category, tierOf, type Category as CategoryType, type Delegation } from '@floor/shared'
import { delegationName } from '../../i18n/delegationNames'
import { useTranslate } from '../../i18n/LanguageContext'
import { useFloor } from '../../store/FloorSessionContext'
import { useRoster } from '../../store/useRoster'
import { useChair, useChairSession } from '../state/ChairContext'
import { followKeptLinks } from '../state/chairStore'
import { issueLinks, type BulkProgress } from './issueLinks'
import { PrintSheet } from './PrintSheet'
import { fold } from '../rosterSearch'
import { StakeholderImport } from './StakeholderImport'
import { InterpretersCard } from './InterpretersCard'
import { ChairStatementForm } from './ChairStatementForm'
import '../../delegate/statementCard.css'
import './statementsPanel.css'
import { TabletRow } from './TabletRow'
import { useControlState } from '../console/useControlState'
import './tablets.css'

/**
 * Tablet links for the delegations: issue or re-issue each token, show its
 * link and QR code, print the shown ones as cut-out cards on A4.
 */
export function TabletsPage() {
  const session = useChairSession()
  const { t, language } = useTranslate()
  const roster = useRoster()
  const delegations = useFloor((state) => state.meeting?.delegations)
  const links = useChair((state) => state.links)
  // Links issued in another tab of this browser show here at once.
  useEffect(() => followKeptLinks(session.store, session.meetingId), [session])
  const meetingTitle = useFloor((state) => state.view?.meeting.title ?? state.meeting?.meeting.title ?? '')
  const { enabled, reason } = useControlState()
  const [filter, setFilter] = useState('')
  const [category, setCategory] = useState<CategoryType | ''>('')
  const [preview, setPreview] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const [progress, setProgress] = useState<BulkProgress | null>(null)
  const stop = useRef(false)
  const running = progress !== null && progress.done < progress.total

  const shown = useMemo(() => {
    const q = fold(filter)
    return [...(delegations ?? [])]
      .filter((d) => category === '' || d.category === category)
      .filter((d) => !q || matches(d, q))
      .sort((a, b) => tierOf[a.category] - tierOf[b.category] || fold(a.name).localeCompare(fold(b.name)))
  }, [delegations, filter, category])
  const withLinks = shown.filter((d) => links[d.id])

  const issueAll = async () => {
    setConfirming(false)
    stop.current = false
    setProgress({ done: 0, total: shown.length, failed: [] })
    const result = await issueLinks(session, shown.map((d) => d.id), setProgress, () => stop.current)
    setProgress({ ...result, total: result.done })
  }

  return (
    <main className="tablets">
      <div className="tablets__head">
        <section className="tablets__intro panel">
          <h1 className="tablets__title">{t('chair.tablets.title')}</h1>
          {meetingTitle && <p className="tablets__meeting">{t('chair.tablets.meeting', { title: meetingTitle })}</p>}
          <p>{t('chair.tablets.intro')}</p>
          <p className="tablets__warning">{t('chair.tablets.onlyHere')}</p>
          <p className="tablets__warning">{t('chair.tablets.reissueWarning')}</p>
        </section>

        <section className="tablets__tools panel" aria-label={t('chair.tablets.tools')}>
          <label className="tablets__filter">
            <span>{t('chair.tablets.filter')}</span>
            <input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} placeholder={t('chair.tablets.filterHint')} />
          </label>
          <label className="tablets__filter">
            <span>{t('chair.tablets.category')}</span>
            <select value={category} onChange={(event) => setCategory(event.target.value as CategoryType | '')}>
              <option value="">{t('chair.tablets.allCategories')}</option>
              {Category.options.map((option) => (
                <option key={option} value={option}>
                  {t(`category.${option}`)}
                </option>
              ))}
            </select>
          </label>
          <p className="tablets__count">{t('chair.tablets.count', { shown: shown.length, linked: withLinks.length })}</p>
          <div className="tablets__actions">
            {running ? (
              <>
                <span role="status">{t('chair.tablets.issuing', { done: progress.done, total: progress.total })}</span>
                <button type="button" className="button" onClick={() => (stop.current = true)}>
                  {t('chair.tablets.stop')}
                </button>
              </>
            ) : confirming ? (
              <>
                <span className="tablets__confirm">{t('chair.tablets.confirmAll', { count: shown.length })}</span>
                <button type="button" className="button button--danger" onClick={() => void issueAll()} disabled={!enabled}>
                  {t('chair.tablets.confirmAllButton', { count: shown.length })}
                </button>
                <button type="button" className="button" onClick={() => setConfirming(false)}>
                  {t('chair.tablets.cancel')}
                </button>
              </>
            ) : (
              <button type="button" className="button" disabled={!enabled || shown.length === 0} onClick={() => setConfirming(true)}>
                {t('chair.tablets.issueAll', { count: shown.length })}
              </button>
            )}
            <button type="button" className="button" aria-pressed={preview} onClick={() => setPreview((on) => !on)}>
              {t(preview ? 'chair.tablets.hidePreview' : 'chair.tablets.preview')}
            </button>
            <button type="button" className="button button--primary" disabled={withLinks.length === 0} onClick={() => window.print()}>
              {t('chair.tablets.print', { count: withLinks.length })}
            </button>
          </div>
          {!enabled && reason && <p className="controls-reason">{t(reason)}</p>}
          {progress && !running && (
            <p role="status" className="tablets__done">
              {t('chair.tablets.issued', { count: progress.done - progress.failed.length })}
              {progress.failed.length > 0 && ` ${t('chair.tablets.failed', { names: progress.failed.join(', ') })}`}
            </p>
          )}
        </section>
      </div>

      <StakeholderImport />
      <div className="tablets__statements">
        <InterpretersCard />
        <ChairStatementForm />
      </div>

      {preview ? (
        <PrintSheet delegations={withLinks} links={links} preview meetingTitle={meetingTitle} />
      ) : (
        <section className="panel tablets__table-panel">
          <table className="tablets__table">
            <thead>
              <tr>
                <th scope="col">{t('chair.tablets.delegation')}</th>
                <th scope="col">{t('chair.tablets.seat')}</th>
                <th scope="col">{t('chair.tablets.link')}</th>
                <th scope="col">{t('chair.tablets.qr')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('chair.tablets.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((delegation) => (
                <TabletRow
                  key={delegation.id}
                  delegation={delegation}
                  name={delegationName(language, { delegationId: delegation.id, name: delegation.name }, roster)}
                  link={links[delegation.id] ?? null}
                  enabled={enabled && !running}
                />
              ))}
            </tbody>
          </table>
        </section>
      )}
      {!preview && <PrintSheet delegations={withLinks} links={links} preview={false} meetingTitle={meetingTitle} />}
    </main>
  )
}

function matches(delegation: Delegation, q: string): boolean {
  if (fold(delegation.id) === q || (delegation.seat && fold(delegation.seat) === q)) return true
  if (delegation.acronym && fold(delegation.acronym).startsWith(q)) return true
  return [delegation.name, ...Object.values(delegation.names ?? {})].some((name) => fold(name).includes(q))
}
