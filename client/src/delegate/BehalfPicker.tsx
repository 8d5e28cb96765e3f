import { GroupPicker } from '../ui/GroupPicker'

/** The tablet's choice of whose behalf the next statement is asked on. */
export function BehalfPicker({ value, onChange }: { value: string; onChange: (groupId: string) => void }) {
  return (
    <GroupPicker
      value={value}
      onChange={onChange}
      label="delegate.onBehalfOf"
      ownLabel="delegate.ownBehalf"
      className="behalf"
      labelClassName="behalf__label"
      selectClassName="behalf__select"
    />
  )
}
