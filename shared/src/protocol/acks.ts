import { z } from 'zod'
import { ErrorCode } from './errors'

export const ErrorCodeSchema = z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]])

/** `{ ok: true, version, ...result }`: sent only once the change is durable. */
export const AckOk = z.looseObject({
  ok: z.literal(true),
  version: z.number().int().nonnegative(),
  requestId: z.string().optional(),
  delegationId: z.string().optional(),
  token: z.string().optional(),
  url: z.string().optional(),
})
export const AckError = z.object({
  ok: z.literal(false),
  error: z.object({ code: ErrorCodeSchema, message: z.string() }),
})
export const Ack = z.discriminatedUnion('ok', [AckOk, AckError])
export type AckOk = z.infer<typeof AckOk>
export type AckError = z.infer<typeof AckError>
export type Ack = z.infer<typeof Ack>
