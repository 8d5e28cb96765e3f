import type { MessageKey } from '../i18n/translate'
import { useTranslate } from '../i18n/LanguageContext'
import { useFloor } from '../store/FloorSessionContext'

export interface GroupPickerProps {
  /** A group's id, or '' for the delegation's own behalf. */
  value: string
  onChange: (groupId: string) => void
  label: MessageKey
  /** The first option: speaking for the delegation itself. */
  ownLabel: MessageKey
  className: string
  labelClassName?: string
  selectClassName?: string
}

/**
 * On whose behalf a statement is asked for: the delegation's own (the
 * default) or one of the meeting's groups. Nothing in a meeting without
 * groups. The tablet and the chair's placards both pick with it.
 */
export function GroupPicker({ value, onChange, label, ownLabel, className, labelClassName, selectClassName }: GroupPickerProps) {
  const { t } = useTranslate()
  const groups = useFloor((state) => state.meeting?.meeting.groups)
  if (!groups || groups.length === 0) return null
  return (
    <label className={className}>
      <span className={labelClassName}>{t(label)}</span>
      <select className={selectClassName} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t(ownLabel)}</option>
        {groups.map((group) => (
          <option key={group.id} value={group.id}>
            {group.name}
          </option>
        ))}
      </select>
    </label>
  )
}
