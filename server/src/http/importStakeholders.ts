import type { Ack, Delegation } from '@floor/shared'
import { delegationsToAdd, parseStakeholderCsv, type RowError } from './stakeholderCsv'

export type ImportOutcome =
  | {
      ok: true
      /** The delegations added, each with the id the roster gave it. */
      added: Array<{ delegationId: string; name: string }>
      /** Rows left out, with their line numbers and why. */
      errors: RowError[]
      /** Organizations already on the roster. */
      alreadyListed: number
    }
  | { ok: false; error: string }

/**
 * Adds the stakeholders of a registration list in one commit: every good row
 * is added, every bad row is reported with its line number, and a file whose
 * structure cannot be read adds nothing.
 */
export async function importStakeholders(
  csv: string,
  roster: readonly Delegation[],
  runAllAsChair: (commands: unknown[]) => Promise<Ack[]>,
): Promise<ImportOutcome> {
  const parsed = parseStakeholderCsv(csv)
  if (!parsed.ok) return { ok: false, error: parsed.error }
  const toAdd = delegationsToAdd(parsed.rows, roster)
  const added: Array<{ delegationId: string; name: string }> = []
  const errors = [...parsed.errors]
  const acks = await runAllAsChair(toAdd.map((delegation) => ({ type: 'add-delegation', ...delegation })))
  for (const [index, delegation] of toAdd.entries()) {
    const ack = acks[index] as Ack
    if (ack.ok) added.push({ delegationId: String(ack.delegationId), name: delegation.name })
    else errors.push({ line: lineOf(parsed.rows, delegation.name), message: ack.error.message })
  }
  return { ok: true, added, errors, alreadyListed: parsed.rows.length - toAdd.length }
}

function lineOf(rows: ReadonlyArray<{ line: number; organization: string }>, name: string): number {
  return rows.find((row) => row.organization === name)?.line ?? 0
}
