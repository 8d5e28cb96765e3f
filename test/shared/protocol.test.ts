import { describe, expect, it } from 'vitest'
import { Ack, commandTypes, parseCommand, permissions, StateView } from '@floor/shared'
import { queueOf } from '../support/room'
import { expectAccepted } from '../support/expectAccepted'

describe('parseCommand', () => {
  it('accepts every command of the protocol in its simplest form', () => {
    expect(parseCommand({ type: 'request-floor' })).toMatchObject({ ok: true })
    expect(parseCommand({ type: 'move', requestId: 'r1', toIndex: 0, expectedVersion: 3 })).toMatchObject({ ok: true })
  })

  it.each([
    ['a string', 'next'],
    ['null', null],
    ['an array', [{ type: 'next' }]],
    ['a number', 42],
    ['no type', { kind: 'statement' }],
    ['an unknown type', { type: 'filibuster' }],
    ['a wrong field type', { type: 'add-time', seconds: '30' }],
    ['a fraction of a second', { type: 'add-time', seconds: 1.5 }],
    ['zero seconds', { type: 'add-time', seconds: 0 }],
    ['an unknown field', { type: 'next', force: true }],
    ['an unknown kind', { type: 'request-floor', kind: 'filibuster' }],
    ['a negative index', { type: 'move', requestId: 'r1', toIndex: -1 }],
    ['an oversized name', { type: 'add-delegation', name: 'x'.repeat(5000), category: 'stakeholder' }],
    ['a prototype key', JSON.parse('{"type":"next","__proto__":{"admin":true}}')],
    ['a constructor key', { type: 'next', constructor: { prototype: {} } }],
    ['a bad delegation id', { type: 'request-floor', delegationId: 'Mex ico' }],
    ['a negative version', { type: 'next', expectedVersion: -1 }],
  ])('refuses %s with invalid', (_, input) => {
    const parsed = parseCommand(input)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) {
      expect(parsed.error.code).toBe('invalid')
      expect(parsed.error.message.length).toBeGreaterThan(5)
    }
  })

  it('names the known types when the type is unknown', () => {
    const parsed = parseCommand({ type: 'filibuster' })
    expect(!parsed.ok && parsed.error.message).toContain('request-floor')
  })

  it('refuses a cyclic object without throwing', () => {
    const cyclic: Record<string, unknown> = { type: 'next' }
    cyclic.self = cyclic
    expect(parseCommand(cyclic).ok).toBe(false)
  })

  it('has a permission for every command, and the protocol’s twenty-one commands (seventeen of 1.0, the programme’s three and undo of 1.1)', () => {
    expect(Object.keys(permissions).sort()).toEqual([...commandTypes].sort())
    expect(commandTypes).toHaveLength(21)
  })
})

describe('the state and acknowledgement schemas', () => {
  it('describe what the domain sends to each role', () => {
    const room = queueOf('MEX', 'msf')
    room.chair({ type: 'next' })
    expect(StateView.safeParse(room.view('chair')).success).toBe(true)
    expect(StateView.safeParse(room.view('delegate', 'msf')).success).toBe(true)
    expect(StateView.safeParse(room.view('display')).success).toBe(true)
  })

  it('describe the acknowledgement of every accepted command the domain makes', () => {
    const room = queueOf('MEX')
    for (const command of [{ type: 'next' }, { type: 'next' }, { type: 'next' }] as const) {
      const outcome = expectAccepted(room.chair(command))
      const ack = { ...outcome.result, ok: true, version: room.state.version }
      expect(Ack.safeParse(ack).success).toBe(true)
    }
  })

  it('describe both acknowledgements', () => {
    expect(Ack.safeParse({ ok: true, version: 3, requestId: 'r1' }).success).toBe(true)
    expect(Ack.safeParse({ ok: false, error: { code: 'conflict', message: 'stale' } }).success).toBe(true)
    expect(Ack.safeParse({ ok: false, error: { code: 'teapot', message: '' } }).success).toBe(false)
  })
})

describe('names and titles people will read', () => {
  const named = (name: string) => parseCommand({ type: 'add-delegation', name, category: 'stakeholder' })

  it('refuses a name that shows nothing or holds half a character', () => {
    for (const name of ['\u200B\u200B', ' \u2060 ', '\uFEFF', 'abc\uD800']) {
      const parsed = named(name)
      expect(parsed.ok, JSON.stringify(name)).toBe(false)
    }
  })

  it('strips direction overrides, so "txt.exe Org" is never shown turned around, and normalizes to NFC', () => {
    expect(named('txt.exe\u202E Org')).toMatchObject({ ok: true, command: { name: 'txt.exe Org' } })
    expect(named('\u2067Caritas\u2069')).toMatchObject({ ok: true, command: { name: 'Caritas' } })
    expect(named('Cafe\u0301 Inte\u0301gration')).toMatchObject({ ok: true, command: { name: 'Café Intégration' } })
  })
})
