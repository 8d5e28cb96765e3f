import type { Language } from '@floor/shared'
import { useLanguageChoice, useTranslate } from './LanguageContext'
import { LanguageOptions } from './LanguageOptions'
import type { MessageKey } from './translate'

/** The page's language picker, for pages whose provider was given `onChange`; nothing otherwise. */
export function LanguageSwitch({ label, className }: { label: MessageKey; className?: string }) {
  const { t, language } = useTranslate()
  const choose = useLanguageChoice()
  if (!choose) return null
  return (
    <label className={className}>
      <span className="visually-hidden">{t(label)}</span>
      <select value={language} onChange={(event) => choose(event.target.value as Language)}>
        <LanguageOptions />
      </select>
    </label>
  )
}
