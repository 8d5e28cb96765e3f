import type { Delegation, FieldIssue, Group, MeetingDocument, MeetingSetup, ProgrammeSegment } from '../protocol'
import { freeSlugOf, slugOf } from '../domain/slug'
import { memberStates, observerStates } from './memberStates.generated'
import { intergovernmentalOrganizations, unEntities } from './organizations'
import { namedStakeholders } from './stakeholders'

/** The UN preset (`roster: 'un'`): the Member States, the observer States, the organizations and UN entities. */
export const unRoster: readonly Delegation[] = [...memberStates, ...observerStates, ...intergovernmentalOrganizations, ...unEntities]

/** Everything a setup may pick from by id: the UN preset and the stakeholders Floor knows. */
export const referenceRoster: readonly Delegation[] = [...unRoster, ...namedStakeholders]
const referenceById = new Map(referenceRoster.map((d) => [d.id, d]))


/** The id a meeting gets from its title when the setup names none. */
export function meetingIdFromTitle(title: string): string {
  const slug = slugOf(title)
  return slug.length >= 3 ? slug : `meeting-${slug || '1'}`.replace(/-$/, '')
}

export type SetupOutcome = { ok: true; document: MeetingDocument } | { ok: false; issues: FieldIssue[] }

/**
 * The meeting a setup describes (PROTOCOL.md section 7), or every field that
 * names something that does not exist or twice. The schema has checked the
 * shapes; this checks what depends on the reference roster and on the other entries.
 */
export function meetingFromSetup(setup: MeetingSetup, id: string): SetupOutcome {
  const issues: FieldIssue[] = []
  const segments = segmentsOf(setup, issues)
  const delegations = rosterOf(setup, issues)
  const groups = groupsOf(setup, issues)
  if (issues.length > 0) return { ok: false, issues }
  return {
    ok: true,
    document: {
      meeting: {
        id,
        title: setup.title,
        ...(setup.venue ? { venue: setup.venue } : {}),
        timeZone: setup.timeZone,
        defaultGuidelineSeconds: setup.defaultGuidelineSeconds ?? 180,
        reservedStakeholderSeats: setup.reservedStakeholderSeats ?? 2,
        ...(setup.guidelineByCategory && Object.keys(setup.guidelineByCategory).length > 0
          ? { guidelineByCategory: setup.guidelineByCategory }
          : {}),
        ...(setup.displayLanguages ? { displayLanguages: setup.displayLanguages } : {}),
        ...(groups.length > 0 ? { groups } : {}),
        ...(setup.groupStatementsFirst ? { groupStatementsFirst: true } : {}),
      },
      segments,
      delegations,
    },
  }
}

/** The meeting's groups, each id given or made from its name; an id used twice is named. */
function groupsOf(setup: MeetingSetup, issues: FieldIssue[]): Group[] {
  const groups: Group[] = []
  const seen = new Set<string>()
  for (const [index, group] of (setup.groups ?? []).entries()) {
    const id = group.id ?? groupIdFrom(group.name, seen)
    if (seen.has(id)) issues.push({ path: `groups.${index}.id`, message: `the group id ${id} is used twice` })
    seen.add(id)
    groups.push({ id, name: group.name })
  }
  return groups
}

/** A slug of the name that no group uses yet ("Group of 77 and China" → "group-of-77-and-china"). */
function groupIdFrom(name: string, taken: ReadonlySet<string>): string {
  return freeSlugOf(slugOf(name, 36) || 'group', (id) => taken.has(id))
}

function segmentsOf(setup: MeetingSetup, issues: FieldIssue[]): ProgrammeSegment[] {
  const taken = new Set<string>()
  return setup.segments.map((segment, index) => {
    let id = segment.id ?? `segment-${index + 1}`
    if (taken.has(id)) {
      if (segment.id) issues.push({ path: `segments.${index}.id`, message: `another segment is already ${id}` })
      id = `${id}-${index + 1}`
    }
    taken.add(id)
    return {
      id,
      title: segment.title,
      startsAt: segment.startsAt,
      endsAt: segment.endsAt,
      takesRequests: segment.takesRequests ?? true,
    }
  })
}

function rosterOf(setup: MeetingSetup, issues: FieldIssue[]): Delegation[] {
  if (setup.roster === undefined || setup.roster === 'un') return unRoster.map((d) => ({ ...d }))
  const roster = new Map<string, Delegation>()
  setup.roster.forEach((entry, index) => {
    const path = `roster.${index}`
    if (typeof entry === 'string') {
      const known = referenceById.get(entry)
      if (!known) issues.push({ path, message: `${entry} is not in the reference roster; give it a name and a category` })
      else if (roster.has(entry)) issues.push({ path, message: `${entry} is on the roster twice` })
      else roster.set(entry, { ...known })
      return
    }
    const id = entry.id ?? uniqueSlug(entry.name, roster)
    if (roster.has(id)) return issues.push({ path: `${path}.id`, message: `${id} is on the roster twice` })
    roster.set(id, { id, name: entry.name, category: entry.category, ...(entry.seat ? { seat: entry.seat } : {}) })
  })
  return [...roster.values()]
}

function uniqueSlug(name: string, taken: ReadonlyMap<string, unknown>): string {
  const base = slugOf(name) || 'delegation'
  return freeSlugOf(base.length >= 2 ? base : `${base}-delegation`, (id) => taken.has(id) || referenceById.has(id))
}

/**
 * A meeting's setup as JSON, a template for the next session: its programme
 * and roster as they stand, reference delegations by id, the others in full.
 */
export function setupOf(document: MeetingDocument): MeetingSetup {
  const { meeting } = document
  return {
    id: meeting.id,
    title: meeting.title,
    ...(meeting.venue ? { venue: meeting.venue } : {}),
    timeZone: meeting.timeZone,
    defaultGuidelineSeconds: meeting.defaultGuidelineSeconds,
    ...(meeting.guidelineByCategory ? { guidelineByCategory: meeting.guidelineByCategory } : {}),
    ...(meeting.displayLanguages ? { displayLanguages: meeting.displayLanguages } : {}),
    reservedStakeholderSeats: meeting.reservedStakeholderSeats,
    ...(meeting.groups && meeting.groups.length > 0 ? { groups: meeting.groups } : {}),
    ...(meeting.groupStatementsFirst ? { groupStatementsFirst: true } : {}),
    segments: document.segments.map((s) => ({
      id: s.id,
      title: s.title,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      takesRequests: s.takesRequests,
    })),
    roster: document.delegations.map((d) =>
      referenceById.get(d.id)?.name === d.name
        ? d.id
        : { id: d.id, name: d.name, category: d.category, ...(d.seat ? { seat: d.seat } : {}) },
    ),
  }
}
