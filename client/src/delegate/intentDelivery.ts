import type { Command } from '@floor/shared'
import type { CommandOutcome } from '../net/floorConnection'
import { sendCommand, type FloorSession } from '../store/floorSession'
import { whenShown } from '../store/floorStore'
import type { MessageKey } from '../i18n/translate'
import { holdIntent, showNotice, updatePending, type Intent, type PendingIntent, type TabletState } from './tabletStore'

/**
 * A tap never gets lost and never goes out twice:
 * - online, it is sent at once and its acknowledgement shown;
 * - offline, it is held (one at a time), shown as "will be sent when the
 *   connection returns", and sent exactly once when it does, its
 *   acknowledgement shown as "sent when the connection returned";
 * - the user may cancel it while held, and after `holdMs` without a
 *   connection it is dropped: either way the screen says it was not sent.
 * The connection itself never queues (`FloorConnection.send` answers
 * `offline` at once), so this is the only place a tap waits.
 */
export interface Tablet extends FloorSession<TabletState> {
  /** How long a tap waits for the connection before it is dropped. */
  holdMs: number
  /** How long a withdrawal waits, with Take back, before it is sent; `withdrawGraceMs` unless told. */
  withdrawGraceMs?: number
}

export const defaultHoldMs = 2 * 60_000

/**
 * A withdrawal is held this long before it is sent, with a Take back button:
 * taken back, nothing was sent and the delegation keeps its place (sending
 * and asking again would put it at the end of its tier).
 */
export const withdrawGraceMs = 5_000

function commandOf(intent: Intent): Command {
  return intent.type === 'request'
    ? { type: 'request-floor', kind: intent.kind, ...(intent.onBehalfOf ? { onBehalfOf: intent.onBehalfOf } : {}) }
    : { type: 'withdraw', requestId: intent.requestId }
}

/** A tap on Request or Withdraw. Returns false when another tap is still pending. */
export function tap(tablet: Tablet, intent: Intent): boolean {
  const grace = intent.type === 'withdraw' ? (tablet.withdrawGraceMs ?? withdrawGraceMs) : 0
  const now = tablet.now()
  const pending = holdIntent(tablet.store, intent, now + grace + tablet.holdMs, grace > 0 ? now + grace : null)
  if (!pending) return false
  if (grace > 0) return true // `startIntentDelivery` sends it once the grace is over
  if (tablet.store.getState().connection === 'online') void deliver(tablet)
  else updatePending(tablet.store, pending.id, { heldOffline: true })
  return true
}

/** Drops the held tap before it is sent, and says so. A tap on the wire cannot be called back. */
export function cancelPending(tablet: Tablet): void {
  const { pending } = tablet.store.getState()
  if (pending?.phase !== 'queued') return
  updatePending(tablet.store, pending.id, null)
  const takenBack = pending.intent.type === 'withdraw' && pending.sendAt !== null
  showNotice(tablet.store, takenBack ? { tone: 'success', key: 'delegate.notice.takenBack' } : { tone: 'warning', key: 'delegate.notice.cancelled' })
}

/** The withdrawal's grace is over: it goes now, or is held for the connection like any tap. */
function release(tablet: Tablet, id: number): void {
  if (!updatePending(tablet.store, id, { sendAt: null })) return
  if (tablet.store.getState().connection === 'online') void deliver(tablet)
  else updatePending(tablet.store, id, { heldOffline: true })
}

/** Sends the held tap, once: a second call while it is on the wire does nothing. */
export async function deliver(tablet: Tablet): Promise<void> {
  const { pending } = tablet.store.getState()
  if (pending?.phase !== 'queued' || pending.sendAt !== null) return
  updatePending(tablet.store, pending.id, { phase: 'sending' })
  const outcome = await sendCommand(tablet, commandOf(pending.intent))
  settle(tablet, pending, outcome)
}

