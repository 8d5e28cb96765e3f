import { mkdirSync, writeFileSync } from 'node:fs'
import { request, type IncomingHttpHeaders } from 'node:http'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, tempDataDir, type Harness } from './support/harness'

// A built client as Vite and client/precompress.ts leave it, made by hand:
// nothing is built here.
const script = 'console.log("the tablet starts");'.repeat(20)
const page = '<!doctype html><title>Floor app</title><script type="module" src="/assets/app-abc123.js"></script>'

let harness: Harness
let folder: ReturnType<typeof tempDataDir>

beforeAll(async () => {
  folder = tempDataDir()
  const client = join(folder.dir, 'client')
  mkdirSync(join(client, 'assets'), { recursive: true })
  writeFileSync(join(folder.dir, 'secret.txt'), 'outside the client')
  writeFileSync(join(client, 'index.html'), page)
  writeFileSync(join(client, 'index.html.br'), brotliCompressSync(page))
  writeFileSync(join(client, 'index.html.gz'), gzipSync(page))
  writeFileSync(join(client, 'assets', 'app-abc123.js'), script)
  writeFileSync(join(client, 'assets', 'app-abc123.js.br'), brotliCompressSync(script))
  writeFileSync(join(client, 'assets', 'app-abc123.js.gz'), gzipSync(script))
  writeFileSync(join(client, 'assets', 'plain-def456.css'), 'body { margin: 0 }')
  writeFileSync(join(client, 'assets', 'flag-abcdef12.png'), 'not really a png')
  writeFileSync(join(client, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  writeFileSync(join(client, '.env'), 'SECRET=1')
  harness = await startServer({ clientDir: client })
})

afterAll(async () => {
  await harness?.close()
  folder?.remove()
})

interface Answer {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
}

/** A raw GET: no client decompresses or normalises anything, so the test sees what went over the wire. */
function get(path: string, acceptEncoding?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const url = new URL(harness.url)
    const req = request(
      { host: url.hostname, port: url.port, path, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      },
    )
    req.on('error', reject)
    req.end()
  })
}

