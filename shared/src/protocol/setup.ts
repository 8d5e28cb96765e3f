import { z } from 'zod'
import { GroupId, Meeting } from './meeting'
import { Category, DelegationId, EntityId, readableText } from './vocabulary'
import { Language } from './meeting'

/** A meeting's id (PROTOCOL.md section 7): 3 to 64 characters of a-z, 0-9 and -. */
export const MeetingId = z
  .string()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9-]+$/, 'a meeting id has only a-z, 0-9 and -')
export type MeetingId = z.infer<typeof MeetingId>

/** ISO 8601 with its offset (`2027-03-01T10:00:00+01:00`), so it names one instant wherever it is read. */
export const InstantWithOffset = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/, 'an ISO 8601 time with its offset, such as 2027-03-01T10:00:00+01:00')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'not a real date and time')

/** An IANA time zone this machine knows (`Europe/Zurich`, `America/New_York`). */
export const TimeZone = z
  .string()
  .min(1)
  .max(64)
  .refine((zone) => isTimeZone(zone), 'an IANA time zone such as Europe/Zurich')

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/** Limits that keep a setup a meeting's, not a denial of service. */
export const setupLimits = { segments: 200, roster: 2000, groups: 50 } as const

const Guideline = z.number().int().min(10).max(3600)

export const SegmentSetup = z
  .strictObject({
    id: EntityId.optional(),
    title: readableText(300),
    startsAt: InstantWithOffset,
    endsAt: InstantWithOffset,
    takesRequests: z.boolean().optional(),
  })
  .refine((s) => Date.parse(s.startsAt) < Date.parse(s.endsAt), { message: 'must end after it starts', path: ['endsAt'] })
export type SegmentSetup = z.infer<typeof SegmentSetup>

/** A delegation the reference roster does not have: a stakeholder, a new organization. */
export const NewDelegation = z.strictObject({
  id: DelegationId.optional(),
  name: readableText(200),
  category: Category,
  seat: z.string().trim().min(1).max(16).optional(),
})
export type NewDelegation = z.infer<typeof NewDelegation>

/** `POST /api/meetings`: everything a secretariat says to set up a meeting (PROTOCOL.md section 7). */
export const MeetingSetup = z.strictObject({
  id: MeetingId.optional(),
  title: readableText(300),
  venue: readableText(300).optional(),
  timeZone: TimeZone,
  defaultGuidelineSeconds: Guideline.optional(),
  guidelineByCategory: z.partialRecord(Category, Guideline).optional(),
  reservedStakeholderSeats: z.number().int().min(0).max(20).optional(),
  /** Extension: the room display's one or two languages, the first leading (`['en', 'ru']` in Vienna). */
  displayLanguages: z
    .array(Language)
    .min(1)
    .max(2, 'a display shows at most two languages')
    .refine((languages) => new Set(languages).size === languages.length, 'a display language is named once')
    .optional(),
  /** Extension: the groups a statement may be made on behalf of; ids are made from the names when absent. */
  groups: z
    .array(z.strictObject({ id: GroupId.optional(), name: readableText(120) }))
    .max(setupLimits.groups, `at most ${setupLimits.groups} groups`)
    .optional(),
  /** Extension: statements on behalf of a group come first within the statements band. */
  groupStatementsFirst: z.boolean().optional(),
  segments: z
    .array(SegmentSetup)
    .min(1, 'a programme needs at least one segment')
    .max(setupLimits.segments, `at most ${setupLimits.segments} segments`),
  roster: z
    .union([
      z.literal('un'),
      z
        .array(z.union([DelegationId, NewDelegation]))
        .min(1, 'a roster needs at least one delegation')
        .max(setupLimits.roster, `at most ${setupLimits.roster} delegations`),
    ])
    .optional(),
})
export type MeetingSetup = z.infer<typeof MeetingSetup>

/** One line of `GET /api/meetings`. */
export const MeetingSummary = Meeting.pick({ title: true, venue: true, timeZone: true }).extend({
  id: MeetingId,
  /** The programme's first start and last end; null for an empty programme. */
  startsAt: z.string().nullable(),
  endsAt: z.string().nullable(),
  archived: z.boolean(),
})
export type MeetingSummary = z.infer<typeof MeetingSummary>

/** `201` of `POST /api/meetings`, and `GET /api/meetings/:id/links`. */
export const MeetingLinks = z.object({
  id: MeetingId.optional(),
  chairToken: z.string(),
  links: z.record(z.enum(['chair', 'display', 'overlay']), z.string()),
})
export type MeetingLinks = z.infer<typeof MeetingLinks>

/** A refusal's fields, as `400` names them: `{ path: 'segments.0.endsAt', message }`. */
export interface FieldIssue {
  path: string
  message: string
}

/** Every wrong field of a refused setup, each with its path. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))
}
