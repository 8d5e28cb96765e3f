import { useCallback, useEffect, useRef, useState } from 'react'
import type { StatementListing } from '@floor/shared'
import { useTranslate } from '../i18n/LanguageContext'
import { languageNames } from '../i18n/languages'
import { useFloor } from '../store/FloorSessionContext'
import { PaperClip } from '../statements/PaperClip'
import { formatBytes, StatementForm } from '../statements/StatementForm'
import { useStatementsApi } from '../statements/StatementsApiContext'
import './statementCard.css'

/**
 * The delegation's written statement for the interpreters (PROTOCOL.md
 * section 9): pick a file, its language, whether to publish it after
 * delivery; attached ones can be replaced or deleted until delivered.
 * Tablets' views never carry statements (they stay small), so the card asks
 * `GET /api/statements` itself: on opening, after each change it makes, and
 * when the delegation's turn ends, which delivers them.
 */
export function StatementCard() {
  const api = useStatementsApi()
  const { t, language } = useTranslate()
  const delegationId = useFloor((state) => state.view?.delegationId)
  const speaking = useFloor((state) => state.view?.floor?.delegationId !== undefined && state.view?.floor?.delegationId === state.view?.delegationId)
  const [statements, setStatements] = useState<StatementListing[] | null>(null)
  const [replacing, setReplacing] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  const refresh = useCallback(async () => {
    if (!api) return
    try {
      setStatements(await api.list())
    } catch {
      // Offline for a moment: the next change or turn asks again.
    }
  }, [api])

  useEffect(() => {
    void refresh()
  }, [refresh, delegationId])
  const wasSpeaking = useRef(speaking)
  useEffect(() => {
    if (wasSpeaking.current && !speaking) void refresh()
    wasSpeaking.current = speaking
  }, [speaking, refresh])

  if (!api) return null
  const own = (statements ?? []).filter((s) => s.delegationId === delegationId)

  const remove = async (statementId: string) => {
    const outcome = await api.remove(statementId)
    setProblem(outcome.ok ? null : t('statements.refused', { message: outcome.message ?? '' }))
    await refresh()
  }

  return (
    <section className="statement-card" aria-labelledby="statement-card-title">
      <h2 id="statement-card-title" className="statement-card__title">
        {t('statements.title')}
      </h2>
      <p className="statement-card__hint">{t('statements.hint')}</p>
      {own.length > 0 && (
        <ul className="statement-card__list">
          {own.map((statement) => (
            <li key={statement.statementId} className="statement-card__item" data-delivered={statement.delivered}>
              <PaperClip className="statement-card__clip" />
              <span className="statement-card__name" dir="auto">
                {statement.filename}
              </span>
              <span className="statement-card__meta">
                {languageNames[statement.language]} · {formatBytes(statement.bytes, language)} ·{' '}
                {t(statement.publish === 'after-delivery' ? 'statements.published' : 'statements.notPublished')}
              </span>
              <span className="statement-card__state">{t(statement.delivered ? 'statements.delivered' : 'statements.attached')}</span>
              {!statement.delivered && (
                <span className="statement-card__actions">
                  <button type="button" className="button" onClick={() => setReplacing(statement.statementId)} aria-pressed={replacing === statement.statementId}>
                    {t('statements.replace')}
                  </button>
                  <button type="button" className="button" onClick={() => void remove(statement.statementId)}>
                    {t('statements.delete')}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p className="statement-form__problem" role="alert">
          {problem}
        </p>
      )}
      <StatementForm
        key={replacing ?? 'new'}
        defaultLanguage={language}
        replaces={replacing}
        submitLabel={replacing ? t('statements.replace') : undefined}
        send={(statement) => api.send(statement)}
        onSent={() => {
          setReplacing(null)
          void refresh()
        }}
        {...(replacing ? { onCancel: () => setReplacing(null) } : {})}
      />
    </section>
  )
}
