import { Fragment } from 'react'
import type { Language } from '@floor/shared'
import { directionOf } from '../i18n/languages'
import './texts.css'

interface TextsProps {
  languages: readonly Language[]
  /** The text in one language. */
  text: (language: Language) => string
  /** `stack`: one line per language (names); `inline`: side by side (short labels). */
  layout?: 'stack' | 'inline'
  className?: string
}

/**
 * A text in the display's one or two languages, each marked with its own
 * `lang` and `dir` so Arabic runs right to left even beside English. The
 * second language is left out where it reads the same ("Mexico" / "Mexico").
 */
export function Texts({ languages, text, layout = 'stack', className }: TextsProps) {
  const seen = new Set<string>()
  const parts = languages.flatMap((language) => {
    const value = text(language)
    if (seen.has(value)) return []
    seen.add(value)
    return [{ language, value }]
  })
  return (
    <span className={['texts', `texts--${layout}`, className].filter(Boolean).join(' ')}>
      {parts.map(({ language, value }, index) => (
        <Fragment key={language}>
          {/* A separate element, so the separator stays between the two even when one runs right to left. */}
          {index > 0 && layout === 'inline' && (
            <span className="texts__separator" aria-hidden="true">
              /
            </span>
          )}
          <span lang={language} dir={directionOf(language)} className={index === 0 ? 'texts__primary' : 'texts__secondary'}>
            {value}
          </span>
        </Fragment>
      ))}
    </span>
  )
}
