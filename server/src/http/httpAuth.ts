import type { NextFunction, Request, Response } from 'express'
import { sameToken } from '../auth'
import type { Meetings } from '../meetings'
import type { Budgets } from '../rateLimit'
import type { ClientAddress } from './clientAddress'

export interface HttpAuth {
  meetings: Meetings
  adminTokenHash: string
  /** Failed sign-ins per client address, shared with the sockets' handshakes. */
  failedSignIns: Budgets
  /** The client's address, behind the trusted proxies if any. */
  clientAddress: ClientAddress
}

export function bearer(req: Request): string | null {
  const match = /^Bearer (.+)$/i.exec(req.get('authorization') ?? '')
  return match?.[1] ?? null
}

/** The address a guess came from: the socket's peer, or what a trusted proxy says of it; never a header any client can write. */
export function addressOf(req: Request, auth: HttpAuth): string {
  return auth.clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'])
}

/** Counts a token that opened nothing against its address's budget of guesses. */
export function failed(req: Request, auth: HttpAuth): false {
  auth.failedSignIns.take(addressOf(req, auth))
  return false
}

/** The secretariat's token for the whole server. */
export function isAdmin(req: Request, auth: HttpAuth): boolean {
  const token = bearer(req)
  if (token === null) return false
  return sameToken(token, auth.adminTokenHash) || failed(req, auth)
}

/** That meeting's chair, or the admin. */
export async function isChairOf(req: Request, meetingId: string, auth: HttpAuth): Promise<boolean> {
  const token = bearer(req)
  if (token === null) return false
  return sameToken(token, await auth.meetings.chairTokenHashOf(meetingId)) || sameToken(token, auth.adminTokenHash) || failed(req, auth)
}

/**
 * An address that has guessed too many tokens is answered `429` before any
 * token it sends is even compared, so guessing stays slow; devices that
 * signed in before are not affected (their sockets are open).
 */
export function refuseGuessers(auth: HttpAuth) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (bearer(req) === null || !auth.failedSignIns.exhausted(addressOf(req, auth))) return next()
    res.setHeader('Retry-After', '5')
    res.status(429).json({ error: { code: 'rate_limited', message: 'Too many wrong tokens from this address; try again shortly.' } })
  }
}

export function unauthorized(res: Response, who: string): void {
  res.setHeader('WWW-Authenticate', 'Bearer')
  res.status(401).json({ error: { code: 'forbidden', message: `This needs ${who}.` } })
}

export function notFound(res: Response, meetingId: string): void {
  res.status(404).json({ error: { code: 'not_found', message: `No meeting ${meetingId}.` } })
}
