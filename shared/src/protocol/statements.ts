import { z } from 'zod'
import { StatementLanguage } from './vocabulary'

/** The three kinds of file a written statement may be (PROTOCOL.md section 9). */
export const statementContentTypes = [
  'text/plain',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const
export const StatementContentType = z.enum(statementContentTypes)
export type StatementContentType = z.infer<typeof StatementContentType>

/** The largest statement file: 10 MB. */
export const maxStatementBytes = 10 * 1024 * 1024

export const StatementPublish = z.enum(['after-delivery', 'never'])
export type StatementPublish = z.infer<typeof StatementPublish>

/** A statement as the chair's and interpreters' views name it, on the floor and on each queue entry. */
export const StatementRef = z.object({
  statementId: z.string(),
  language: StatementLanguage,
  filename: z.string(),
  bytes: z.number().int().nonnegative(),
})
export type StatementRef = z.infer<typeof StatementRef>

/** One line of `GET /api/statements`. */
export const StatementListing = z.object({
  statementId: z.string(),
  delegationId: z.string(),
  name: z.string(),
  segmentId: z.string().nullable(),
  language: StatementLanguage,
  filename: z.string(),
  contentType: StatementContentType,
  bytes: z.number().int().nonnegative(),
  /** Epoch ms. */
  uploadedAt: z.number(),
  publish: StatementPublish,
  delivered: z.boolean(),
  /** Extension: epoch ms at which the intervention that delivered it ended. */
  deliveredAt: z.number().nullable(),
})
export type StatementListing = z.infer<typeof StatementListing>
