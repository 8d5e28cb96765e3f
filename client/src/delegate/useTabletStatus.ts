import { useMemo } from 'react'
import type { Category } from '@floor/shared'
import { delegationName } from '../i18n/delegationNames'
import { useTranslate } from '../i18n/LanguageContext'
import { useFloor } from '../store/FloorSessionContext'
import { useRoster } from '../store/useRoster'
import { tabletStatusOf, type TabletStatus } from './tabletStatus'

/** Where this delegation stands, from the latest view. */
export function useTabletStatus(): TabletStatus {
  const view = useFloor((state) => state.view)
  return useMemo(() => tabletStatusOf(view), [view])
}

export interface Identity {
  delegationId: string
  /** In the tablet's language where the roster has it. */
  name: string
  /** The English name, for the badge letters of an organization. */
  englishName: string
  /** Null until the roster or the view says (never guessed: the label would be wrong). */
  category: Category | null
  seat: string | null
  acronym: string | undefined
}

/** Whom the tablet speaks for: from the roster, or from the view until the roster has loaded. */
export function useIdentity(): Identity | null {
  const { language } = useTranslate()
  const roster = useRoster()
  const view = useFloor((state) => state.view)
  return useMemo(() => {
    const delegationId = view?.delegationId
    if (!view || !delegationId) return null
    const listed = roster?.get(delegationId)
    const seen = view.floor?.delegationId === delegationId ? view.floor : view.queue.find((e) => e.delegationId === delegationId)
    const englishName = listed?.name ?? seen?.name ?? delegationId
    return {
      delegationId,
      name: delegationName(language, { delegationId, name: englishName }, roster),
      englishName,
      category: listed?.category ?? seen?.category ?? null,
      seat: listed?.seat ?? seen?.seat ?? null,
      acronym: listed?.acronym,
    }
  }, [view, roster, language])
}
