import type { ChangeEvent } from 'react'
import { useTranslate } from '../i18n/LanguageContext'
import { isLanguage } from '../i18n/languages'
import { LanguageOptions } from '../i18n/LanguageOptions'
import { useTablet } from './TabletContext'
import { chooseLanguage } from './tabletStore'

/** The six UN languages, each named in itself; the choice is remembered on the device. */
export function LanguagePicker() {
  const { t, language } = useTranslate()
  const { tablet } = useTablet()
  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const chosen = event.target.value
    if (!isLanguage(chosen)) return
    chooseLanguage(tablet.store, chosen)
  }
  return (
    <label className="language-picker">
      <svg className="language-picker__icon" viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="12" cy="12" r="9" />
        <path d="M3 12h18M12 3c2.8 3 2.8 15 0 18M12 3c-2.8 3-2.8 15 0 18" />
      </svg>
      <span className="visually-hidden">{t('delegate.language')}</span>
      <select className="language-picker__select" value={language} onChange={onChange}>
        <LanguageOptions />
      </select>
    </label>
  )
}
