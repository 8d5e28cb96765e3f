import { z } from 'zod'
import { Category, DelegationId, EntityId } from './vocabulary'

/** The six official languages of the United Nations. */
export const Language = z.enum(['en', 'fr', 'es', 'ar', 'zh', 'ru'])
export type Language = z.infer<typeof Language>

/** One entry of the roster: a State, an organization or a stakeholder. */
export const Delegation = z.object({
  id: DelegationId,
  category: Category,
  /** The English name as the UN writes it. */
  name: z.string().min(1).max(200),
  /** The name in the other official languages, where known. */
  names: z.partialRecord(Language, z.string()).optional(),
  /** Where the delegation sits, as printed on the seat plan (for example "T12"). */
  seat: z.string().max(16).optional(),
  /** Extension: the short form for a placard or a narrow screen (for example "IOM", "MSF"). */
  acronym: z.string().max(32).optional(),
})
export type Delegation = z.infer<typeof Delegation>

export const Person = z.object({ name: z.string(), affiliation: z.string().optional() })
export type Person = z.infer<typeof Person>

/** One segment of the programme of work. */
export const ProgrammeSegment = z.object({
  id: EntityId,
  title: z.string(),
  /** ISO 8601 with offset: when the segment is scheduled to start and end. */
  startsAt: z.string(),
  endsAt: z.string(),
  /** Whether delegations may ask for the floor (panels do, lunch does not). */
  takesRequests: z.boolean(),
  kind: z.string().optional(),
  description: z.string().optional(),
  moderator: Person.optional(),
  panelists: z.array(Person).optional(),
  speakers: z.array(Person).optional(),
  interpretation: z.boolean().optional(),
  /** Extension: the day of the session the segment belongs to, 1 for the first. */
  day: z.number().int().positive().optional(),
})
export type ProgrammeSegment = z.infer<typeof ProgrammeSegment>

/** Extension: how the room is laid out, so screens can say where a speaker sits. */
export const SeatPlan = z.object({
  /** The Member State in the first seat (drawn by lot); the others follow in English alphabetical order. */
  firstMemberStateId: DelegationId,
  /** Table seats for observers, intergovernmental organizations, UN entities and stakeholders. */
  tableSeats: z.number().int().nonnegative(),
  /** Table seats kept for stakeholders called to speak (`call-to-seat`). */
  reservedStakeholderSeatLabels: z.array(z.string().max(16)),
  /** Free seating in the gallery. */
  gallerySeats: z.number().int().nonnegative(),
})
export type SeatPlan = z.infer<typeof SeatPlan>

/** Extension: a group a delegation may speak on behalf of (the Group of 77 and China, the European Union). */
export const GroupId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'a group id is 1-40 characters of a-z, 0-9 and -')
export const Group = z.object({
  id: GroupId,
  /** As the group is named on the list, for example "Group of 77 and China". */
  name: z.string().min(1).max(120),
})
export type Group = z.infer<typeof Group>

export const Meeting = z.object({
  id: EntityId,
  title: z.string(),
  venue: z.string().optional(),
  /** IANA zone in which the programme's times are read. */
  timeZone: z.string(),
  defaultGuidelineSeconds: z.number().int().positive(),
  reservedStakeholderSeats: z.number().int().nonnegative(),
  /** Extension: guidelines per category that every segment starts with (observers 2 minutes where members have 3). */
  guidelineByCategory: z.partialRecord(Category, z.number().int().positive()).optional(),
  seatPlan: SeatPlan.optional(),
  /** Extension: the room display's languages, the first leading (a Geneva room `['en', 'fr']`); the display's `?lang=` overrides them. */
  displayLanguages: z.array(Language).min(1).max(2).optional(),
  /** Extension: the groups a statement may be made on behalf of. */
  groups: z.array(Group).optional(),
  /** Extension: statements on behalf of a group come first within the statements band. */
  groupStatementsFirst: z.boolean().optional(),
})
export type Meeting = z.infer<typeof Meeting>

/** `GET /api/meeting`. */
export const MeetingDocument = z.object({
  meeting: Meeting,
  segments: z.array(ProgrammeSegment),
  delegations: z.array(Delegation),
})
export type MeetingDocument = z.infer<typeof MeetingDocument>
