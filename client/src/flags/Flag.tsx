import type { Category } from '@floor/shared'
import { acronymOf, type Roster } from '../i18n/delegationNames'
import { emblemLetters, flagCodeOf, flagUrl, graphemesOf } from './flagImages'
import './flag.css'

interface FlagProps {
  delegationId: string
  /** The delegation's name, for an organization's badge letters. */
  name: string
  /** The roster's short form ("IOM"), preferred on the badge when known. */
  acronym?: string | undefined
  category: Category
  className?: string
}

/**
 * A State's flag, or a neutral badge with an organization's initials. Always
 * decorative: the name is written next to it, so screen readers skip it.
 */
export function Flag({ delegationId, name, acronym, category, className }: FlagProps) {
  const code = flagCodeOf(delegationId)
  const url = code ? flagUrl(code) : null
  const classes = ['flag', className].filter(Boolean).join(' ')
  if (url) {
    return <img className={classes} src={url} alt="" data-flag={code ?? undefined} draggable={false} />
  }
  const letters = acronym ?? emblemLetters(name)
  return (
    <span className={`${classes} flag--emblem`} data-category={category} aria-hidden="true">
      <span className="flag__letters" data-length={Math.min(graphemesOf(letters).length, 6)}>
        {letters}
      </span>
    </span>
  )
}

/** The flag of whoever a view names (the floor, a queue entry), with the roster's acronym for an organization. */
export function FlagOf({
  of,
  roster,
  className,
}: {
  of: { delegationId: string; name: string; category: Category }
  roster: Roster | null
  className?: string
}) {
  return (
    <Flag
      className={className}
      delegationId={of.delegationId}
      name={of.name}
      acronym={acronymOf(of.delegationId, roster)}
      category={of.category}
    />
  )
}
