import { request } from 'node:http'
import { io } from 'socket.io-client'
import { afterEach, describe, expect, it } from 'vitest'
import { adminToken, chairToken, startServer, type Harness } from './support/harness'

let harness: Harness
afterEach(async () => harness?.close())

function connectFrom(origin: string, token: string): Promise<string> {
  const socket = io(harness.url, { auth: { token }, transports: ['websocket'], forceNew: true, reconnection: false, extraHeaders: { origin } })
  return new Promise((resolve) => {
    socket.once('connect', () => (socket.disconnect(), resolve('connected')))
    socket.once('connect_error', (error) => (socket.disconnect(), resolve(`refused: ${error.message}`)))
  })
}

/** A GET with headers fetch will not send (Host). */
function get(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, harness.url)
    request(url, { headers }, (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
      .on('error', reject)
      .end()
  })
}

describe('origins', () => {
  it('lets a page of the server’s own origin open a socket, and refuses a page of another site even with a token', async () => {
    harness = await startServer()
    expect(await connectFrom(harness.url, chairToken)).toBe('connected')
    expect(await connectFrom('http://evil.example', chairToken)).toMatch(/^refused/)
  })

  it('refuses posts from another site, and takes those from its own pages and from scripts', async () => {
    harness = await startServer()
    const post = (origin?: string) =>
      fetch(`${harness.url}/api/meetings/gcm-3/archive`, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminToken}`, ...(origin ? { origin } : {}) },
      })
    const foreign = await post('http://evil.example')
    expect(foreign.status).toBe(403)
    expect(await foreign.json()).toEqual({ error: { code: 'forbidden', message: 'Requests from another site are refused.' } })
    expect(harness.server.host.state.archived).toBe(false)
    expect((await post(harness.url)).status).toBe(200)
  })

  it('builds links from FLOOR_PUBLIC_URL, never from a Host header a client wrote', async () => {
    harness = await startServer({ publicUrl: 'https://floor.example.org' })
    const links = await get('/api/meetings/gcm-3/links', { authorization: `Bearer ${adminToken}`, host: 'evil.example:666' })
    expect(links.status).toBe(200)
    expect(JSON.parse(links.body).links.display).toBe('https://floor.example.org/m/gcm-3/display')
  })

  it('without FLOOR_PUBLIC_URL, does not take a foreign Host for its links either', async () => {
    harness = await startServer()
    const links = await get('/api/meetings/gcm-3/links', { authorization: `Bearer ${adminToken}`, host: 'evil.example:666' })
    expect(JSON.parse(links.body).links.display).not.toContain('evil.example')
  })

  it('allows the page to connect only to its own server', async () => {
    harness = await startServer()
    const page = await fetch(`${harness.url}/display`)
    const csp = page.headers.get('content-security-policy') ?? ''
    const connect = /connect-src ([^;]*)/.exec(csp)?.[1]
    expect(connect).toBe(`'self' ${harness.url.replace('http', 'ws')}`)
  })
})
