import type { Command, Kind } from '@floor/shared'
import type { CommandOutcome } from '../net/floorConnection'
import { sendCommand } from '../store/floorSession'
import { setMeetingDocument } from '../store/floorStore'
import type { ChairSession } from './chairSession'
import { awaitVersion, beginPending, dismissNotice, endPending, showNotice } from './chairStore'

/** Commands that change who speaks: one at a time, always against the version on screen. */
export type FloorCommand = { type: 'next' } | { type: 'give-floor'; requestId: string } | { type: 'end-floor' }

/** Whether commands may be sent now: online, with a view that arrived on this connection. */
export function canSend(session: ChairSession): boolean {
  const floor = session.floor.store.getState()
  return floor.connection === 'online' && floor.view !== null && session.store.getState().fresh
}

/** A floor command is on its way, or its `state` has not arrived yet: Next must wait. */
export function floorBusy(session: ChairSession): boolean {
  const chair = session.store.getState()
  return Boolean(chair.pending.floor) || chair.awaitingVersion !== null
}

/**
 * Next, give the floor, end. Sends `expectedVersion` = the version shown, never
 * while the previous floor command is unanswered (a second press is dropped,
 * not queued), and on `conflict` shows the notice and sends nothing again: the
 * co-facilitator looks at the fresh state and decides.
 */
export async function runFloorCommand(session: ChairSession, command: FloorCommand): Promise<CommandOutcome | null> {
  const { store } = session
  const view = session.floor.store.getState().view
  if (!view || !canSend(session) || floorBusy(session)) return null
  if (!beginPending(store, 'floor')) return null
  const seenVersion = view.version
  try {
    const outcome = await sendCommand(session.floor, { ...command, expectedVersion: seenVersion })
    if (outcome.ok) {
      const shown = session.floor.store.getState().view?.version ?? 0
      if (shown < outcome.version) awaitVersion(store, outcome.version)
      if (store.getState().notice?.kind === 'conflict') dismissNotice(store)
    } else if (outcome.error.code === 'conflict') {
      showNotice(store, { kind: 'conflict', command: command.type, seenVersion })
    }
    return outcome
  } finally {
    endPending(store, 'floor')
  }
}

export const advance = (session: ChairSession) => runFloorCommand(session, { type: 'next' })
export const giveFloor = (session: ChairSession, requestId: string) => runFloorCommand(session, { type: 'give-floor', requestId })
export const endFloor = (session: ChairSession) => runFloorCommand(session, { type: 'end-floor' })

/**
 * Any other command. `key` names what it acts on: a second command with the
 * same key is dropped while the first is unanswered (a double press on Pause
 * must not pause and resume).
 */
export async function runCommand(session: ChairSession, key: string | null, command: Command): Promise<CommandOutcome | null> {
  if (!canSend(session)) return null
  if (key !== null && !beginPending(session.store, key)) return null
  let outcome: CommandOutcome | null = null
  try {
    outcome = await sendCommand(session.floor, command)
    return outcome
  } finally {
    // The key stays taken until the screen shows the change: Pause pressed again
    // before the paused timer is on screen would otherwise send Pause twice.
    if (key !== null) releaseWhenShown(session, key, outcome?.ok ? outcome.version : 0)
  }
}

/** Frees a command's key once the view holds that version, or at once when the link drops. */
function releaseWhenShown(session: ChairSession, key: string, version: number): void {
  const shown = () => {
    const floor = session.floor.store.getState()
    return (floor.view?.version ?? -1) >= version || floor.connection !== 'online'
  }
  if (shown()) return endPending(session.store, key)
  const unsubscribe = session.floor.store.subscribe(() => {
    if (!shown()) return
    unsubscribe()
    endPending(session.store, key)
  })
}

export function toggleTimer(session: ChairSession): Promise<CommandOutcome | null> {
  const floor = session.floor.store.getState().view?.floor
  if (!floor) return Promise.resolve(null)
  const paused = floor.timer.runningSince === null
  return runCommand(session, 'timer', { type: paused ? 'resume-timer' : 'pause-timer' })
}

/** Each press counts: three presses of +30 s give a minute and a half. */
export function addTime(session: ChairSession, seconds: number): Promise<CommandOutcome | null> {
  if (!session.floor.store.getState().view?.floor) return Promise.resolve(null)
  return runCommand(session, null, { type: 'add-time', seconds })
}

/** Reorders against the version shown: positions mean nothing in a list that has changed since. */
export async function moveRequest(session: ChairSession, requestId: string, toIndex: number): Promise<CommandOutcome | null> {
  const view = session.floor.store.getState().view
  if (!view) return null
  const seenVersion = view.version
  const outcome = await runCommand(session, `request:${requestId}`, { type: 'move', requestId, toIndex, expectedVersion: seenVersion })
  if (outcome && !outcome.ok && outcome.error.code === 'conflict') {
    showNotice(session.store, { kind: 'conflict', command: 'move', seenVersion })
  }
  return outcome
}

export const removeRequest = (session: ChairSession, requestId: string) =>
  runCommand(session, `request:${requestId}`, { type: 'remove', requestId })

export const callToSeat = (session: ChairSession, requestId: string) =>
  runCommand(session, `request:${requestId}`, { type: 'call-to-seat', requestId })

/** A placard raised in the room, entered by the chair (allowed even when the list is closed). */
export async function addPlacard(session: ChairSession, delegationId: string, kind: Kind, name: string): Promise<CommandOutcome | null> {
  const waiting = session.floor.store.getState().view?.queue.some((e) => e.delegationId === delegationId && e.kind === kind)
  const outcome = await runCommand(session, `placard:${delegationId}:${kind}`, { type: 'request-floor', delegationId, kind })
  if (outcome?.ok) {
    showNotice(session.store, {
      kind: 'done',
      message: waiting ? 'chair.placard.alreadyWaiting' : 'chair.placard.added',
      values: { name },
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
    setMeetingDocument(session.floor.store, await session.floor.loadMeeting())
  } catch {
    // The old roster stays; the next reconnection does not reload it, but a page reload does.
  }
}
