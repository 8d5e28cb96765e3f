import { useMemo } from 'react'
import type { MessageKey } from '../i18n/translate'
import { LanguageProvider, useTranslate } from '../i18n/LanguageContext'
import { useDocumentLanguage } from '../i18n/useDocumentLanguage'
import { preferredLanguage } from '../i18n/languages'
import './page.css'

/** A page with one sentence and a way back; also used by routes opened without their link. */
export function Notice({ message }: { message: MessageKey }) {
  const language = useMemo(() => preferredLanguage(), [])
  useDocumentLanguage(language)
  return (
    <LanguageProvider language={language}>
      <NoticePage message={message} />
    </LanguageProvider>
  )
}

function NoticePage({ message }: { message: MessageKey }) {
  const { t } = useTranslate()
  return (
    <main className="page">
      <h1 className="page__title">{t('app.name')}</h1>
      <p className="page__lead">{t(message)}</p>
      <p>
        <a href="/">{t('route.home')}</a>
      </p>
    </main>
  )
}

export function NotFound() {
  return <Notice message="route.notFound" />
}
