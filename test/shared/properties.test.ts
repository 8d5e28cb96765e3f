import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { replay, tierOf, type Actor, type MeetingState } from '@floor/shared'
import { panelOne, type Room } from '../support/room'
import { smallRoster } from '../support/smallMeeting'

const delegationIds = smallRoster.map((d) => d.id)
const requestIds = Array.from({ length: 40 }, (_, i) => `r${i + 1}`)

const actor: fc.Arbitrary<Actor> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<Actor>({ role: 'chair' }) },
  { weight: 4, arbitrary: fc.constantFrom(...delegationIds).map((id): Actor => ({ role: 'delegate', delegationId: id })) },
  { weight: 1, arbitrary: fc.constant<Actor>({ role: 'display' }) },
)

const requestId = fc.constantFrom(...requestIds)
const kind = fc.constantFrom('statement', 'point-of-order', 'right-of-reply', undefined)

function commandArbitrary(withMoves: boolean) {
  const commands = [
    fc.record({ type: fc.constant('request-floor'), kind, delegationId: fc.constantFrom(...delegationIds, undefined) }),
    fc.record({ type: fc.constant('request-floor'), kind }),
    fc.record({ type: fc.constant('withdraw'), requestId: fc.option(requestId, { nil: undefined }) }),
    fc.constant({ type: 'next' }),
    fc.record({ type: fc.constant('give-floor'), requestId }),
    fc.constant({ type: 'end-floor' }),
    fc.constant({ type: 'undo' }),
    fc.constant({ type: 'pause-timer' }),
    fc.constant({ type: 'resume-timer' }),
    fc.record({ type: fc.constant('add-time'), seconds: fc.constantFrom(30, -30, -600) }),
    fc.record({ type: fc.constant('remove'), requestId }),
    fc.record({ type: fc.constant('call-to-seat'), requestId }),
    fc.record({ type: fc.constant('set-segment'), segmentId: fc.constantFrom('panel-1', 'lunch-1', 'panel-2', 'nope') }),
    fc.record({ type: fc.constant('set-guideline'), seconds: fc.constantFrom(60, 120, 180) }),
    fc.constant({ type: 'open-list' }),
    fc.constant({ type: 'close-list' }),
    fc.record({ type: fc.constant('issue-token'), delegationId: fc.constantFrom('MEX', 'msf', 'XYZ') }),
    fc.record({
      type: fc.constant('add-delegation'),
      name: fc.constantFrom('Caritas', 'Red Crescent'),
      category: fc.constantFrom('stakeholder', 'igo'),
    }),
  ]
  if (withMoves) commands.push(fc.record({ type: fc.constant('move'), requestId, toIndex: fc.nat(12) }) as never)
  return fc.oneof(...commands)
}

function stepsArbitrary(withMoves: boolean) {
  const step = fc.record({
    actor,
    command: commandArbitrary(withMoves),
    // Mostly without a version, as tablets send; sometimes a stale or current one, as the chair does.
    expectedVersion: fc.oneof(
      { weight: 9, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.nat(30) },
    ),
    advanceMs: fc.nat(240_000),
  })
  return fc.array(step, { minLength: 1, maxLength: 60 })
}

type Step = { actor: Actor; command: { type: string }; expectedVersion: number | undefined; advanceMs: number }

/** Plays a random morning, checking after every command what must always hold. */
function play(steps: Step[], check: (room: Room, before: MeetingState, accepted: boolean, changed: boolean) => void) {
  const room = panelOne()
  for (const step of steps) {
    const before = room.state
    const command = { ...step.command, ...(step.expectedVersion === undefined ? {} : { expectedVersion: step.expectedVersion }) }
    // Drop fields fast-check set to undefined, as JSON would.
    const outcome = room.send(step.actor, JSON.parse(JSON.stringify(command)))
    check(room, before, outcome.ok, outcome.ok && outcome.events.length > 0)
    room.advance(step.advanceMs)
  }
  return room
}

const runs = { numRuns: 1000 }

describe('properties over random sequences of commands', () => {
  it('replaying the log from scratch gives the same state', () => {
    fc.assert(
      fc.property(stepsArbitrary(true), (steps) => {
        const room = play(steps, () => {})
        expect(replay(room.log)).toEqual(room.state)
      }),
      runs,
    )
  })

  it('no delegation waits twice with the same kind in one segment', () => {
    fc.assert(
      fc.property(stepsArbitrary(true), (steps) => {
        play(steps, (room) => {
          for (const segment of Object.values(room.state.segments)) {
            const keys = segment.queue.map((r) => `${r.delegationId}/${r.kind}`)
            expect(new Set(keys).size).toBe(keys.length)
          }
        })
      }),
      runs,
    )
  })

  it('without chair moves, no waiting statement is behind a statement of a lower tier', () => {
    fc.assert(
      fc.property(stepsArbitrary(false), (steps) => {
        play(steps, (room) => {
          for (const segment of Object.values(room.state.segments)) {
            const tiers = segment.queue
              .filter((r) => r.kind === 'statement')
              .map((r) => tierOf[room.state.delegations[r.delegationId]!.category])
            expect(tiers).toEqual([...tiers].sort((a, b) => a - b))
          }
        })
      }),
      runs,
    )
  })

  it('the version rises by exactly one per accepted change, and a refused command changes nothing', () => {
    fc.assert(
      fc.property(stepsArbitrary(true), (steps) => {
        play(steps, (room, before, accepted, changed) => {
          if (!accepted) expect(room.state).toBe(before)
          expect(room.state.version - before.version).toBe(changed ? 1 : 0)
        })
      }),
      runs,
    )
  })
})