describe('the built client', () => {
  it('sends brotli to a browser that accepts it, whatever order it lists its codings in', async () => {
    for (const accept of ['gzip, deflate, br, zstd', 'br', 'br;q=0.5, gzip;q=0.5']) {
      const res = await get('/assets/app-abc123.js', accept)
      expect(res.status, accept).toBe(200)
      expect(res.headers['content-encoding'], accept).toBe('br')
      expect(res.headers['content-type']).toMatch(/^text\/javascript/)
      expect(res.headers.vary).toMatch(/Accept-Encoding/i)
      expect(Number(res.headers['content-length'])).toBe(res.body.length)
      expect(brotliDecompressSync(res.body).toString()).toBe(script)
    }
  })

  it('sends gzip when brotli is not accepted', async () => {
    for (const accept of ['gzip', 'gzip, deflate', 'br;q=0, gzip', 'gzip;q=1, *;q=0']) {
      const res = await get('/assets/app-abc123.js', accept)
      expect(res.headers['content-encoding'], accept).toBe('gzip')
      expect(res.headers['content-type']).toMatch(/^text\/javascript/)
      expect(res.headers.vary).toMatch(/Accept-Encoding/i)
      expect(gunzipSync(res.body).toString()).toBe(script)
    }
  })

  it('sends the plain file when neither is accepted, or when no variant was written', async () => {
    for (const accept of [undefined, 'identity', 'deflate', 'br;q=0, gzip;q=0']) {
      const res = await get('/assets/app-abc123.js', accept)
      expect(res.status, accept).toBe(200)
      expect(res.headers['content-encoding'], accept).toBeUndefined()
      expect(res.headers['content-type']).toMatch(/^text\/javascript/)
      expect(res.headers.vary).toMatch(/Accept-Encoding/i)
      expect(res.body.toString()).toBe(script)
    }
    const css = await get('/assets/plain-def456.css', 'br, gzip')
    expect(css.headers['content-encoding']).toBeUndefined()
    expect(css.headers['content-type']).toMatch(/^text\/css/)
    expect(css.body.toString()).toBe('body { margin: 0 }')
  })

  it('lets browsers keep hashed assets for a year, other files an hour', async () => {
    for (const path of ['/assets/app-abc123.js', '/assets/plain-def456.css', '/assets/flag-abcdef12.png']) {
      const res = await get(path, 'br, gzip')
      expect(res.headers['cache-control'], path).toBe('public, max-age=31536000, immutable')
    }
    const png = await get('/assets/flag-abcdef12.png', 'br, gzip')
    expect(png.headers['content-type']).toBe('image/png')
    expect(png.headers['content-encoding']).toBeUndefined()
    const icon = await get('/favicon.svg', 'br, gzip')
    expect(icon.headers['content-type']).toMatch(/^image\/svg\+xml/)
    expect(icon.headers['cache-control']).toBe('public, max-age=3600')
  })

  it('makes browsers ask again for index.html on every route, so a new build is seen at once', async () => {
    for (const path of ['/', '/delegate', '/display', '/chair', '/m/x/display', '/m/x/delegate', '/index.html']) {
      const res = await get(path, 'gzip, deflate, br')
      expect(res.status, path).toBe(200)
      expect(res.headers['cache-control'], path).toBe('no-cache')
      expect(res.headers['content-type'], path).toMatch(/^text\/html/)
      expect(res.headers['content-encoding'], path).toBe('br')
      expect(brotliDecompressSync(res.body).toString()).toBe(page)
      expect(res.headers['content-security-policy'], path).toContain("default-src 'self'")
    }
    const plain = await get('/delegate')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(page)
  })

  it('answers a revalidation with 304 when nothing changed', async () => {
    const first = await get('/delegate', 'br')
    const etag = first.headers.etag
    expect(etag).toBeTruthy()
    const again = await new Promise<number>((resolve, reject) => {
      const url = new URL(harness.url)
      const req = request(
        { host: url.hostname, port: url.port, path: '/delegate', headers: { 'accept-encoding': 'br', 'if-none-match': etag } },
        (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        },
      )
      req.on('error', reject)
      req.end()
    })
    expect(again).toBe(304)
  })

  it('never serves a file outside the client folder, a dotfile or a missing asset', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/assets/%00app-abc123.js',
      '/assets/%E0%A4%A.js',
      '/.env',
      '/assets/missing-abc123.js',
      '/assets/app-abc123.js.br',
    ]) {
      const res = await get(path, 'br, gzip')
      expect(res.status, path).toBeGreaterThanOrEqual(400)
      expect(res.body.toString(), path).not.toContain('outside the client')
      expect(res.body.toString(), path).not.toContain('SECRET')
      expect(res.headers['cache-control'] ?? '', path).not.toContain('immutable')
    }
  })
})

describe('the API’s answers', () => {
  it('come compressed to a browser that accepts it: the meeting’s document shrinks to under a third', async () => {
    const { startServer } = await import('./support/harness')
    const { demoMeeting } = await import('@floor/shared')
    const harness = await startServer({ meeting: demoMeeting() })
    try {
      const plain = await fetch(`${harness.url}/api/meeting`, { headers: { 'accept-encoding': 'identity' } })
      const size = (await plain.arrayBuffer()).byteLength
      const { request } = await import('node:http')
      const compressed = await new Promise<{ encoding: string | undefined; bytes: number }>((resolve, reject) => {
        request(`${harness.url}/api/meeting`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          let bytes = 0
          res.on('data', (chunk: Buffer) => (bytes += chunk.length))
          res.on('end', () => resolve({ encoding: res.headers['content-encoding'], bytes }))
        })
          .on('error', reject)
          .end()
      })
      expect(compressed.encoding).toBe('gzip')
      expect(compressed.bytes).toBeLessThan(size / 3)
    } finally {
      await harness.close()
    }
  })
})
