import type { Command, StateView } from '@floor/shared'
import type {
  ClientError,
  CommandOutcome,
  ConnectionStatus,
  FloorConnection,
  StatusListener,
} from '../../../client/src/net/floorConnection'

export interface RoundTripDelays {
  /** ms from the device's send to the server reading its clock. */
  up: number
  /** ms from the server's answer to the device receiving it. */
  down: number
}

/**
 * Stands in for the Socket.IO connection. The test plays the server: it
 * decides when the link is up, pushes `state` views and answers commands;
 * `clock` round trips take the delays the test chooses (on fake timers) and
 * are answered from `serverClock`, the true time.
 */
export class FakeConnection implements FloorConnection {
  status: ConnectionStatus = 'connecting'
  readonly sent: Command[] = []
  clockRequests = 0
  serverClock: () => number = () => Date.now()
  delays: (request: number) => RoundTripDelays = () => ({ up: 0, down: 0 })
  answer: (command: Command) => CommandOutcome | Promise<CommandOutcome> = () => ({ ok: true, version: 1 })
  closed = false
  private readonly stateListeners = new Set<(view: StateView) => void>()
  private readonly statusListeners = new Set<StatusListener>()

  onState(listener: (view: StateView) => void): () => void {
    this.stateListeners.add(listener)
    return () => this.stateListeners.delete(listener)
  }

  onStatus(listener: StatusListener): () => void {
    this.statusListeners.add(listener)
    return () => this.statusListeners.delete(listener)
  }

  requestServerTime(): Promise<number> {
    if (this.status !== 'online') return Promise.reject(new Error('offline'))
    const { up, down } = this.delays(this.clockRequests++)
    if (up === 0 && down === 0) return Promise.resolve(this.serverClock())
    return new Promise((resolve) => {
      setTimeout(() => {
        const serverTime = this.serverClock()
        setTimeout(() => resolve(serverTime), down)
      }, up)
    })
  }

  send(command: Command): Promise<CommandOutcome> {
    if (this.status !== 'online') {
      return Promise.resolve({ ok: false, error: { code: 'offline', message: 'Not connected: the command was not sent.' } })
    }
    this.sent.push(command)
    return Promise.resolve(this.answer(command))
  }

  close(): void {
    this.closed = true
  }

  goOnline(): void {
    this.setStatus('online')
  }

  goOffline(problem?: ClientError): void {
    this.setStatus('offline', problem)
  }

  pushState(view: StateView): void {
    for (const listener of this.stateListeners) listener(view)
  }

  private setStatus(status: ConnectionStatus, problem?: ClientError): void {
    this.status = status
    for (const listener of this.statusListeners) listener(status, problem)
  }
}
