import { useId, type ReactNode } from 'react'
import type { FieldIssue } from '@floor/shared'

/** What a control needs to be named by its label and described by its hint and errors. */
export interface ControlProps {
  id: string
  'aria-describedby'?: string
  'aria-invalid'?: boolean
}

interface FormFieldProps {
  label: string
  hint?: string
  issues: readonly FieldIssue[]
  className?: string
  /** Shown for screen readers only, where a column heading already says it. */
  hiddenLabel?: boolean
  children: (control: ControlProps) => ReactNode
}

/** A labelled control with its hint, and the server's or the page's messages beside it. */
export function FormField({ label, hint, issues, className, hiddenLabel, children }: FormFieldProps) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint ? hintId : null, issues.length > 0 ? errorId : null].filter(Boolean).join(' ')
  return (
    <div className={`admin-field ${className ?? ''}`} data-invalid={issues.length > 0 || undefined}>
      <label htmlFor={id} className={hiddenLabel ? 'visually-hidden' : 'admin-field__label'}>
        {label}
      </label>
      {children({ id, ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(issues.length > 0 ? { 'aria-invalid': true } : {}) })}
      {hint && (
        <span id={hintId} className="admin-hint">
          {hint}
        </span>
      )}
      {issues.length > 0 && (
        <span id={errorId} className="admin-field__error">
          {issues.map((issue) => issue.message).join('; ')}
        </span>
      )}
    </div>
  )
}