function settle(tablet: Tablet, pending: PendingIntent, outcome: CommandOutcome): void {
  const { store } = tablet
  if (outcome.ok) {
    // The acknowledgement can come before the `state` that shows the change:
    // keep "Sending…" until the view has caught up, so the screen never shows
    // the old buttons beside "your request is on the list".
    whenShown(store, outcome.version, () => {
      updatePending(store, pending.id, null)
      showNotice(store, { tone: 'success', key: confirmation(pending) })
    })
    return
  }
  const code = outcome.error.code
  const online = tablet.store.getState().connection === 'online'
  // Not sent (`offline`), or sent as the link went down with no answer
  // (`timeout`): hold it for the reconnection. Sending again then is safe:
  // asking for the floor again answers the same request, and a withdrawal
  // that did go through answers "no longer on the list".
  // The reconnection sends it (`startIntentDelivery`), never a retry loop here.
  if (code === 'offline' || (code === 'timeout' && !online)) {
    updatePending(store, pending.id, { phase: 'queued', heldOffline: true, maybeSent: pending.maybeSent || code === 'timeout' })
    return
  }
  updatePending(store, pending.id, null)
  if (code === 'timeout') showNotice(store, { tone: 'warning', key: 'delegate.notice.noAnswer' })
  else showNotice(store, { tone: 'error', key: refusal(tablet, code) })
}

function confirmation(pending: PendingIntent): MessageKey {
  if (pending.intent.type === 'request') {
    return pending.heldOffline ? 'delegate.notice.requestedOnReconnect' : 'delegate.notice.requested'
  }
  return pending.heldOffline ? 'delegate.notice.withdrawnOnReconnect' : 'delegate.notice.withdrawn'
}

/** The server's reason in the tablet's language; its English message is for logs. */
function refusal(tablet: Tablet, code: string): MessageKey {
  const view = tablet.store.getState().view
  if (code === 'not_found') return 'delegate.notice.notWaiting'
  if (code === 'rate_limited') return 'delegate.notice.tooFast'
  if (code === 'rejected' && !view?.segment) return 'delegate.notice.noSegment'
  if (code === 'rejected' && !view?.segment?.listOpen) return 'delegate.notice.listClosed'
  return 'delegate.notice.refused'
}

/** Drops a tap held too long, and says it was not sent. */
function expire(tablet: Tablet, id: number): void {
  const { pending } = tablet.store.getState()
  if (pending?.id !== id || pending.phase !== 'queued') return
  updatePending(tablet.store, id, null)
  // A tap that went out as the link dropped may have arrived: say so, not "not sent".
  if (pending.maybeSent) return showNotice(tablet.store, { tone: 'warning', key: 'delegate.notice.noAnswer' })
  showNotice(tablet.store, {
    tone: 'error',
    key: 'delegate.notice.expired',
    values: { minutes: Math.round(tablet.holdMs / 60_000) },
  })
}

/**
 * Sends the held tap when the connection comes back, and drops it when it
 * has waited too long. Returns a function that stops both.
 */
export function startIntentDelivery(tablet: Tablet): () => void {
  let expiry: ReturnType<typeof setTimeout> | undefined

  const unsubscribeConnection = tablet.store.subscribe((state, previous) => {
    if (state.connection === 'online' && previous.connection !== 'online') void deliver(tablet)
  })

  const unsubscribePending = tablet.store.subscribe(({ pending }, previous) => {
    if (pending?.id === previous.pending?.id && pending?.phase === previous.pending?.phase) return
    clearTimeout(expiry)
    expiry = undefined
    if (pending?.phase === 'queued') {
      const id = pending.id
      expiry = setTimeout(() => expire(tablet, id), Math.max(0, pending.expiresAt - tablet.now()))
    }
  })

  let grace: ReturnType<typeof setTimeout> | undefined
  const unsubscribeGrace = tablet.store.subscribe(({ pending }, previous) => {
    if (pending?.id === previous.pending?.id && pending?.sendAt === previous.pending?.sendAt) return
    clearTimeout(grace)
    grace = undefined
    if (pending?.phase === 'queued' && pending.sendAt !== null) {
      const id = pending.id
      grace = setTimeout(() => release(tablet, id), Math.max(0, pending.sendAt - tablet.now()))
    }
  })

  return () => {
    clearTimeout(expiry)
    clearTimeout(grace)
    unsubscribeConnection()
    unsubscribePending()
    unsubscribeGrace()
  }
}
