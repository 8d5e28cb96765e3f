import type { Request, Response } from 'express'
import { sameToken } from '../auth'
import type { Meetings } from '../meetings'

export interface HttpAuth {
  meetings: Meetings
  adminTokenHash: string
}

function bearer(req: Request): string | null {
  const match = /^Bearer (.+)$/i.exec(req.get('authorization') ?? '')
  return match?.[1] ?? null
}

/** The secretariat's token for the whole server. */
export function isAdmin(req: Request, auth: HttpAuth): boolean {
  const token = bearer(req)
  return token !== null && sameToken(token, auth.adminTokenHash)
}

/** That meeting's chair, or the admin. */
export function isChairOf(req: Request, meetingId: string, auth: HttpAuth): boolean {
  const token = bearer(req)
  if (token === null) return false
  return sameToken(token, auth.meetings.chairTokenHashOf(meetingId)) || sameToken(token, auth.adminTokenHash)
}

export function unauthorized(res: Response, who: string): void {
  res.setHeader('WWW-Authenticate', 'Bearer')
  res.status(401).json({ error: { code: 'forbidden', message: `This needs ${who}.` } })
}

export function notFound(res: Response, meetingId: string): void {
  res.status(404).json({ error: { code: 'not_found', message: `No meeting ${meetingId}.` } })
}
