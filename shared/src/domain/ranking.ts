import type { Category, Kind } from '../protocol'
import type { WaitingRequest } from './model'

/** Tier of each category: a lower number speaks first among statements. */
export const tierOf: Record<Category, number> = {
  'member-state': 1,
  'observer-state': 2,
  igo: 3,
  'un-entity': 3,
  stakeholder: 4,
}

/** Band of each kind: points of order first, then statements, then rights of reply. */
export const bandOf: Record<Kind, number> = {
  'point-of-order': 0,
  statement: 1,
  'right-of-reply': 2,
}

/** Extension: statements on behalf of a group, and whether the meeting hears them first. */
export interface GroupRanking {
  /** The group the new request speaks for, if any. */
  onBehalfOf?: string | undefined
  /** The meeting's setting `groupStatementsFirst`. */
  groupsFirst: boolean
}

/**
 * Where a new request goes (PROTOCOL.md section 5). Nothing already waiting
 * moves, so the chair's moves stand:
 * - a point of order goes after the last waiting point of order;
 * - a statement goes after the last waiting statement of the same or a higher
 *   tier, or at the top of the statements band (after the points of order);
 * - a right of reply goes to the end of the list.
 * With `groupsFirst` (an extension), statements on behalf of a group come
 * first within the statements band, first come first served among them, and
 * every other statement goes after them.
 */
export function insertionIndex(
  queue: readonly WaitingRequest[],
  kind: Kind,
  category: Category,
  categoryOf: (delegationId: string) => Category,
  group: GroupRanking = { groupsFirst: false },
): number {
  if (kind === 'right-of-reply') return queue.length
  if (kind === 'point-of-order') return lastIndexWhere(queue, (r) => r.kind === 'point-of-order') + 1
  const topOfBand = lastIndexWhere(queue, (r) => bandOf[r.kind] < bandOf.statement) + 1
  const afterGroups = group.groupsFirst
    ? Math.max(topOfBand, lastIndexWhere(queue, (r) => r.kind === 'statement' && r.onBehalfOf !== undefined) + 1)
    : topOfBand
  if (group.groupsFirst && group.onBehalfOf !== undefined) return afterGroups
  const tier = tierOf[category]
  const afterStatement = lastIndexWhere(
    queue,
    (r) => r.kind === 'statement' && tierOf[categoryOf(r.delegationId)] <= tier,
  )
  return Math.max(afterGroups, afterStatement + 1)
}

function lastIndexWhere<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) {
    if (predicate(items[i] as T)) return i
  }
  return -1
}
