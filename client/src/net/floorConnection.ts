import type { AckOk, Command, ErrorCode, StateView } from '@floor/shared'

/** Whether the socket is up. `connecting` only before the very first connection. */
export type ConnectionStatus = 'connecting' | 'online' | 'offline'

/**
 * Failures the client itself can tell apart from the server's error codes:
 * `offline` (nothing was sent), `timeout` (sent, no answer: the next `state`
 * says whether it happened), `unauthorized` (the token was refused),
 * `no_meeting` (the server has no meeting by the page's id: the socket's
 * `not_found`, or a `404` on its document).
 */
export type ClientErrorCode = ErrorCode | 'offline' | 'timeout' | 'unauthorized' | 'no_meeting'

export interface ClientError {
  code: ClientErrorCode
  message: string
}

export type CommandOutcome = AckOk | { ok: false; error: ClientError }

export type StatusListener = (status: ConnectionStatus, problem?: ClientError) => void

/**
 * The one door to the server, small enough for tests to fake
 * (`test/client/support/fakeConnection.ts`). The Socket.IO implementation is
 * `connectFloor` in `socket.ts`.
 */
export interface FloorConnection {
  readonly status: ConnectionStatus
  /** Every `state` message, in order. Returns a function that unsubscribes. */
  onState(listener: (view: StateView) => void): () => void
  onStatus(listener: StatusListener): () => void
  /** One `clock` round trip: the server's epoch ms. Rejects when offline or unanswered. */
  requestServerTime(): Promise<number>
  /**
   * Sends a command and resolves with its acknowledgement. Never queues while
   * offline: it answers `offline` at once, so a tap is never sent minutes later
   * without the user knowing.
   */
  send(command: Command): Promise<CommandOutcome>
  close(): void
}
