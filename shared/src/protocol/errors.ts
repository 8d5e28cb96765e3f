/** Every error code an acknowledgement may carry (PROTOCOL.md section 4). */
export const ErrorCode = {
  invalid: 'invalid',
  forbidden: 'forbidden',
  conflict: 'conflict',
  notFound: 'not_found',
  rejected: 'rejected',
  rateLimited: 'rate_limited',
  /** Extension: the server could not store the change (a full disk); nothing changed. */
  internal: 'internal',
} as const
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

export interface CommandError {
  code: ErrorCode
  message: string
}

export function commandError(code: ErrorCode, message: string): CommandError {
  return { code, message }
}
