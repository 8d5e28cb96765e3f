import { useEffect, useState } from 'react'
import type { StatementRef } from '@floor/shared'
import { useTranslate } from '../i18n/LanguageContext'
import { languageNames } from '../i18n/languages'
import type { ShownStatement, StatementCache } from './statementCache'

type Loading = { state: 'loading' } | { state: 'shown'; shown: ShownStatement } | { state: 'failed' }

/**
 * One statement, open: text as text, a PDF in the browser's own viewer (a
 * blob of the same-origin file, so nothing leaves the room's server), a DOCX
 * as sanitized HTML. Written in its own language and direction.
 */
export function StatementViewer({ statement, cache }: { statement: StatementRef; cache: StatementCache }) {
  const { t } = useTranslate()
  const [loading, setLoading] = useState<Loading>({ state: 'loading' })
  useEffect(() => {
    let current = true
    setLoading({ state: 'loading' })
    cache.get(statement.statementId).then(
      (shown) => current && setLoading({ state: 'shown', shown }),
      () => current && setLoading({ state: 'failed' }),
    )
    return () => {
      current = false
    }
  }, [cache, statement.statementId])

  if (loading.state === 'loading') return <p className="booth__placeholder">Opening {statement.filename}…</p>
  if (loading.state === 'failed') return <p className="booth__placeholder">{t('interpreters.unreadable')}</p>
  const { shown } = loading
  const title = `${statement.filename} (${languageNames[statement.language]})`
  switch (shown.kind) {
    case 'text':
      return (
        <pre className="booth__text" lang={statement.language} dir="auto" data-testid="statement-text">
          {shown.text}
        </pre>
      )
    case 'pdf':
      return <iframe className="booth__pdf" src={shown.url} title={title} />
    case 'html':
      // Sanitized by DOMPurify in statementCache.ts.
      return <div className="booth__docx" lang={statement.language} dir="auto" dangerouslySetInnerHTML={{ __html: shown.html }} />
  }
}
