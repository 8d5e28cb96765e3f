import { useId, type ReactNode } from 'react'
import type { FieldIssue } from '@floor/shared'

/** What a control needs to be named by its label and described by its hint and errors. */
export interface ControlProps {
  id: string
  'aria-describedby'?: string
  'aria-invalid'?: boolean
  /** The whole name, where the visible label is the short one. */
  'aria-label'?: string
}

interface FormFieldProps {
  label: string
  hint?: string
  issues: readonly FieldIssue[]
  className?: string
  /** A shorter label to show, where the row already says the rest ("Date" for "Date of segment 2"); `label` is what is read out. */
  shortLabel?: string
  children: (control: ControlProps) => ReactNode
}

/** A labelled control with its hint, and the server's or the page's messages beside it. */
export function FormField({ label, hint, issues, className, shortLabel, children }: FormFieldProps) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint ? hintId : null, issues.length > 0 ? errorId : null].filter(Boolean).join(' ')
  return (
    <div className={`admin-field ${className ?? ''}`} data-invalid={issues.length > 0 || undefined}>
      <label htmlFor={id} className="admin-field__label">
        {shortLabel ?? label}
      </label>
      {children({ id, ...(shortLabel ? { 'aria-label': label } : {}), ...(describedBy ? { 'aria-describedby': describedBy } : {}), ...(issues.length > 0 ? { 'aria-invalid': true } : {}) })}
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
