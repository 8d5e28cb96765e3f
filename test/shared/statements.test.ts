import { describe, expect, it } from 'vitest'
import {
  attachStatement,
  checkFilename,
  evolve,
  mayReadStatement,
  removeStatement,
  replay,
  statementsFor,
  type Actor,
  type Decision,
  type DomainEvent,
  type StatementUpload,
} from '@floor/shared'
import { queueOf, type Room } from '../support/room'

const mexico: Actor = { role: 'delegate', delegationId: 'MEX' }
const chair: Actor = { role: 'chair' }
const text: Omit<StatementUpload, 'language'> & { language: 'en' } = { language: 'en', publish: 'after-delivery', contentType: 'text/plain', bytes: 120 }

let ids = 0
/** Decides and applies an HTTP decision on the room, as the server's host does. */
function record(room: Room, decision: Decision): Decision {
  if (!decision.ok) return decision
  for (const body of decision.events) {
    const event = { ...body, version: room.state.version + 1, at: room.now } as DomainEvent
    room.log.push(event)
    room.state = evolve(room.state, event)
  }
  return decision
}

function attach(room: Room, actor: Actor = mexico, upload: Partial<StatementUpload> = {}): string {
  const decision = record(room, attachStatement(room.state, actor, { ...text, ...upload }, { newId: () => `s${++ids}` }))
  if (!decision.ok) throw new Error(decision.error.message)
  return String(decision.result.statementId)
}

const statement = (room: Room, id: string) => room.state.statements[id]!

describe('written statements in the domain', () => {
  it('a tablet attaches for its own delegation only; the chair for any on the roster; nobody else', () => {
    const room = queueOf('CHE')
    expect(attachStatement(room.state, mexico, { ...text, delegationId: 'CHE' }, { newId: () => 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(attachStatement(room.state, { role: 'interpreter' }, text, { newId: () => 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(attachStatement(room.state, { role: 'display' }, text, { newId: () => 'x' })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(attachStatement(room.state, chair, text, { newId: () => 'x' })).toMatchObject({ ok: false, error: { code: 'invalid' } })
    expect(attachStatement(room.state, chair, { ...text, delegationId: 'ZZZ' }, { newId: () => 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    const id = attach(room, chair, { delegationId: 'CHE' })
    expect(statement(room, id)).toMatchObject({ delegationId: 'CHE', segmentId: 'panel-1', deliveredAt: null, uploadedAt: room.now })
  })

  it('refuses filenames with markup or path characters, and names a nameless file by its type', () => {
    for (const name of ['../x.txt', 'a/b.txt', 'a\\b.txt', '<b>.txt', 'x"y.pdf', 'line\nbreak.txt', '.hidden', 'x'.repeat(201)]) {
      expect(checkFilename(name, 'text/plain').ok).toBe(false)
    }
    expect(checkFilename('Déclaration du Mexique (FR).docx', 'text/plain')).toEqual({ ok: true, filename: 'Déclaration du Mexique (FR).docx' })
    expect(checkFilename(undefined, 'application/pdf')).toEqual({ ok: true, filename: 'statement.pdf' })
  })

  it('is delivered when its delegation’s statement ends, not by a point of order', () => {
    const room = queueOf('MEX')
    const id = attach(room)
    room.tablet('MEX', { type: 'request-floor', kind: 'point-of-order' })
    room.chair({ type: 'next' }) // the point of order comes first
    room.advance(30_000).chair({ type: 'end-floor' })
    expect(statement(room, id).deliveredAt).toBeNull()
    room.chair({ type: 'next' })
    room.advance(90_000).chair({ type: 'next' })
    expect(statement(room, id).deliveredAt).toBe(room.now)
    expect(replay(room.log).statements).toEqual(room.state.statements)
  })

  it('the embargo: its delegation, the chair and the interpreters read it before delivery; anyone once published and delivered', () => {
    const room = queueOf('MEX')
    const published = attach(room)
    const kept = attach(room, mexico, { publish: 'never' })
    const readers = (id: string) =>
      ([mexico, chair, { role: 'interpreter' }, { role: 'delegate', delegationId: 'CHE' }, { role: 'display' }] as Actor[]).map((actor) =>
        mayReadStatement(actor, statement(room, id)),
      )
    expect(readers(published)).toEqual([true, true, true, false, false])
    room.chair({ type: 'next' })
    room.chair({ type: 'end-floor' })
    expect(readers(published)).toEqual([true, true, true, true, true])
    expect(readers(kept)).toEqual([true, true, true, false, false])
    expect(statementsFor(room.state, { role: 'display' }).map((s) => s.statementId)).toEqual([published])
  })

  it('is deleted or replaced by its delegation or the chair until delivered; to another delegation it does not exist', () => {
    const room = queueOf('MEX')
    const first = attach(room)
    expect(removeStatement(room.state, { role: 'delegate', delegationId: 'CHE' }, first)).toMatchObject({ ok: false, error: { code: 'not_found' } })
    const second = attach(room, mexico, { replaces: first })
    expect(Object.keys(room.state.statements)).toEqual([second])
    room.chair({ type: 'next' })
    room.chair({ type: 'end-floor' })
    expect(removeStatement(room.state, chair, second)).toMatchObject({ ok: false, error: { code: 'rejected' } })
    expect(attachStatement(room.state, mexico, { ...text, replaces: second }, { newId: () => 'x' })).toMatchObject({ ok: false, error: { code: 'rejected' } })
  })

  it('a delegation holds at most six awaiting delivery', () => {
    const room = queueOf('MEX')
    for (let i = 0; i < 6; i++) attach(room)
    expect(attachStatement(room.state, mexico, text, { newId: () => 'x' })).toMatchObject({ ok: false, error: { code: 'rejected' } })
  })

  it('the chair’s and interpreters’ views carry them on the request they will be delivered in; display and tablets never', () => {
    const room = queueOf('CHE', 'MEX')
    const id = attach(room, mexico, { filename: 'mex.txt' })
    const ref = { statementId: id, language: 'en', filename: 'mex.txt', bytes: 120 }
    for (const role of ['chair', 'interpreter'] as const) {
      expect(room.view(role).queue.map((e) => e.statements)).toEqual([[], [ref]])
    }
    expect(JSON.stringify(room.view('display'))).not.toContain(id)
    expect(JSON.stringify(room.view('delegate', 'MEX'))).not.toContain(id)
    room.chair({ type: 'give-floor', requestId: room.requestIdOf('MEX') })
    expect(room.view('interpreter').floor?.statements).toEqual([ref])
    expect(room.view('interpreter').role).toBe('interpreter')
  })

  it('issues the interpreters’ token: only its hash is kept; the command is the chair’s alone', () => {
    const room = queueOf()
    const outcome = room.chair({ type: 'issue-token', role: 'interpreter' })
    expect(outcome).toMatchObject({ ok: true, result: { role: 'interpreter', token: expect.any(String) } })
    expect(room.state.interpreterTokenHash).toMatch(/^hash-of-token-/)
    expect(room.send({ role: 'interpreter' }, { type: 'next' })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(room.send({ role: 'interpreter' }, { type: 'request-floor' })).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })
})
