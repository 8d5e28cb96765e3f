import { z } from 'zod'
import { Category, DelegationId, EntityId, Kind, readableText } from './vocabulary'
import { GroupId } from './meeting'
import { commandError, ErrorCode, type CommandError } from './errors'
import { InstantWithOffset } from './setup'

/**
 * Every command may carry the version its sender last saw; a stale one is
 * refused with `conflict` so two co-facilitators never advance twice.
 */
const expectedVersion = z.number().int().nonnegative().optional()

function command<T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return z.strictObject({ type: z.literal(type), expectedVersion, ...shape })
}

export const RequestFloor = command('request-floor', {
  kind: Kind.optional(),
  /** Chair only: the delegation the request is for (a placard raised in the room). */
  delegationId: DelegationId.optional(),
  /** Extension: the id of the meeting's group (`meeting.groups`) the statement is made on behalf of. */
  onBehalfOf: GroupId.optional(),
})
export const Withdraw = command('withdraw', { requestId: EntityId.optional() })
export const Next = command('next', {})
export const GiveFloor = command('give-floor', { requestId: EntityId })
export const EndFloor = command('end-floor', {})
export const PauseTimer = command('pause-timer', {})
export const ResumeTimer = command('resume-timer', {})
export const AddTime = command('add-time', {
  seconds: z.number().int().min(-3600).max(3600).refine((s) => s !== 0, 'seconds must not be 0'),
})
export const Move = command('move', { requestId: EntityId, toIndex: z.number().int().min(0).max(100_000) })
export const Remove = command('remove', { requestId: EntityId })
export const CallToSeat = command('call-to-seat', { requestId: EntityId })
export const SetSegment = command('set-segment', { segmentId: EntityId })
export const SetGuideline = command('set-guideline', {
  seconds: z.number().int().min(10).max(3600),
  /** Extension: a guideline for one category only (observers 2 minutes where members have 3). */
  category: Category.optional(),
})
export const OpenList = command('open-list', {})
export const CloseList = command('close-list', {})
export const AddDelegation = command('add-delegation', {
  name: readableText(200),
  category: Category,
  id: DelegationId.optional(),
  seat: z.string().trim().min(1).max(16).optional(),
})
export const IssueToken = command('issue-token', {
  delegationId: DelegationId.optional(),
  /** `interpreter` (section 9): the interpreters' token, without a delegation; a delegation's tablet otherwise. */
  role: z.enum(['delegate', 'interpreter']).optional(),
})

const SegmentTitle = readableText(300)
/** Programme edits during a meeting (PROTOCOL.md section 7). */
export const AddSegment = command('add-segment', {
  title: SegmentTitle,
  startsAt: InstantWithOffset,
  endsAt: InstantWithOffset,
  takesRequests: z.boolean().optional(),
})
export const UpdateSegment = command('update-segment', {
  segmentId: EntityId,
  title: SegmentTitle.optional(),
  startsAt: InstantWithOffset.optional(),
  endsAt: InstantWithOffset.optional(),
  takesRequests: z.boolean().optional(),
})
export const RemoveSegment = command('remove-segment', { segmentId: EntityId })

/** 1.1: takes back the chair's last `next`, `give-floor`, `end-floor`, `remove` or `move` (PROTOCOL.md section 4). */
export const Undo = command('undo', {})

export const Command = z.discriminatedUnion('type', [
  RequestFloor,
  Withdraw,
  Next,
  GiveFloor,
  EndFloor,
  PauseTimer,
  ResumeTimer,
  AddTime,
  Move,
  Remove,
  CallToSeat,
  SetSegment,
  SetGuideline,
  OpenList,
  CloseList,
  AddDelegation,
  IssueToken,
  AddSegment,
  UpdateSegment,
  RemoveSegment,
  Undo,
])
export type Command = z.infer<typeof Command>
export type CommandType = Command['type']
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>

export const commandTypes = Command.options.map((option) => option.shape.type.value) as CommandType[]

/** No command needs more than this; anything longer is refused before parsing. */
export const maxCommandBytes = 4096

export type ParsedCommand = { ok: true; command: Command } | { ok: false; error: CommandError }

/** The one entry point that turns whatever a client sent into a command, or says why not. */
export function parseCommand(input: unknown): ParsedCommand {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, error: commandError(ErrorCode.invalid, 'A command must be an object with a type.') }
  }
  if (!isSmallEnough(input)) {
    return { ok: false, error: commandError(ErrorCode.invalid, `A command must be under ${maxCommandBytes} bytes.`) }
  }
  const parsed = Command.safeParse(input)
  if (parsed.success) return { ok: true, command: parsed.data }
  return { ok: false, error: commandError(ErrorCode.invalid, describeIssue(parsed.error.issues[0])) }
}

function isSmallEnough(input: object): boolean {
  try {
    return JSON.stringify(input).length <= maxCommandBytes
  } catch {
    return false // cycles or BigInt: not something a client can send as JSON anyway
  }
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'The command is not valid.'
  if (issue.code === 'invalid_union' && issue.path.length === 1 && issue.path[0] === 'type') {
    return `Unknown command type. Known types: ${commandTypes.join(', ')}.`
  }
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''
  return `${where}${issue.message}`
}
