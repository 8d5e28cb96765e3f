import { useMemo } from 'react'
import { LanguageProvider, useTranslate } from '../i18n/LanguageContext'
import { useDocumentLanguage } from '../i18n/useDocumentLanguage'
import { preferredLanguage } from '../i18n/languages'
import './page.css'

/** `/`: what anyone who opens the server's address sees. Chair and tablet links are private. */
export function Landing() {
  const language = useMemo(() => preferredLanguage(), [])
  useDocumentLanguage(language)
  return (
    <LanguageProvider language={language}>
      <LandingPage />
    </LanguageProvider>
  )
}

function LandingPage() {
  const { t } = useTranslate()
  return (
    <main className="page">
      <h1 className="page__title">{t('app.name')}</h1>
      <p className="page__lead">{t('app.tagline')}</p>
      <ul className="page__links">
        <li>
          <a href="/display">{t('landing.display')}</a>
          <p>{t('landing.displayHint')}</p>
        </li>
        <li>
          <a href="/display/overlay">{t('landing.overlay')}</a>
          <p>{t('landing.overlayHint')}</p>
        </li>
      </ul>
      <p className="page__note">{t('landing.privateLinks')}</p>
    </main>
  )
}
