import { afterEach, describe, expect, it } from 'vitest'
import { expectAccepted } from '../support/expectAccepted'
import { adminToken, chairToken, connectClient, startServer, type Harness } from './support/harness'

let harness: Harness
afterEach(async () => harness?.close())

describe('rate limits per token, not per socket', () => {
  it('gives every socket holding one tablet token one budget between them', async () => {
    let now = 1_000_000
    harness = await startServer({ now: () => now, rateLimit: { burst: 5, perSecond: 1 } })
    const chair = await harness.client(chairToken)
    await chair.send({ type: 'set-segment', segmentId: 'panel-1' })
    const token = String(expectAccepted(await chair.send({ type: 'issue-token', delegationId: 'MEX' })).token)
    const sockets = await Promise.all([1, 2, 3].map(() => connectClient(harness.url, token)))
    const acks = await Promise.all(sockets.flatMap((socket) => [1, 2, 3, 4].map(() => socket.send({ type: 'request-floor' }))))
    expect(acks.filter((ack) => ack.ok)).toHaveLength(5)
    expect(acks.filter((ack) => !ack.ok && ack.error.code === 'rate_limited')).toHaveLength(7)
    // Another delegation and the chair have budgets of their own; the spent one comes back with time.
    expectAccepted(await chair.send({ type: 'request-floor', delegationId: 'CHE' }))
    now += 2_000
    expectAccepted(await sockets[0]!.send({ type: 'request-floor', kind: 'right-of-reply' }))
    for (const socket of sockets) socket.socket.disconnect()
  })
})

describe('token guessing', () => {
  it('refuses an address that guessed ten wrong tokens with rate_limited, even with a right one, and disturbs nobody signed in', async () => {
    harness = await startServer()
    const signedIn = await harness.client(chairToken)
    for (let i = 0; i < 10; i++) {
      await expect(connectClient(harness.url, `guess-${i}-xxxxxxxxxxxxxxxxxxxxxxxx`)).rejects.toThrow('unauthorized')
    }
    await expect(connectClient(harness.url, 'guess-11-xxxxxxxxxxxxxxxxxxxxxxxx')).rejects.toThrow('rate_limited')
    await expect(connectClient(harness.url, chairToken)).rejects.toThrow('rate_limited')
    const over = await fetch(`${harness.url}/api/interventions`, { headers: { authorization: `Bearer ${chairToken}` } })
    expect(over.status).toBe(429)
    expect(await over.json()).toMatchObject({ error: { code: 'rate_limited' } })

    // Those already signed in carry on; a display needs no token and still connects.
    expectAccepted(await signedIn.send({ type: 'set-segment', segmentId: 'panel-1' }))
    const display = await harness.client()
    expect(display.state.role).toBe('display')
    signedIn.socket.disconnect()
  })

  it('counts wrong bearer tokens on HTTP against the same budget', async () => {
    harness = await startServer()
    for (let i = 0; i < 10; i++) {
      const res = await fetch(`${harness.url}/api/meetings/gcm-3/links`, { headers: { authorization: `Bearer wrong-${i}` } })
      expect(res.status).toBe(401)
    }
    const res = await fetch(`${harness.url}/api/meetings/gcm-3/links`, { headers: { authorization: `Bearer ${adminToken}` } })
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('5')
  })
})

describe('token guessing behind a load balancer', () => {
  const links = (token: string, forwardedFor: string) =>
    fetch(`${harness.url}/api/meetings/gcm-3/links`, { headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': forwardedFor } })

  it('counts each client behind a trusted proxy on its own, by the address the proxy gives', async () => {
    harness = await startServer({ trustedProxies: ['127.0.0.1'] })
    for (let i = 0; i < 10; i++) expect((await links(`wrong-${i}`, '203.0.113.7')).status).toBe(401)
    expect((await links(adminToken, '203.0.113.7')).status).toBe(429)
    // The secretariat's laptop, behind the same balancer, is not the guesser.
    expect((await links(adminToken, '203.0.113.8')).status).toBe(200)
    // Sockets too: the handshake's header names the client.
    const guesser = { extraHeaders: { 'x-forwarded-for': '203.0.113.7' } }
    await expect(connectClient(harness.url, chairToken, guesser)).rejects.toThrow('rate_limited')
    const chair = await connectClient(harness.url, chairToken, { extraHeaders: { 'x-forwarded-for': '203.0.113.8' } })
    expect(chair.state.role).toBe('chair')
    chair.socket.disconnect()
  })

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy: a guesser cannot shed its budget', async () => {
    harness = await startServer()
    for (let i = 0; i < 10; i++) expect((await links(`wrong-${i}`, `198.51.100.${i}`)).status).toBe(401)
    expect((await links(adminToken, '198.51.100.99')).status).toBe(429)
  })
})
