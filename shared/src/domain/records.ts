import type { InterventionRecord } from '../protocol'
import type { Intervention, MeetingState } from './model'

/** The public record of a finished intervention (PROTOCOL.md section 6). */
export function toRecord(intervention: Intervention): InterventionRecord {
  const spokeSeconds = Math.round(intervention.spokeMs / 1000)
  const guidelineSeconds = Math.round(intervention.guidelineMs / 1000)
  return {
    delegationId: intervention.delegationId,
    name: intervention.name,
    category: intervention.category,
    kind: intervention.kind,
    segmentId: intervention.segmentId,
    startedAt: new Date(intervention.startedAt).toISOString(),
    endedAt: new Date(intervention.endedAt).toISOString(),
    spokeSeconds,
    guidelineSeconds,
    overrunSeconds: Math.max(0, spokeSeconds - guidelineSeconds),
  }
}

/** Every finished intervention of the meeting, oldest first. */
export function allInterventions(state: MeetingState): InterventionRecord[] {
  return Object.values(state.segments)
    .flatMap((segment) => segment.history)
    .sort((a, b) => a.startedAt - b.startedAt)
    .map(toRecord)
}

export const recordColumns = [
  'delegationId',
  'name',
  'category',
  'kind',
  'segmentId',
  'startedAt',
  'endedAt',
  'spokeSeconds',
  'guidelineSeconds',
  'overrunSeconds',
] as const satisfies readonly (keyof InterventionRecord)[]

/** CSV with one header row, the columns in the protocol's order. */
export function recordsToCsv(records: readonly InterventionRecord[]): string {
  const lines = [recordColumns.join(',')]
  for (const record of records) lines.push(recordColumns.map((column) => csvField(record[column])).join(','))
  return lines.join('\r\n') + '\r\n'
}

/** One CSV field: quoted where CSV needs it, a leading formula character neutralised. */
export function csvField(value: string | number): string {
  const text = String(value)
  // Quote what CSV needs quoted, and neutralise a leading formula character so
  // a name cannot run as a formula when the secretariat opens the file (the
  // full-width signs too: some spreadsheets read them as the ASCII ones).
  const safe = /^[=+\-@\t\r＝＋－＠]/.test(text) && typeof value === 'string' ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
