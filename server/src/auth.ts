import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { Actor } from '@floor/shared'

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}

/** A fresh random token: 192 bits, URL-safe. */
export function newToken(): string {
  return randomBytes(24).toString('base64url')
}

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex')
  const right = Buffer.from(b, 'hex')
  return left.length === right.length && timingSafeEqual(left, right)
}

/** Whether a presented token is the one with that hash (the admin's), compared in constant time. */
export function sameToken(token: string, hash: string): boolean {
  return token.length <= 256 && sameHash(hashToken(token), hash)
}

/**
 * Who a handshake token belongs to (PROTOCOL.md section 2): no token is a
 * display, the chair's token is the chair, a delegation's token is that
 * delegation, anything else is nobody. Hashes are compared in constant time.
 */
export function actorForToken(
  token: unknown,
  chairTokenHash: string,
  delegationTokenHashes: Readonly<Record<string, string>>,
  /** The interpreters' token of the meeting (section 9), once issued. */
  interpreterTokenHash: string | null = null,
): { actor: Actor; tokenHash?: string } | null {
  if (token === undefined || token === null || token === '') return { actor: { role: 'display' } }
  if (typeof token !== 'string' || token.length > 256) return null
  const presented = hashToken(token)
  if (sameHash(presented, chairTokenHash)) return { actor: { role: 'chair' } }
  if (interpreterTokenHash !== null && sameHash(presented, interpreterTokenHash)) {
    return { actor: { role: 'interpreter' }, tokenHash: presented }
  }
  let match: string | null = null
  // Compare against every delegation, not stopping at the first match, so the time taken says nothing.
  for (const [delegationId, hash] of Object.entries(delegationTokenHashes)) {
    if (sameHash(presented, hash) && match === null) match = delegationId
  }
  return match === null ? null : { actor: { role: 'delegate', delegationId: match }, tokenHash: presented }
}
