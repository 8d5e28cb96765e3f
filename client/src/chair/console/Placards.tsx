import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import type { Kind } from '@floor/shared'
import { Flag } from '../../flags/Flag'
import { delegationName } from '../../i18n/delegationNames'
import { useTranslate } from '../../i18n/LanguageContext'
import { useFloor } from '../../store/FloorSessionContext'
import { useRoster } from '../../store/useRoster'
import { CategoryBadge } from '../Badges'
import { useChair, useChairSession } from '../state/ChairContext'
import { addPlacard } from '../state/chairCommands'
import { setPlacardKind } from '../state/chairStore'
import { GroupPicker } from '../../ui/GroupPicker'
import { KindPicker, kindByCode } from './KindPicker'
import { enterChoice, searchRoster, type RosterMatch } from '../rosterSearch'
import { useControlState } from './useControlState'
import { placardInputId } from './useShortcuts'

/**
 * A placard goes up in the room: type part of the name (any of the six
 * languages), the code or the seat, and Enter puts the delegation on the list.
 */
export function Placards() {
  const session = useChairSession()
  const { t, language } = useTranslate()
  const delegations = useFloor((state) => state.meeting?.delegations)
  const queue = useFloor((state) => state.view?.queue)
  const roster = useRoster()
  const kind = useChair((state) => state.placardKind)
  const [onBehalfOf, setOnBehalfOf] = useState('')
  const { enabled } = useControlState()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const listId = useId()
  const matches = useMemo(() => searchRoster(delegations ?? [], query), [delegations, query])
  const open = query.trim() !== '' && matches.length > 0
  const current = matches[Math.min(active, matches.length - 1)]

  const add = async (match: RosterMatch | undefined) => {
    if (!match || !enabled) return
    const name = delegationName(language, { delegationId: match.delegation.id, name: match.delegation.name }, roster)
    const outcome = await addPlacard(session, match.delegation.id, kind, name, onBehalfOf || undefined)
    if (outcome?.ok) {
      setQuery('')
      setActive(0)
      // On behalf of a group, too, is said for one statement at a time.
      setOnBehalfOf('')
      // A point of order or a right of reply is a deliberate choice, made again each time.
      setPlacardKind(session.store, 'statement')
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const chosenKind: Kind | undefined = event.altKey ? kindByCode[event.code] : undefined
    if (chosenKind) {
      event.preventDefault()
      return setPlacardKind(session.store, chosenKind)
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      if (matches.length > 0) setActive((i) => (Math.min(i, matches.length - 1) + step + matches.length) % matches.length)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      void add(enterChoice(matches, active))
    } else if (event.key === 'Escape' && query) {
      event.preventDefault()
      event.stopPropagation()
      setQuery('')
    }
  }

  const positionOf = (delegationId: string) => {
    const index = queue?.findIndex((entry) => entry.delegationId === delegationId && entry.kind === kind) ?? -1
    return index < 0 ? null : index + 1
  }

  return (
    <section className="panel placards" aria-labelledby={`${listId}-title`}>
      <h2 className="panel__title" id={`${listId}-title`}>
        {t('chair.placard.title')} <kbd>/</kbd>
      </h2>
      <div className="placards__search">
        <input
          id={placardInputId}
          className="placards__input"
          type="text"
          role="combobox"
          aria-label={t('chair.placard.label')}
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && current ? `${listId}-${current.delegation.id}` : undefined}
          placeholder={t('chair.placard.placeholder')}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value)
            setActive(0)
          }}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" className="placards__options" hidden={!open} aria-label={t('chair.placard.matches')}>
          {matches.map((match, index) => {
            const { delegation } = match
            const position = positionOf(delegation.id)
            return (
              <li
                key={delegation.id}
                id={`${listId}-${delegation.id}`}
                role="option"
                aria-selected={index === Math.min(active, matches.length - 1)}
                className="placards__option"
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => void add(match)}
                onMouseMove={() => setActive(index)}
              >
                <Flag
                  className="placards__flag"
                  delegationId={delegation.id}
                  name={delegation.name}
                  acronym={delegation.acronym}
                  category={delegation.category}
                />
                <span className="placards__name">
                  {delegationName(language, { delegationId: delegation.id, name: delegation.name }, roster)}
                  {match.matchedName && (
                    <span className="placards__alt" lang={match.matchedName.language}>
                      {' · '}
                      {match.matchedName.text}
                    </span>
                  )}
                </span>
                <span className="placards__code">{delegation.acronym ?? (/^[A-Z]{3}$/.test(delegation.id) ? delegation.id : '')}</span>
                <span className="placards__seat">{delegation.seat ? t('chair.seat', { seat: delegation.seat }) : ''}</span>
                <CategoryBadge category={delegation.category} />
                {position !== null && <span className="placards__waiting">{t('chair.placard.waitingAt', { position })}</span>}
              </li>
            )
          })}
        </ul>
        {query.trim() !== '' && matches.length === 0 && delegations && (
          <p className="placards__none" role="status">
            {t('chair.placard.none')}
          </p>
        )}
      </div>
      <KindPicker />
      {kind === 'statement' && (
        <GroupPicker
          value={onBehalfOf}
          onChange={setOnBehalfOf}
          label="chair.placard.onBehalfOf"
          ownLabel="chair.placard.ownBehalf"
          className="placards__behalf"
        />
      )}
    </section>
  )
}
