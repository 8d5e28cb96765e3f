import { Writable } from 'node:stream'
import pino from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { expectAccepted } from '../support/expectAccepted'
import { demoMeeting } from '@floor/shared'
import { tabletsPerSlice } from '../../server/src/realtime/broadcast'
import { connectClient, chairToken, startServer, type Harness } from './support/harness'

let harness: Harness
afterEach(async () => harness?.close())

describe('the room over real sockets', () => {
  it('orders four tablets by the protocol’s rules and shows every screen the same list', async () => {
    harness = await startServer()
    const chair = await harness.client(chairToken)
    await chair.send({ type: 'set-segment', segmentId: 'panel-1' })
    const tablets = {
      msf: await harness.tablet('msf'),
      VAT: await harness.tablet('VAT'),
      CHE: await harness.tablet('CHE'),
      MEX: await harness.tablet('MEX'),
    }
    const display = await harness.client()
    for (const tablet of Object.values(tablets)) expect((await tablet.send({ type: 'request-floor' })).ok).toBe(true)
    const expected = ['CHE', 'MEX', 'VAT', 'msf']
    const order = (s: { queue: { delegationId: string }[] }) => s.queue.map((e) => e.delegationId).join()
    await display.waitFor((s) => order(s) === expected.join())
    await chair.waitFor((s) => order(s) === expected.join())
    // A tablet's view holds its own request with its place in the whole list, and the list's length.
    const mexico = await tablets.MEX.waitFor((s) => s.queueLength === 4)
    expect(mexico).toMatchObject({ role: 'delegate', delegationId: 'MEX', queueLength: 4 })
    expect(mexico.queue.map((e) => [e.delegationId, e.position])).toEqual([['MEX', 2]])
  })

  it('acknowledges a repeated request with the same id', async () => {
    harness = await startServer()
    const chair = await harness.client(chairToken)
    await chair.send({ type: 'set-segment', segmentId: 'panel-1' })
    const mexico = await harness.tablet('MEX')
    const first = await mexico.send({ type: 'request-floor' })
    const again = await mexico.send({ type: 'request-floor' })
    expect(expectAccepted(again).requestId).toBe(expectAccepted(first).requestId)
    expect(expectAccepted(again).version).toBe(expectAccepted(first).version)
  })

  it('lets exactly one of two co-facilitators pressing Next at once advance, skipping nobody', async () => {
    harness = await startServer()
    const first = await harness.client(chairToken)
    const second = await harness.client(chairToken)
    await first.send({ type: 'set-segment', segmentId: 'panel-1' })
    for (const delegationId of ['MEX', 'CHE', 'TUR']) await first.send({ type: 'request-floor', delegationId })
    const seen = await second.waitFor((s) => s.queue.length === 3)
    const [a, b] = await Promise.all([
      first.send({ type: 'next', expectedVersion: seen.version }),
      second.send({ type: 'next', expectedVersion: seen.version }),
    ])
    expect([a.ok, b.ok].sort()).toEqual([false, true])
    expect([a, b].find((ack) => !ack.ok)).toMatchObject({ ok: false, error: { code: 'conflict' } })
    const after = await second.waitFor((s) => s.version === seen.version + 1)
    expect(after.floor?.delegationId).toBe('MEX')
    expect(after.queue.map((e) => e.delegationId)).toEqual(['CHE', 'TUR'])
  })

  it('brings every tablet of a full room to the latest list, however the changes fall between slices', async () => {
    harness = await startServer({ meeting: demoMeeting(), rateLimit: { burst: 1e6, perSecond: 1e6 } })
    const chair = await harness.client(chairToken)
    await chair.send({ type: 'set-segment', segmentId: 'panel-1' })
    const ids: string[] = (await (await fetch(`${harness.url}/api/meeting`)).json()).delegations
      .slice(0, 3 * tabletsPerSlice + 5)
      .map((d: { id: string }) => d.id)
    const tablets = await Promise.all(ids.map((id) => harness.tablet(id)))
    // Every tablet asks at once, then the chair reorders while the fan-out is under way.
    const acks = await Promise.all(tablets.map((tablet) => tablet.send({ type: 'request-floor' })))
    expect(acks.every((ack) => ack.ok)).toBe(true)
    const lastAsked = acks.at(-1)
    const last = await chair.send({ type: 'move', requestId: String(expectAccepted(lastAsked!).requestId), toIndex: 0 })
    const version = last.ok ? last.version : -1
    const seen = await Promise.all(tablets.map((tablet) => tablet.waitFor((s) => s.version === version)))
    const chairSees = await chair.waitFor((s) => s.version === version)
    expect(chairSees.queue[0]?.delegationId).toBe(ids.at(-1))
    for (const [index, state] of seen.entries()) {
      expect(state.delegationId).toBe(ids[index])
      expect(state.queueLength).toBe(ids.length)
      const place = chairSees.queue.findIndex((e) => e.delegationId === ids[index]) + 1
      expect(state.queue.map((e) => [e.delegationId, e.position])).toEqual([[ids[index], place]])
    }
  })

  it('answers the server’s time on clock', async () => {
    let now = 1_700_000_000_000
    harness = await startServer({ now: () => now })
    const display = await harness.client()
    expect(await display.clock()).toBe(now)
    now += 5000
    expect(await display.clock()).toBe(now)
  })

  it('refuses a connection with an unknown token', async () => {
    harness = await startServer()
    await expect(connectClient(harness.url, 'not-a-token')).rejects.toThrow('unauthorized')
  })

  it('never puts a token or its hash in any state', async () => {
    harness = await startServer()
    const chair = await harness.client(chairToken)
    const issued = await chair.send({ type: 'issue-token', delegationId: 'MEX' })
    const token = String(expectAccepted(issued).token)
    expect(expectAccepted(issued).url).toMatch(/\/delegate#token=/)
    const tablet = await harness.client(token)
    await chair.send({ type: 'set-segment', segmentId: 'panel-1' })
    await tablet.send({ type: 'request-floor' })
    const display = await harness.client()
    const hash = harness.server.host.state.tokenHashes.MEX!
    for (const client of [chair, tablet, display]) {
      const state = await client.waitFor((s) => s.queue.length === 1)
      const text = JSON.stringify(state)
      for (const secret of [token, hash, chairToken]) expect(text).not.toContain(secret)
    }
  })

  it('logs one line per accepted command, and never a token', async () => {
    const lines: string[] = []
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk))
        done()
      },
    })
    harness = await startServer({ logger: pino({ level: 'info' }, sink) })
    const chair = await harness.client(chairToken)
    const issued = await chair.send({ type: 'issue-token', delegationId: 'MEX' })
    const tablet = await harness.client(String(expectAccepted(issued).token))
    await chair.send({ type: 'set-segment', segmentId: 'panel-1' })
    await tablet.send({ type: 'request-floor' })
    await tablet.send({ type: 'request-floor' }) // changes nothing: no line
    await chair.send({ type: 'next', expectedVersion: 0 }) // refused: no line
    const entries = lines.map((line) => JSON.parse(line))
    expect(entries.map((e) => [e.command, e.role, e.delegation, e.version])).toEqual([
      ['issue-token', 'chair', undefined, 1],
      ['set-segment', 'chair', undefined, 2],
      ['request-floor', 'delegate', 'MEX', 3],
    ])
    const everything = lines.join('')
    expect(everything).not.toContain(chairToken)
    expect(everything).not.toContain(String(expectAccepted(issued).token))
  })

  it('sends a reconnecting tablet the current state at once, its requests untouched', async () => {
    harness = await startServer()
    const chair = await harness.client(chairToken)
    await chair.send({ type: 'set-segment', segmentId: 'panel-1' })
    const issued = await chair.send({ type: 'issue-token', delegationId: 'MEX' })
    const token = String(expectAccepted(issued).token)
    const tablet = await harness.client(token)
    const ack = await tablet.send({ type: 'request-floor' })
    tablet.socket.disconnect()
    await chair.send({ type: 'request-floor', delegationId: 'CHE' })
    const again = await harness.client(token)
    expect(again.state.queue.map((e) => [e.delegationId, e.requestId, e.position])).toEqual([
      ['MEX', expectAccepted(ack).requestId, 1],
    ])
    expect(again.state.queueLength).toBe(2)
  })

  it('points tablet links at the room’s address when the chair’s browser is on this machine', async () => {
    harness = await startServer({ publicUrl: 'http://192.0.2.10:3000' })
    const chair = await harness.client(chairToken)
    const issued = await chair.send({ type: 'issue-token', delegationId: 'MEX' })
    const token = String(expectAccepted(issued).token)
    expect(expectAccepted(issued).url).toBe(`http://192.0.2.10:3000/delegate#token=${token}`)
  })

  it('sends away a tablet whose token was issued again', async () => {
    harness = await startServer()
    const old = await harness.tablet('MEX')
    const gone = new Promise((resolve) => old.socket.on('disconnect', resolve))
    const chair = await harness.client(chairToken)
    await chair.send({ type: 'issue-token', delegationId: 'MEX' })
    await gone
    expect(old.socket.connected).toBe(false)
  })

  it('answers rate_limited to a flood from one connection, and keeps serving', async () => {
    harness = await startServer({ rateLimit: { burst: 5, perSecond: 1 } })
    const display = await harness.client()
    const acks = await Promise.all(Array.from({ length: 12 }, () => display.send({ type: 'next' })))
    const codes = acks.map((ack) => (ack.ok ? 'ok' : ack.error.code))
    expect(codes.filter((c) => c === 'forbidden')).toHaveLength(5)
    expect(codes.filter((c) => c === 'rate_limited')).toHaveLength(7)
    expect(await display.clock()).toBeGreaterThan(0)
  })
})
