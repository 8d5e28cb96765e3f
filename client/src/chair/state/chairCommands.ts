import type { Command, Kind, UndoView } from '@floor/shared'
import type { MessageKey } from '../../i18n/translate'
import type { CommandOutcome } from '../../net/floorConnection'
import { sendCommand } from '../../store/floorSession'
import { formatClock } from '../../time/timerDisplay'
import { canSend, setMeetingDocument, whenShown } from '../../store/floorStore'
import type { ChairSession } from './chairSession'
import { beginPending, dismissNotice, endPending, showNotice, type ChairNotice } from './chairStore'

/** Commands that change who speaks: one at a time, always against the version on screen. */
export type FloorCommand = { type: 'next' } | { type: 'give-floor'; requestId: string } | { type: 'end-floor' }

/**
 * Next, give the floor, end. Sends `expectedVersion` = the version shown, never
 * while the previous floor command is unanswered or its change not yet on
 * screen (a second press is dropped, not queued), and on `conflict` shows the
 * notice and sends nothing again: the co-facilitator looks at the fresh state and decides.
 */
export function runFloorCommand(session: ChairSession, command: FloorCommand): Promise<CommandOutcome | null> {
  const view = session.store.getState().view
  if (!view) return Promise.resolve(null)
  return runCommand(session, 'floor', { ...command, expectedVersion: view.version })
}

export const advance = (session: ChairSession) => runFloorCommand(session, { type: 'next' })

/**
 * Takes back the change the console shows as undoable (`view.undoable`),
 * against the version on screen, and announces what it took back.
 */
export async function undoLast(session: ChairSession): Promise<CommandOutcome | null> {
  const view = session.store.getState().view
  const undoable = view?.undoable
  if (!view || !undoable || undoable.version !== view.version) return null
  const outcome = await runCommand(session, 'floor', { type: 'undo', expectedVersion: view.version })
  if (outcome?.ok) {
    showNotice(session.store, { kind: 'done', message: undoneMessages[undoable.command], values: { name: undoable.name ?? '' } })
  }
  return outcome
}

const undoneMessages = {
  next: 'chair.undo.done.next',
  'give-floor': 'chair.undo.done.give-floor',
  'end-floor': 'chair.undo.done.end-floor',
  remove: 'chair.undo.done.remove',
  move: 'chair.undo.done.move',
} as const satisfies Record<UndoView['command'], MessageKey>
export const giveFloor = (session: ChairSession, requestId: string) => runFloorCommand(session, { type: 'give-floor', requestId })
export const endFloor = (session: ChairSession) => runFloorCommand(session, { type: 'end-floor' })

/**
 * Any command. `key` names what it acts on: a second command with the same key
 * is dropped until the first one's change is on screen (Pause pressed again
 * before the paused timer shows would otherwise pause and resume).
 */
export async function runCommand(session: ChairSession, key: string | null, command: Command): Promise<CommandOutcome | null> {
  const { store } = session
  if (!canSend(store.getState())) return null
  if (key !== null && !beginPending(store, key)) return null
  let outcome: CommandOutcome | null = null
  try {
    outcome = await sendCommand(session, command)
    showAnswer(session, command, outcome)
    return outcome
  } finally {
    if (key !== null) whenShown(store, outcome?.ok ? outcome.version : 0, () => endPending(store, key))
  }
}

/** The chair's one channel for the answer: a refusal replaces the notice, a success clears a refusal. */
function showAnswer(session: ChairSession, command: Command, outcome: CommandOutcome): void {
  const { store } = session
  if (outcome.ok) {
    if (store.getState().notice?.kind !== 'done') dismissNotice(store)
    return
  }
  const { code } = outcome.error
  // Offline and a refused link are the connection's to say, in the header and the banner.
  if (code === 'offline' || code === 'unauthorized') return
  if (code === 'conflict' && isVersioned(command)) {
    return showNotice(store, { kind: 'conflict', command: command.type, seenVersion: command.expectedVersion ?? 0 })
  }
  showNotice(store, { kind: 'error', error: outcome.error })
}

type VersionedCommand = Extract<Command, { type: Extract<ChairNotice, { kind: 'conflict' }>['command'] }>

const isVersioned = (command: Command): command is VersionedCommand =>
  command.type === 'next' || command.type === 'give-floor' || command.type === 'end-floor' || command.type === 'move'

export function toggleTimer(session: ChairSession): Promise<CommandOutcome | null> {
  const floor = session.store.getState().view?.floor
  if (!floor) return Promise.resolve(null)
  const paused = floor.timer.runningSince === null
  return runCommand(session, 'timer', { type: paused ? 'resume-timer' : 'pause-timer' })
}

