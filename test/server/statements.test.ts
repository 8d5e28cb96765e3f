import { afterEach, describe, expect, it } from 'vitest'
import type { StatementListing, StateView } from '@floor/shared'
import { expectAccepted } from '../support/expectAccepted'
import { docxFile, docxType, mexicoText, pdfFile, pdfType, textFile, textType, zipFile } from '../support/statementFiles'
import { kill, startChildServer, type ChildServer } from './support/childServer'
import { adminToken, chairToken, connectClient, startServer, tempDataDir, type Client, type Harness } from './support/harness'

let harness: Harness
afterEach(async () => harness?.close())

interface Upload {
  token?: string
  body?: Uint8Array | string
  type?: string
  query?: Record<string, string>
  path?: string
}

/** `POST /api/statements` as a tablet or the chair sends it: the file as the body. */
function upload({ token, body = textFile(), type = textType, query = {}, path = '/api/statements' }: Upload): Promise<Response> {
  const params = new URLSearchParams({ language: 'en', ...query })
  return fetch(`${harness.url}${path}?${params}`, {
    method: 'POST',
    headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body as BodyInit,
  })
}

const get = (path: string, token?: string) => fetch(`${harness.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} })
const remove = (path: string, token?: string) =>
  fetch(`${harness.url}${path}`, { method: 'DELETE', headers: token ? { authorization: `Bearer ${token}` } : {} })

async function listed(token?: string, path = '/api/statements'): Promise<StatementListing[]> {
  const res = await get(path, token)
  expect(res.status).toBe(200)
  return (await res.json()) as StatementListing[]
}

async function tokenFor(chair: Client, delegationId: string): Promise<string> {
  return String(expectAccepted(await chair.send({ type: 'issue-token', delegationId })).token)
}

async function interpreterToken(chair: Client): Promise<{ token: string; url: string }> {
  const ack = expectAccepted(await chair.send({ type: 'issue-token', role: 'interpreter' }))
  return { token: String(ack.token), url: String(ack.url) }
}

async function attach(token: string, query: Record<string, string> = {}): Promise<string> {
  const res = await upload({ token, query })
  expect(res.status).toBe(201)
  return ((await res.json()) as { statementId: string }).statementId
}

/** A room with the chair, Mexico's and Switzerland's tablets, the panel's list open. */
async function room() {
  harness = await startServer()
  const chair = await harness.client(chairToken)
  const mex = await tokenFor(chair, 'MEX')
  const che = await tokenFor(chair, 'CHE')
  expectAccepted(await chair.send({ type: 'set-segment', segmentId: 'panel-1' }))
  return { chair, mex, che }
}

/** Mexico asks for the floor, speaks and finishes: its statement intervention ends. */
async function mexicoSpeaks(chair: Client, kind: 'statement' | 'point-of-order' = 'statement') {
  expectAccepted(await chair.send({ type: 'request-floor', delegationId: 'MEX', kind }))
  expectAccepted(await chair.send({ type: 'next' }))
  expectAccepted(await chair.send({ type: 'end-floor' }))
}

describe('the interpreters’ role', () => {
  it('issue-token with role interpreter answers a token and the interpreters’ page link; it signs in as interpreter and may send nothing', async () => {
    const { chair } = await room()
    const { token, url } = await interpreterToken(chair)
    expect(url).toMatch(/\/interpreters#token=/)
    const booth = await harness.client(token)
    expect(booth.state.role).toBe('interpreter')
    expect(booth.state.delegationId).toBeUndefined()
    for (const command of [{ type: 'next' }, { type: 'request-floor' }, { type: 'issue-token', role: 'interpreter' }]) {
      const ack = await booth.send(command)
      expect(ack).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    }
  })

  it('refuses an interpreter token naming a delegation, and a tablet token without one', async () => {
    const { chair } = await room()
    expect(await chair.send({ type: 'issue-token', role: 'interpreter', delegationId: 'MEX' })).toMatchObject({ ok: false, error: { code: 'invalid' } })
    expect(await chair.send({ type: 'issue-token' })).toMatchObject({ ok: false, error: { code: 'invalid' } })
  })

  it('issuing again sends the old token’s page away and refuses it', async () => {
    const { chair } = await room()
    const first = await interpreterToken(chair)
    const booth = await harness.client(first.token)
    const gone = new Promise((resolve) => booth.socket.once('disconnect', resolve))
    await interpreterToken(chair)
    await gone
    await expect(harness.client(first.token)).rejects.toThrow('unauthorized')
    expect((await get('/api/statements', first.token)).status).toBe(401)
  })

  it('a meeting’s interpreters’ link names its own page', async () => {
    harness = await startServer()
    const created = await fetch(`${harness.url}/api/meetings`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        id: 'hrc-55',
        title: 'Human Rights Council',
        timeZone: 'Europe/Zurich',
        segments: [{ id: 'dialogue', title: 'Dialogue', startsAt: '2017-06-19T10:00:00+02:00', endsAt: '2017-06-19T13:00:00+02:00' }],
        roster: ['MEX', 'CHE'],
      }),
    })
    const { chairToken: hrcChair } = (await created.json()) as { chairToken: string }
    const chair = await harness.client(hrcChair)
    const { url, token } = await interpreterToken(chair)
    expect(url).toMatch(/\/m\/hrc-55\/interpreters#token=hrc-55\./)
    expect((await harness.client(token)).state.meeting.id).toBe('hrc-55')
  })
})

describe('uploading a statement', () => {
  it('answers 201 with its id once stored; the file comes back as sent, with its type, a safe name and nosniff', async () => {
    const { mex } = await room()
    const statementId = await attach(mex, { filename: 'Mexico – statement.txt', publish: 'after-delivery' })
    expect(await harness.store.statementFile(harness.server.host.id, statementId)).toBeDefined()
    const res = await get(`/api/statements/${statementId}`, mex)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-disposition')).toBe(`inline; filename="Mexico _ statement.txt"; filename*=UTF-8''Mexico%20%E2%80%93%20statement.txt`)
    expect(await res.text()).toBe(mexicoText)
    const [line] = await listed(mex)
    expect(line).toMatchObject({
      statementId,
      delegationId: 'MEX',
      name: 'Mexico',
      segmentId: 'panel-1',
      language: 'en',
      filename: 'Mexico – statement.txt',
      contentType: textType,
      bytes: textFile().length,
      publish: 'after-delivery',
      delivered: false,
      deliveredAt: null,
    })
  })

  it('takes a PDF and a DOCX checked by their bytes; publish defaults to never', async () => {
    const { mex } = await room()
    expect((await upload({ token: mex, body: pdfFile(), type: pdfType, query: { language: 'fr' } })).status).toBe(201)
    expect((await upload({ token: mex, body: docxFile(), type: docxType, query: { language: 'es' } })).status).toBe(201)
    const lines = await listed(mex)
    expect(lines.map((l) => [l.contentType, l.language, l.publish, l.filename])).toEqual([
      [pdfType, 'fr', 'never', 'statement.pdf'],
      [docxType, 'es', 'never', 'statement.docx'],
    ])
    const docx = await get(`/api/statements/${lines[1]!.statementId}`, mex)
    expect(docx.headers.get('content-disposition')).toMatch(/^attachment; filename="statement.docx"/)
    expect(new Uint8Array(await docx.arrayBuffer())).toEqual(docxFile())
  })

  it('refuses bad input clearly and stores nothing', async () => {
    const { mex, chair } = await room()
    const booth = (await interpreterToken(chair)).token
    const cases: Array<[Upload, number]> = [
      [{}, 401],
      [{ token: 'not-a-token' }, 401],
      [{ token: mex, query: { language: 'de' } }, 400],
      [{ token: mex, query: { language: '' } }, 400],
      [{ token: mex, query: { publish: 'now' } }, 400],
      [{ token: mex, type: 'image/png', body: textFile() }, 415],
      [{ token: mex, type: 'text/html', body: '<script>alert(1)</script>' }, 415],
      [{ token: mex, type: pdfType, body: textFile('not a PDF at all') }, 415],
      [{ token: mex, type: docxType, body: pdfFile() }, 415],
      [{ token: mex, type: docxType, body: zipFile({ 'xl/workbook.xml': '<workbook/>' }) }, 415],
      [{ token: mex, body: Uint8Array.from([0x48, 0x69, 0x00, 0x21]) }, 415],
      [{ token: mex, body: Uint8Array.from([0x48, 0xc3, 0x28]) }, 415],
      [{ token: mex, body: new Uint8Array(0) }, 400],
      [{ token: mex, query: { filename: '../../etc/passwd' } }, 400],
      [{ token: mex, query: { filename: 'C:\\statement.txt' } }, 400],
      [{ token: mex, query: { filename: '<img src=x onerror=alert(1)>.txt' } }, 400],
      [{ token: mex, query: { filename: '.htaccess' } }, 400],
      [{ token: mex, query: { delegationId: 'CHE' } }, 403],
      [{ token: booth }, 403],
      [{ token: chairToken }, 400],
      [{ token: chairToken, query: { delegationId: 'ZZZ' } }, 404],
    ]
    for (const [input, status] of cases) {
      const res = await upload(input)
      expect({ input: { ...input, body: undefined }, status: res.status }).toEqual({ input: { ...input, body: undefined }, status })
      const body = (await res.json()) as { error: { message: string } }
      expect(body.error.message.length).toBeGreaterThan(5)
    }
    expect(await listed(chairToken)).toEqual([])
  })

  it('refuses a file over 10 MB with 413 and stores nothing', async () => {
    const { mex } = await room()
    const res = await upload({ token: mex, body: new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61) })
    expect(res.status).toBe(413)
    expect(await listed(mex)).toEqual([])
    expect((await upload({ token: mex, body: new Uint8Array(10 * 1024 * 1024).fill(0x61) })).status).toBe(201)
  })

  it('the chair attaches one for a delegation (a statement received by email)', async () => {
    const { mex } = await room()
    const res = await upload({ token: chairToken, query: { delegationId: 'MEX', language: 'ar' } })
    expect(res.status).toBe(201)
    expect((await listed(mex)).map((l) => [l.delegationId, l.language])).toEqual([['MEX', 'ar']])
  })

  it('replaces a statement in one step: the old file is gone', async () => {
    const { mex } = await room()
    const first = await attach(mex)
    const second = await attach(mex, { replaces: first, language: 'fr' })
    expect((await listed(mex)).map((l) => l.statementId)).toEqual([second])
    expect((await get(`/api/statements/${first}`, mex)).status).toBe(404)
    expect(await harness.store.statementFile(harness.server.host.id, first)).toBeUndefined()
  })
})

describe('the embargo', () => {
  it('before delivery only its delegation, the chair and the interpreters read it; to anyone else it does not exist', async () => {
    const { chair, mex, che } = await room()
    const booth = (await interpreterToken(chair)).token
    const id = await attach(mex, { publish: 'after-delivery' })
    for (const token of [mex, chairToken, adminToken, booth]) expect((await get(`/api/statements/${id}`, token)).status).toBe(200)
    for (const token of [che, undefined]) expect((await get(`/api/statements/${id}`, token)).status).toBe(404)
    expect((await listed(chairToken)).map((l) => l.statementId)).toEqual([id])
    expect((await listed(booth)).map((l) => l.statementId)).toEqual([id])
    expect(await listed(che)).toEqual([])
    expect(await listed()).toEqual([])
  })

  it('after its delegation’s statement ends, one marked for publication is public with its segment and time of delivery; one not marked never is', async () => {
    const { chair, mex, che } = await room()
    const published = await attach(mex, { publish: 'after-delivery' })
    const kept = await attach(mex, { publish: 'never' })
    await mexicoSpeaks(chair, 'point-of-order')
    expect(await listed()).toEqual([])
    await mexicoSpeaks(chair)
    const [line, ...others] = await listed()
    expect(others).toEqual([])
    expect(line).toMatchObject({ statementId: published, delivered: true, segmentId: 'panel-1', deliveredAt: expect.any(Number) })
    expect((await get(`/api/statements/${published}`)).status).toBe(200)
    expect((await get(`/api/statements/${published}`, che)).status).toBe(200)
    expect((await get(`/api/statements/${kept}`)).status).toBe(404)
    expect((await listed(mex)).map((l) => [l.statementId, l.delivered])).toEqual([
      [published, true],
      [kept, true],
    ])
  })

  it('a statement attached while its delegation speaks is delivered when that intervention ends', async () => {
    const { chair, mex } = await room()
    expectAccepted(await chair.send({ type: 'request-floor', delegationId: 'MEX' }))
    expectAccepted(await chair.send({ type: 'next' }))
    const id = await attach(mex, { publish: 'after-delivery' })
    expect((await get(`/api/statements/${id}`)).status).toBe(404)
    expectAccepted(await chair.send({ type: 'next' }))
    expect((await get(`/api/statements/${id}`)).status).toBe(200)
  })
})

describe('deleting a statement', () => {
  it('its delegation or the chair, before delivery; to others it does not exist; after delivery it stays', async () => {
    const { chair, mex, che } = await room()
    const a = await attach(mex)
    const b = await attach(mex)
    expect((await remove(`/api/statements/${a}`)).status).toBe(401)
    expect((await remove(`/api/statements/${a}`, che)).status).toBe(404)
    expect((await remove(`/api/statements/${a}`, mex)).status).toBe(204)
    expect(await harness.store.statementFile(harness.server.host.id, a)).toBeUndefined()
    expect((await remove(`/api/statements/${a}`, mex)).status).toBe(404)
    await mexicoSpeaks(chair)
    const res = await remove(`/api/statements/${b}`, chairToken)
    expect(res.status).toBe(409)
    expect((await listed(mex)).map((l) => l.statementId)).toEqual([b])
  })
})

describe('statements in the views', () => {
  const statementsIn = (view: StateView) => [view.floor?.statements, ...view.queue.map((entry) => entry.statements)]

  it('the chair’s and the interpreters’ views carry them on the floor and on the request they will be delivered in; displays and other tablets never name one', async () => {
    const { chair, mex, che } = await room()
    const booth = await harness.client((await interpreterToken(chair)).token)
    const display = await harness.client()
    const swiss = await harness.client(che)
    const mexico = await harness.client(mex)
    const id = await attach(mex, { filename: 'mex.txt', language: 'es' })
    expectAccepted(await chair.send({ type: 'request-floor', delegationId: 'CHE' }))
    expectAccepted(await mexico.send({ type: 'request-floor' }))
    const ref = { statementId: id, language: 'es', filename: 'mex.txt', bytes: textFile().length }
    for (const client of [chair, booth]) {
      const view = await client.waitFor((v) => v.queue.length === 2)
      expect(view.queue.map((entry) => [entry.delegationId, entry.statements])).toEqual([
        ['CHE', []],
        ['MEX', [ref]],
      ])
    }
    expectAccepted(await chair.send({ type: 'give-floor', requestId: (await chair.waitFor((v) => v.queue.length === 2)).queue[1]!.requestId }))
    for (const client of [chair, booth]) {
      const view = await client.waitFor((v) => v.floor?.delegationId === 'MEX')
      expect(view.floor?.statements).toEqual([ref])
    }
    for (const client of [display, swiss, mexico]) {
      const view = await client.waitFor((v) => v.floor?.delegationId === 'MEX')
      expect(statementsIn(view).filter((s) => s !== undefined)).toEqual([])
      expect(JSON.stringify(view)).not.toContain(id)
    }
    expectAccepted(await chair.send({ type: 'next' }))
    const after = await booth.waitFor((v) => v.floor?.delegationId === 'CHE')
    expect(after.floor?.statements).toEqual([])
  })
})

describe('statements per meeting', () => {
  it('a token names its meeting at /api/statements; /api/meetings/:id/statements is the same; nothing crosses to another meeting', async () => {
    harness = await startServer()
    const created = await fetch(`${harness.url}/api/meetings`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        id: 'hrc-55',
        title: 'Human Rights Council',
        timeZone: 'Europe/Zurich',
        segments: [{ id: 'dialogue', title: 'Dialogue', startsAt: '2017-06-19T10:00:00+02:00', endsAt: '2017-06-19T13:00:00+02:00' }],
        roster: ['MEX', 'CHE'],
      }),
    })
    const { chairToken: hrcChair } = (await created.json()) as { chairToken: string }
    const chair = await harness.client(hrcChair)
    const mex = await tokenFor(chair, 'MEX')
    const viaToken = await attach(mex)
    const viaPath = await upload({ token: mex, path: '/api/meetings/hrc-55/statements' })
    expect(viaPath.status).toBe(201)
    expect((await listed(hrcChair, '/api/meetings/hrc-55/statements')).length).toBe(2)
    expect((await get(`/api/meetings/hrc-55/statements/${viaToken}`, mex)).status).toBe(200)
    expect(await listed(chairToken)).toEqual([])
    expect((await get(`/api/meetings/gcm-3/statements/${viaToken}`, chairToken)).status).toBe(404)
    expect((await get(`/api/meetings/gcm-3/statements`, mex)).status).toBe(401)
    expect((await get('/api/meetings/nowhere/statements')).status).toBe(404)
  })
})

describe('a crash right after a 201', () => {
  const crashChair = 'statements-crash-chair-token-0123456789'
  let child: ChildServer | undefined
  const data = tempDataDir()
  afterEach(async () => {
    if (child) await kill(child, 'SIGKILL')
    data.remove()
  })

  it('loses no statement: after kill -9 and a restart its file, its line and its place in the views are there', async () => {
    const env = { FLOOR_DATA_DIR: data.dir, FLOOR_CHAIR_TOKEN: crashChair, PORT: '0' }
    child = await startChildServer(env)
    const chair = await connectClient(child.url, crashChair)
    const mex = String(expectAccepted(await chair.send({ type: 'issue-token', delegationId: 'MEX' })).token)
    chair.socket.disconnect()
    const res = await fetch(`${child.url}/api/statements?language=fr&publish=after-delivery&filename=mexique.txt`, {
      method: 'POST',
      headers: { 'content-type': textType, authorization: `Bearer ${mex}` },
      body: textFile() as BodyInit,
    })
    expect(res.status).toBe(201)
    const { statementId } = (await res.json()) as { statementId: string }
    // Killed the moment the answer is read: the 201 was a promise.
    expect(await kill(child, 'SIGKILL')).toBe(null)

    child = await startChildServer(env)
    const file = await fetch(`${child.url}/api/statements/${statementId}`, { headers: { authorization: `Bearer ${mex}` } })
    expect(file.status).toBe(200)
    expect(await file.text()).toBe(mexicoText)
    const lines = (await (await fetch(`${child.url}/api/statements`, { headers: { authorization: `Bearer ${crashChair}` } })).json()) as StatementListing[]
    expect(lines).toMatchObject([{ statementId, delegationId: 'MEX', language: 'fr', filename: 'mexique.txt', publish: 'after-delivery', delivered: false }])
    const after = await connectClient(child.url, crashChair)
    expectAccepted(await after.send({ type: 'set-segment', segmentId: 'panel-1' }))
    expectAccepted(await after.send({ type: 'request-floor', delegationId: 'MEX' }))
    const view = await after.waitFor((v) => v.queue.length === 1)
    expect(view.queue[0]?.statements?.map((s) => s.statementId)).toEqual([statementId])
    after.socket.disconnect()
  })
})
