import { useMemo, useState } from 'react'
import { tierOf } from '@floor/shared'
import { delegationName } from '../../i18n/delegationNames'
import { useTranslate } from '../../i18n/LanguageContext'
import { StatementForm } from '../../statements/StatementForm'
import { useFloor } from '../../store/FloorSessionContext'
import { useRoster } from '../../store/useRoster'
import { useChairSession } from '../state/ChairContext'

/** The chair attaches a statement for a delegation: one received by email (PROTOCOL.md section 9). */
export function ChairStatementForm() {
  const session = useChairSession()
  const { t, language } = useTranslate()
  const roster = useRoster()
  const delegations = useFloor((state) => state.meeting?.delegations)
  const [delegationId, setDelegationId] = useState('')
  const [done, setDone] = useState<string | null>(null)
  const sorted = useMemo(
    () => [...(delegations ?? [])].sort((a, b) => tierOf[a.category] - tierOf[b.category] || a.name.localeCompare(b.name)),
    [delegations],
  )
  const api = session.statements
  if (!api) return null
  const nameOf = (id: string) => delegationName(language, { delegationId: id, name: sorted.find((d) => d.id === id)?.name ?? id }, roster)

  return (
    <section className="panel chair-statement" aria-labelledby="chair-statement-title">
      <h2 id="chair-statement-title">{t('statements.chairTitle')}</h2>
      <p>{t('statements.chairHint')}</p>
      <label className="statement-form__field">
        <span>{t('statements.forDelegation')}</span>
        <select value={delegationId} onChange={(event) => setDelegationId(event.target.value)}>
          <option value="" />
          {sorted.map((delegation) => (
            <option key={delegation.id} value={delegation.id}>
              {nameOf(delegation.id)}
            </option>
          ))}
        </select>
      </label>
      <StatementForm
        defaultLanguage={language}
        disabled={delegationId === ''}
        send={async (statement) => {
          setDone(null)
          return api.send({ ...statement, delegationId })
        }}
        onSent={() => setDone(t('statements.chairDone', { name: nameOf(delegationId) }))}
      />
      {done && <p role="status">{done}</p>}
    </section>
  )
}
