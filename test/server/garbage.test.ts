import { maxMessageBytes } from '../../server/src/createServer'
import { afterEach, describe, expect, it } from 'vitest'
import { chairToken, connectClient, startServer, type Harness } from './support/harness'

let harness: Harness
afterEach(async () => harness?.close())

const garbage: Array<[string, unknown]> = [
  ['a string', 'next'],
  ['a number', 7],
  ['null', null],
  ['an array', [{ type: 'next' }]],
  ['an empty object', {}],
  ['an unknown type', { type: 'dissolve-the-assembly' }],
  ['a type of the wrong type', { type: 42 }],
  ['a wrong field type', { type: 'move', requestId: 12, toIndex: 'top' }],
  ['an unknown field', { type: 'next', skip: 2 }],
  ['an oversized string', { type: 'add-delegation', name: 'x'.repeat(10_000), category: 'stakeholder' }],
  ['a prototype key', JSON.parse('{"type":"next","__proto__":{"isChair":true}}')],
  ['a constructor key', JSON.parse('{"type":"next","constructor":{"prototype":{"isChair":true}}}')],
  ['a fractional version', { type: 'next', expectedVersion: 1.5 }],
  ['a huge number', { type: 'add-time', seconds: 1e308 }],
]

describe('whatever a client sends', () => {
  it.each(garbage)('refuses %s with invalid and changes nothing', async (_, input) => {
    harness = await startServer()
    const chair = await harness.client(chairToken)
    await chair.send({ type: 'set-segment', segmentId: 'panel-1' })
    const version = harness.server.host.state.version
    const ack = await chair.send(input)
    expect(ack).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.any(String) } })
    expect(harness.server.host.state.version).toBe(version)
    expect(await chair.clock()).toBeGreaterThan(0)
  })

  it('handles commands sent without an acknowledgement callback, and unknown events', async () => {
    harness = await startServer()
    const chair = await harness.client(chairToken)
    chair.socket.emit('command', { type: 'bogus' })
    chair.socket.emit('command')
    chair.socket.emit('command', { type: 'set-segment', segmentId: 'panel-1' })
    chair.socket.emit('launch-missiles', { now: true })
    chair.socket.emit('clock')
    const state = await chair.waitFor((s) => s.segment?.id === 'panel-1')
    expect(state.version).toBe(1)
    expect(await chair.clock()).toBeGreaterThan(0)
  })

  it('answers invalid to a command of up to a megabyte, and keeps the connection', async () => {
    harness = await startServer()
    const chair = await harness.client(chairToken)
    const ack = await chair.send({ type: 'add-delegation', name: 'x'.repeat(1_000_000), category: 'stakeholder' })
    expect(ack).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('4096 bytes') } })
    expect(chair.socket.connected).toBe(true)
    expect(harness.server.host.state.version).toBe(0)
  })

  it('closes a socket whose message is over the bound, without disturbing anyone else', async () => {
    harness = await startServer()
    const chair = await harness.client(chairToken)
    const display = await harness.client()
    const dropped = new Promise((resolve) => chair.socket.on('disconnect', resolve))
    chair.socket.emit('command', { type: 'add-delegation', name: 'x'.repeat(maxMessageBytes + 1), category: 'stakeholder' })
    await dropped
    expect(harness.server.host.state.version).toBe(0)
    expect(await display.clock()).toBeGreaterThan(0)
  })

  it('refuses a handshake token that is not a string', async () => {
    harness = await startServer()
    await expect(connectClient(harness.url, { nested: true } as unknown as string)).rejects.toThrow('unauthorized')
  })
})
