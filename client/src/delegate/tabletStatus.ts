import { type FloorView, type QueueEntryView, type StateView } from '@floor/shared'

/** One of this delegation's waiting requests, with its place in the whole list (1 = next). */
export interface OwnRequest {
  entry: QueueEntryView
  place: number
}

/**
 * What the tablet shows, derived from the server's view alone, so two tablets
 * of one delegation (the seat and the "plus one") always show the same thing.
 */
export interface TabletStatus {
  delegationId: string | null
  /** The floor, when this delegation has it. */
  speaking: FloorView | null
  /** This delegation's waiting requests, best place first. */
  requests: OwnRequest[]
  /** One of its requests heads the list. */
  next: boolean
  /** A stakeholder's request the chair called to a reserved seat. */
  calledToSeat: boolean
  /** Whether each kind is already waiting (asking again would answer the same request). */
  waitingKinds: ReadonlySet<QueueEntryView['kind']>
}

export function tabletStatusOf(view: StateView | null): TabletStatus {
  const delegationId = view?.delegationId ?? null
  if (!view || delegationId === null) {
    return { delegationId, speaking: null, requests: [], next: false, calledToSeat: false, waitingKinds: new Set() }
  }
  // A tablet's view (1.1) holds only its own requests, each with its place in the whole list.
  const requests = view.queue.flatMap((entry, index) =>
    entry.delegationId === delegationId ? [{ entry, place: entry.position ?? index + 1 }] : [],
  )
  return {
    delegationId,
    speaking: view.floor?.delegationId === delegationId ? view.floor : null,
    requests,
    next: requests[0]?.place === 1,
    calledToSeat: requests.some((request) => request.entry.calledToSeat),
    waitingKinds: new Set(requests.map((request) => request.entry.kind)),
  }
}

/** The one thing the tablet must make impossible to miss, most urgent first. */
export type Attention = 'floor' | 'seat' | 'next' | 'waiting' | 'idle'

export function attentionOf(status: TabletStatus): Attention {
  if (status.speaking) return 'floor'
  if (status.calledToSeat) return 'seat'
  if (status.next) return 'next'
  if (status.requests.length > 0) return 'waiting'
  return 'idle'
}

