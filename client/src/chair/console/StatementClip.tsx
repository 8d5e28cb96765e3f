import type { StatementRef } from '@floor/shared'
import { useTranslate } from '../../i18n/LanguageContext'
import { PaperClip } from '../../statements/PaperClip'

/** A clip beside a request (or the speaker) that has a written statement for the interpreters, with its languages. */
export function StatementClip({ statements }: { statements: readonly StatementRef[] | undefined }) {
  const { t } = useTranslate()
  if (!statements || statements.length === 0) return null
  const languages = [...new Set(statements.map((s) => s.language.toUpperCase()))].join(' ')
  return (
    <span className="badge badge--statement" title={t('statements.clip')} aria-label={`${t('statements.clip')} (${languages})`}>
      <PaperClip /> <span aria-hidden="true">{languages}</span>
    </span>
  )
}
