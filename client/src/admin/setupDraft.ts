import { Category, unRoster, type FieldIssue, type Language, type MeetingSetup } from '@floor/shared'
import { browserZone, todayIn, wallClockIn, zonedIso } from '../time/zoneTime'

/** One row of the programme as typed: a date and two wall-clock times in the meeting's zone. */
export interface SegmentDraft {
  /** Stable React key of the row. */
  key: string
  /** Kept from an imported setup; a new row has none and the server numbers it. */
  id?: string
  title: string
  date: string
  start: string
  end: string
  takesRequests: boolean
}

/** A delegation the reference roster does not have, as typed. */
export interface NewDelegationDraft {
  key: string
  id?: string
  name: string
  category: Category
  seat?: string
}

/** A group a statement may be made on behalf of, as typed; an empty id is made from the name by the server. */
export interface GroupDraft {
  key: string
  name: string
  id: string
}

/** The setup form as the secretariat fills it in: text as typed, turned into a `MeetingSetup` on sending. */
export interface SetupDraft {
  id: string
  title: string
  venue: string
  timeZone: string
  /** `3:00` or `180`. */
  guideline: string
  /** Empty: the default guideline applies to that category. */
  guidelineByCategory: Record<Category, string>
  reservedSeats: string
  /** The room display's leading language and its second one ('': none). */
  displayFirst: Language
  displaySecond: Language | ''
  segments: SegmentDraft[]
  /** `un`: the UN preset; `pick`: only the delegations picked. New delegations come on top of either. */
  rosterMode: 'un' | 'pick'
  picked: string[]
  newDelegations: NewDelegationDraft[]
  /** Extension: the groups of this meeting, and whether their statements come first. */
  groups: GroupDraft[]
  groupStatementsFirst: boolean
}

export const categories: readonly Category[] = Category.options

let lastKey = 0
/** A fresh key for a new row. */
export function rowKey(): string {
  lastKey += 1
  return `row-${lastKey}`
}

export function newSegment(date: string, start = '10:00', end = '13:00'): SegmentDraft {
  return { key: rowKey(), title: '', date, start, end, takesRequests: true }
}

/** A new form: the UN roster, 3 minutes, 2 reserved seats, one segment today from 10:00 to 13:00. */
export function defaultDraft(timeZone: string = browserZone(), nowMs: number = Date.now()): SetupDraft {
  const segment = { ...newSegment(todayIn(timeZone, nowMs)), title: 'Morning session' }
  return {
    id: '',
    title: '',
    venue: '',
    timeZone,
    guideline: '3:00',
    guidelineByCategory: { 'member-state': '', 'observer-state': '', igo: '', 'un-entity': '', stakeholder: '' },
    reservedSeats: '2',
    displayFirst: 'en',
    displaySecond: '',
    segments: [segment],
    rosterMode: 'un',
    picked: [],
    newDelegations: [],
    groups: [],
    groupStatementsFirst: false,
  }
}

/** `3:00`, `2:30` or `150` as seconds; null when it is neither. */
export function parseDuration(text: string): number | null {
  const value = text.trim()
  const clock = /^(\d{1,3}):([0-5]\d)$/.exec(value)
  if (clock) return Number(clock[1]) * 60 + Number(clock[2])
  if (/^\d{1,5}$/.test(value)) return Number(value)
  return null
}

