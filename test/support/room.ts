import {
  decide,
  evolve,
  meetingCreated,
  replay,
  viewFor,
  type Actor,
  type Command,
  type DomainEvent,
  type MeetingDocument,
  type MeetingState,
  type Outcome,
  type Role,
  type StateView,
} from '@floor/shared'
import { smallMeeting } from './smallMeeting'

/** 10:30 in Geneva on the first day of the session. */
export const panelOneMorning = Date.parse('2017-06-19T10:30:00+02:00')

type CommandInput = Command extends infer C ? (C extends Command ? Omit<C, 'expectedVersion'> & { expectedVersion?: number } : never) : never

/**
 * A meeting run through the pure domain with a fake clock and predictable ids,
 * keeping the log so tests can replay it.
 */
export class Room {
  state: MeetingState
  now: number
  readonly log: DomainEvent[] = []
  private nextId = 1

  constructor(document: MeetingDocument = smallMeeting, now = panelOneMorning) {
    this.now = now
    const created = meetingCreated(document, now)
    this.log.push(created)
    this.state = evolve(replay([]), created)
  }

  private ctx() {
    return {
      now: this.now,
      newId: () => `r${this.nextId++}`,
      newToken: () => {
        const token = `token-${this.nextId++}`
        return { token, tokenHash: `hash-of-${token}` }
      },
    }
  }

  send(actor: Actor, command: CommandInput): Outcome {
    const outcome = decide(this.state, command as Command, actor, this.ctx())
    if (outcome.ok) {
      for (const event of outcome.events) {
        this.log.push(event)
        this.state = evolve(this.state, event)
      }
    }
    return outcome
  }

  chair(command: CommandInput): Outcome {
    return this.send({ role: 'chair' }, command)
  }

  /** A delegation's tablet. */
  tablet(delegationId: string, command: CommandInput): Outcome {
    return this.send({ role: 'delegate', delegationId }, command)
  }

  display(command: CommandInput): Outcome {
    return this.send({ role: 'display' }, command)
  }

  /** Each delegation asks for the floor in turn, a second apart. */
  request(...delegationIds: string[]): this {
    for (const id of delegationIds) {
      const outcome = this.tablet(id, { type: 'request-floor' })
      if (!outcome.ok) throw new Error(`${id} could not ask for the floor: ${outcome.error.message}`)
      this.advance(1000)
    }
    return this
  }

  advance(ms: number): this {
    this.now += ms
    return this
  }

  view(role: Role = 'chair', delegationId?: string): StateView {
    return viewFor(this.state, role, delegationId, this.now)
  }

  /** The speaking order, as delegation ids. */
  order(): string[] {
    return this.view().queue.map((entry) => entry.delegationId)
  }

  requestIdOf(delegationId: string): string {
    const entry = this.view().queue.find((e) => e.delegationId === delegationId)
    if (!entry) throw new Error(`${delegationId} is not waiting`)
    return entry.requestId
  }
}

/** A room with Panel 1 active. */
export function panelOne(): Room {
  const room = new Room()
  const outcome = room.chair({ type: 'set-segment', segmentId: 'panel-1' })
  if (!outcome.ok) throw new Error(outcome.error.message)
  return room
}

/** Panel 1 with these delegations asking for the floor, in this order. */
export function queueOf(...delegationIds: string[]): Room {
  return panelOne().request(...delegationIds)
}

export function expectRefused(outcome: Outcome, code: string): void {
  if (outcome.ok) throw new Error(`expected ${code}, but the command was accepted`)
  if (outcome.error.code !== code) throw new Error(`expected ${code}, got ${outcome.error.code}: ${outcome.error.message}`)
}
