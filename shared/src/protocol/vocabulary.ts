import { z } from 'zod'

/** Who a delegation is, which decides its speaking tier (PROTOCOL.md section 5). */
export const Category = z.enum(['member-state', 'observer-state', 'igo', 'un-entity', 'stakeholder'])
export type Category = z.infer<typeof Category>

/** What a delegation asks the floor for; each kind is its own band of the list. */
export const Kind = z.enum(['statement', 'point-of-order', 'right-of-reply'])
export type Kind = z.infer<typeof Kind>

/** The role a connection acts in, fixed by the token it presented. */
export const Role = z.enum(['chair', 'delegate', 'display', 'interpreter'])
export type Role = z.infer<typeof Role>

/** The six official languages of the United Nations: what a written statement is in (PROTOCOL.md section 9). */
export const StatementLanguage = z.enum(['en', 'fr', 'es', 'ar', 'zh', 'ru'])
export type StatementLanguage = z.infer<typeof StatementLanguage>

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

/** Bidirectional embeddings, overrides and isolates: one left open turns the rest of a line around. */
const bidiControls = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g
/** Half of a character: a high surrogate without its low one, or a low one alone. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
/** What shows nothing: spaces of every width, joiners, marks of direction, variation selectors. */
const invisible = /^[\s\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]*$/u

/**
 * A name or title people will read on screens: NFC, trimmed, without
 * bidirectional controls (screens isolate each name instead), refused when it
 * shows nothing or holds a lone surrogate. Text, never markup.
 */
export function readableText(max: number) {
  return z
    .string()
    .refine((text) => !loneSurrogate.test(text), 'has a broken character (a lone surrogate)')
    .transform((text) => text.normalize('NFC').replace(bidiControls, '').trim())
    .pipe(
      z
        .string()
        .min(1, 'must not be empty')
        .max(max, `must be at most ${max} characters`)
        .refine((text) => text === '' || !invisible.test(text), 'shows nothing: it has no visible character'),
    )
}
