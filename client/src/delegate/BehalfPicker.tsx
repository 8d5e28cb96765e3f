import { useTranslate } from '../i18n/LanguageContext'
import { useFloor } from '../store/FloorSessionContext'

/**
 * On whose behalf the next statement is asked for: the delegation's own
 * (the default) or one of the meeting's groups. Nothing in a meeting without groups.
 */
export function BehalfPicker({ value, onChange }: { value: string; onChange: (groupId: string) => void }) {
  const { t } = useTranslate()
  const groups = useFloor((state) => state.meeting?.meeting.groups)
  if (!groups || groups.length === 0) return null
  return (
    <label className="behalf">
      <span className="behalf__label">{t('delegate.onBehalfOf')}</span>
      <select className="behalf__select" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('delegate.ownBehalf')}</option>
        {groups.map((group) => (
          <option key={group.id} value={group.id}>
            {group.name}
          </option>
        ))}
      </select>
    </label>
  )
}