/**
 * Each press counts: three presses of +30 s give a minute and a half. Taking
 * time away stops at 30 seconds, and may bring the guideline below the time
 * already spoken: the notice says so when either happens.
 */
export async function addTime(session: ChairSession, seconds: number): Promise<CommandOutcome | null> {
  if (!session.store.getState().view?.floor) return null
  const outcome = await runCommand(session, null, { type: 'add-time', seconds })
  if (!outcome?.ok || typeof outcome.guidelineSeconds !== 'number') return outcome
  const time = formatClock(outcome.guidelineSeconds)
  if (typeof outcome.belowSpokenSeconds === 'number') {
    showNotice(session.store, {
      kind: 'done',
      message: 'chair.time.belowSpoken',
      values: { time, spoken: formatClock(outcome.belowSpokenSeconds) },
      tone: 'warning',
    })
  } else if (outcome.limitedBy === 'minimum') {
    showNotice(session.store, { kind: 'done', message: 'chair.time.limitedMinimum', values: { time }, tone: 'warning' })
  }
  return outcome
}

/** Reorders against the version shown: positions mean nothing in a list that has changed since. */
export async function moveRequest(session: ChairSession, requestId: string, toIndex: number): Promise<CommandOutcome | null> {
  const view = session.store.getState().view
  if (!view) return null
  return runCommand(session, `request:${requestId}`, { type: 'move', requestId, toIndex, expectedVersion: view.version })
}

export const removeRequest = (session: ChairSession, requestId: string) =>
  runCommand(session, `request:${requestId}`, { type: 'remove', requestId })

/** Calls a stakeholder to a reserved seat; for anyone else says why not, rather than doing nothing. */
export function callToSeat(session: ChairSession, requestId: string): Promise<CommandOutcome | null> {
  const entry = session.store.getState().view?.queue.find((e) => e.requestId === requestId)
  if (entry && entry.category !== 'stakeholder') {
    showNotice(session.store, { kind: 'done', message: 'chair.seat.notStakeholder', values: { name: entry.name }, tone: 'warning' })
    return Promise.resolve(null)
  }
  return runCommand(session, `request:${requestId}`, { type: 'call-to-seat', requestId })
}

/**
 * A placard raised in the room, entered by the chair (allowed even when the
 * list is closed); a statement may be on behalf of one of the meeting's groups.
 */
export async function addPlacard(
  session: ChairSession,
  delegationId: string,
  kind: Kind,
  name: string,
  onBehalfOf?: string,
): Promise<CommandOutcome | null> {
  const waiting = session.store.getState().view?.queue.some((e) => e.delegationId === delegationId && e.kind === kind)
  const behalf = kind === 'statement' && onBehalfOf ? { onBehalfOf } : {}
  const outcome = await runCommand(session, `placard:${delegationId}:${kind}`, { type: 'request-floor', delegationId, kind, ...behalf })
  if (outcome?.ok) {
    showNotice(session.store, {
      kind: 'done',
      message: waiting ? 'chair.placard.alreadyWaiting' : 'chair.placard.added',
      values: { name },
      tone: waiting ? 'warning' : 'success',
    })
  }
  return outcome
}

export const setSegment = (session: ChairSession, segmentId: string) =>
  runCommand(session, 'segment', { type: 'set-segment', segmentId })

export const setListOpen = (session: ChairSession, open: boolean) =>
  runCommand(session, 'list', { type: open ? 'open-list' : 'close-list' })

/** Fetches the roster again (after an import added delegations). */
export async function reloadMeeting(session: ChairSession): Promise<void> {
  try {
    setMeetingDocument(session.store, await session.loadMeeting())
  } catch {
    // The old roster stays; the next reconnection does not reload it, but a page reload does.
  }
}

type ProgrammeEdit = Extract<Command, { type: 'add-segment' | 'update-segment' | 'remove-segment' }>

/**
 * Adds, changes or removes a segment of the programme. A refusal (the active
 * segment, or one in which someone asked for the floor, stays) reaches the
 * notice with the server's words; once accepted the programme is fetched
 * again, and the forecasts follow from the next `state` on their own.
 */
export async function editProgramme(session: ChairSession, command: ProgrammeEdit): Promise<CommandOutcome | null> {
  const outcome = await runCommand(session, 'programme', command)
  if (outcome?.ok) await reloadMeeting(session)
  return outcome
}
