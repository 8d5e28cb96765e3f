import { useId, useState, type ChangeEvent } from 'react'
import { useTranslate } from '../../i18n/LanguageContext'
import { useChairSession } from '../state/ChairContext'
import type { ImportOutcome } from '../state/chairApi'
import { reloadMeeting } from '../state/chairCommands'

/**
 * Adds the stakeholders of a registration list (CSV with the columns name,
 * organization, category): every good row is added, every bad row is listed
 * with its line number so the secretariat can fix the file.
 */
export function StakeholderImport() {
  const session = useChairSession()
  const { t } = useTranslate()
  const id = useId()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<(ImportOutcome & { file: string }) | null>(null)

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target
    const file = input.files?.[0]
    if (!file) return
    setBusy(true)
    try {
      const result = await session.api.importStakeholders(await file.text())
      setOutcome({ ...result, file: file.name })
      if (result.ok && result.report.added.length > 0) await reloadMeeting(session)
    } finally {
      setBusy(false)
      input.value = '' // the same file may be chosen again after fixing it
    }
  }

  return (
    <section className="panel import" aria-labelledby={`${id}-title`}>
      <h2 className="panel__title" id={`${id}-title`}>
        {t('chair.import.title')}
      </h2>
      <p className="import__hint">{t('chair.import.hint')}</p>
      <label className="import__file">
        <span>{t('chair.import.choose')}</span>
        <input type="file" accept=".csv,text/csv,text/plain" disabled={busy} onChange={(event) => void onFile(event)} />
      </label>
      {busy && <p role="status">{t('chair.import.sending')}</p>}
      {outcome && !busy && <ImportResult outcome={outcome} />}
    </section>
  )
}

function ImportResult({ outcome }: { outcome: ImportOutcome & { file: string } }) {
  const { t } = useTranslate()
  if (!outcome.ok) {
    return (
      <p className="import__failed" role="alert">
        {t('chair.import.failed', {
          file: outcome.file,
          message: outcome.message === 'network' ? t('chair.import.network') : outcome.message,
        })}
      </p>
    )
  }
  const { added, errors, alreadyListed } = outcome.report
  return (
    <div className="import__result" role="status">
      <p>
        {t('chair.import.summary', { file: outcome.file, added: added.length, bad: errors.length, listed: alreadyListed })}
      </p>
      {added.length > 0 && (
        <details className="import__added" open={added.length <= 12}>
          <summary>{t('chair.import.addedTitle', { count: added.length })}</summary>
          <ul>
            {added.map((row) => (
              <li key={row.delegationId}>
                {row.name} <code>{row.delegationId}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
      {errors.length > 0 && (
        <table className="import__errors">
          <caption>{t('chair.import.errorsTitle', { count: errors.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chair.import.line')}</th>
              <th scope="col">{t('chair.import.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((error, index) => (
              <tr key={`${error.line}-${index}`}>
                <td>{error.line}</td>
                <td>{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
