import { z } from 'zod'

/** Who a delegation is, which decides its speaking tier (PROTOCOL.md section 5). */
export const Category = z.enum(['member-state', 'observer-state', 'igo', 'un-entity', 'stakeholder'])
export type Category = z.infer<typeof Category>

/** What a delegation asks the floor for; each kind is its own band of the list. */
export const Kind = z.enum(['statement', 'point-of-order', 'right-of-reply'])
export type Kind = z.infer<typeof Kind>

/** The role a connection acts in, fixed by the token it presented. */
export const Role = z.enum(['chair', 'delegate', 'display'])
export type Role = z.infer<typeof Role>

/** A State's id is its ISO alpha-3 code; any other delegation has a lower-case slug. */
export const DelegationId = z
  .string()
  .min(2)
  .max(64)
  .regex(/^(?:[A-Z]{3}|[a-z0-9]+(?:-[a-z0-9]+)*)$/, 'a delegation id is an ISO alpha-3 code or a lower-case slug')

/** Ids the server makes up for requests and segments. */
export const EntityId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'an id has only letters, digits, - and _')