/** Seconds as the form shows them: `3:00`. */
export function formatDuration(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

const unIds = unRoster.map((d) => d.id)

/** The ids the roster starts from before the new delegations: the UN preset's or the ones picked. */
export function baseRoster(draft: SetupDraft): readonly string[] {
  return draft.rosterMode === 'un' ? unIds : draft.picked
}

export type DraftOutcome = { ok: true; setup: unknown } | { ok: false; issues: FieldIssue[] }

/**
 * The body of `POST /api/meetings` the form describes. Only what the form
 * itself cannot turn into the setup's shape (a guideline that is no duration,
 * a time that is no time) is refused here, with the setup's own paths; the
 * rest is left to `MeetingSetup`, here and on the server.
 */
export function setupFromDraft(draft: SetupDraft): DraftOutcome {
  const issues: FieldIssue[] = []
  const seconds = (text: string, path: string): number | undefined => {
    if (!text.trim()) return undefined
    const parsed = parseDuration(text)
    if (parsed === null) issues.push({ path, message: 'minutes:seconds such as 3:00, or seconds such as 180' })
    return parsed ?? undefined
  }
  const defaultGuidelineSeconds = seconds(draft.guideline, 'defaultGuidelineSeconds')
  const guidelineByCategory: Partial<Record<Category, number>> = {}
  for (const category of categories) {
    const value = seconds(draft.guidelineByCategory[category], `guidelineByCategory.${category}`)
    if (value !== undefined) guidelineByCategory[category] = value
  }
  const seatsText = draft.reservedSeats.trim()
  const reservedStakeholderSeats = seatsText === '' ? undefined : /^\d+$/.test(seatsText) ? Number(seatsText) : NaN
  if (Number.isNaN(reservedStakeholderSeats)) issues.push({ path: 'reservedStakeholderSeats', message: 'a whole number, such as 2' })

  const segments = draft.segments.map((segment, index) => {
    const at = (time: string, field: 'startsAt' | 'endsAt') => {
      const iso = zonedIso({ date: segment.date, time }, draft.timeZone.trim() || 'UTC')
      if (!iso) issues.push({ path: `segments.${index}.${field}`, message: 'a date and a time such as 10:00' })
      return iso ?? ''
    }
    return {
      ...(segment.id ? { id: segment.id } : {}),
      title: segment.title,
      startsAt: at(segment.start, 'startsAt'),
      endsAt: at(segment.end, 'endsAt'),
      takesRequests: segment.takesRequests,
    }
  })

  const newOnes = draft.newDelegations.map((d) => ({
    ...(d.id ? { id: d.id } : {}),
    name: d.name,
    category: d.category,
    ...(d.seat ? { seat: d.seat } : {}),
  }))
  const roster = draft.rosterMode === 'un' && newOnes.length === 0 ? 'un' : [...baseRoster(draft), ...newOnes]

  if (issues.length > 0) return { ok: false, issues }
  return {
    ok: true,
    setup: {
      ...(draft.id.trim() ? { id: draft.id.trim() } : {}),
      title: draft.title,
      ...(draft.venue.trim() ? { venue: draft.venue.trim() } : {}),
      timeZone: draft.timeZone.trim(),
      ...(defaultGuidelineSeconds !== undefined ? { defaultGuidelineSeconds } : {}),
      ...(Object.keys(guidelineByCategory).length > 0 ? { guidelineByCategory } : {}),
      ...(reservedStakeholderSeats !== undefined ? { reservedStakeholderSeats } : {}),
      ...displayLanguagesOf(draft),
      ...groupsOf(draft),
      segments,
      roster,
    },
  }
}

/** The display's pair as the setup says it; nothing for English alone, the default. */
function displayLanguagesOf(draft: SetupDraft): Pick<MeetingSetup, 'displayLanguages'> {
  const second = draft.displaySecond && draft.displaySecond !== draft.displayFirst ? draft.displaySecond : null
  if (draft.displayFirst === 'en' && !second) return {}
  return { displayLanguages: second ? [draft.displayFirst, second] : [draft.displayFirst] }
}

/** The groups as the setup says them; nothing when there are none and the setting is off, the default. */
function groupsOf(draft: SetupDraft): Pick<MeetingSetup, 'groups' | 'groupStatementsFirst'> {
  const groups = draft.groups.map((group) => ({ ...(group.id.trim() ? { id: group.id.trim() } : {}), name: group.name }))
  return {
    ...(groups.length > 0 ? { groups } : {}),
    ...(draft.groupStatementsFirst ? { groupStatementsFirst: true } : {}),
  }
}

/** The form a setup (an imported file, an exported template) fills in; its times read in its own zone. */
export function draftFromSetup(setup: MeetingSetup): SetupDraft {
  const zone = setup.timeZone
  const blank = defaultDraft(zone)
  const roster = setup.roster ?? 'un'
  const picked = roster === 'un' ? [] : roster.filter((entry): entry is string => typeof entry === 'string')
  const newDelegations = roster === 'un' ? [] : roster.filter((entry) => typeof entry !== 'string')
  return {
    id: setup.id ?? '',
    title: setup.title,
    venue: setup.venue ?? '',
    timeZone: zone,
    guideline: formatDuration(setup.defaultGuidelineSeconds ?? 180),
    guidelineByCategory: Object.fromEntries(
      categories.map((category) => {
        const value = setup.guidelineByCategory?.[category]
        return [category, value === undefined ? '' : formatDuration(value)]
      }),
    ) as Record<Category, string>,
    reservedSeats: String(setup.reservedStakeholderSeats ?? 2),
    displayFirst: setup.displayLanguages?.[0] ?? 'en',
    displaySecond: setup.displayLanguages?.[1] ?? '',
    segments: setup.segments.map((segment) => {
      const start = wallClockIn(zone, segment.startsAt)
      const end = wallClockIn(zone, segment.endsAt)
      return {
        key: rowKey(),
        ...(segment.id ? { id: segment.id } : {}),
        title: segment.title,
        date: start?.date ?? blank.segments[0]!.date,
        start: start?.time ?? '10:00',
        end: end?.time ?? '13:00',
        takesRequests: segment.takesRequests ?? true,
      }
    }),
    rosterMode: roster === 'un' ? 'un' : 'pick',
    picked,
    newDelegations: newDelegations.map((d) => ({
      key: rowKey(),
      ...(d.id ? { id: d.id } : {}),
      name: d.name,
      category: d.category,
      ...(d.seat ? { seat: d.seat } : {}),
    })),
    groups: (setup.groups ?? []).map((group) => ({ key: rowKey(), name: group.name, id: group.id ?? '' })),
    groupStatementsFirst: setup.groupStatementsFirst ?? false,
  }
}
