import type { CommandOutcome } from '../../net/floorConnection'
import { serverNow } from '../../store/floorSession'
import { runCommand } from '../state/chairCommands'
import type { ChairSession } from '../state/chairSession'
import { rememberLink } from '../state/chairStore'

/**
 * Issues a delegation's tablet token and keeps its link in this tab. Issuing
 * again replaces the old token: a tablet still holding it is disconnected.
 */
export async function issueLink(session: ChairSession, delegationId: string): Promise<CommandOutcome | null> {
  const outcome = await runCommand(session, `issue:${delegationId}`, { type: 'issue-token', delegationId })
  if (outcome?.ok && typeof outcome.url === 'string') {
    rememberLink(session.store, delegationId, { url: outcome.url, issuedAt: serverNow(session) })
  }
  return outcome
}

export interface BulkProgress {
  done: number
  total: number
  failed: string[]
}

/** The server allows bursts of commands, then about twenty a second: wait and try again. */
const rateLimitWaitMs = 1_000
const triesPerDelegation = 5

/**
 * Issues links one after the other (in parallel they would hit the rate limit
 * at once), reporting progress; `stopped()` ends it between two delegations.
 */
export async function issueLinks(
  session: ChairSession,
  delegationIds: readonly string[],
  onProgress: (progress: BulkProgress) => void,
  stopped: () => boolean,
): Promise<BulkProgress> {
  const progress: BulkProgress = { done: 0, total: delegationIds.length, failed: [] }
  for (const delegationId of delegationIds) {
    if (stopped()) break
    let outcome: CommandOutcome | null = null
    for (let attempt = 0; attempt < triesPerDelegation; attempt++) {
      outcome = await issueLink(session, delegationId)
      if (outcome?.ok || outcome?.error.code !== 'rate_limited') break
      await new Promise((resolve) => setTimeout(resolve, rateLimitWaitMs))
    }
    // Not sent at all (the connection dropped): the rest would not be either.
    if (outcome === null) break
    if (!outcome.ok) progress.failed.push(delegationId)
    progress.done++
    onProgress({ ...progress, failed: [...progress.failed] })
  }
  return progress
}
