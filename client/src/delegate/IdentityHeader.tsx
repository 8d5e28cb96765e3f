import { Flag } from '../flags/Flag'
import { useTranslate } from '../i18n/LanguageContext'
import { categoryLabel } from '../i18n/translate'
import { LanguagePicker } from './LanguagePicker'
import { useIdentity } from './useTabletStatus'

/** Whom the tablet speaks for, in the tablet's language, and the language picker. */
export function IdentityHeader() {
  const { t, language } = useTranslate()
  const identity = useIdentity()
  return (
    <header className="tablet__header">
      {identity ? (
        <div className="identity">
          <Flag
            className="identity__flag"
            delegationId={identity.delegationId}
            name={identity.englishName}
            acronym={identity.acronym}
            category={identity.category ?? 'stakeholder'}
          />
          <div className="identity__text">
            {/* Its own direction, isolated: an English name on an Arabic tablet keeps its punctuation in place. */}
            <h1 className="identity__name" dir="auto">
              {identity.name}
            </h1>
            <p className="identity__meta">
              {identity.category && <span>{categoryLabel(language, identity.category)}</span>}
              {identity.seat && <span className="identity__seat">{t('delegate.seat', { seat: identity.seat })}</span>}
            </p>
          </div>
        </div>
      ) : (
        <div className="identity">
          <h1 className="identity__name">{t('delegate.title')}</h1>
        </div>
      )}
      <LanguagePicker />
    </header>
  )
}
