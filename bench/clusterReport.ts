// The cluster suite's rows in the benchmark's table (report.ts).
import type { ClusterResult } from './cluster'
import type { Row } from './report'
import { int, ms, ratio, type Summary } from './stats'

/** Issue 16's targets. */
const otherNodeTarget = 1.5
const failoverTargetMs = 3000

const spread = (s: Summary) => `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)} / ${ms(s.max)}`
const verdict = (ok: boolean): Row['result'] => (ok ? 'pass' : 'miss')

export function clusterRows(c: ClusterResult): Row[] {
  const out: Row[] = []
  const { acks, fanout, failover } = c
  out.push({
    measure: 'Cluster: PostgreSQL commit alone (one event INSERTed in its own transaction with `pg`, as the store appends), p50 / p95 / p99 / max (ms)',
    floor: spread(acks.commit),
    baseline: '',
    comparison: `${int(acks.commit.count)} commits on the nodes' database, a table of its own: the least a durable ack can take there`,
    target: '',
    result: '',
  })
  out.push({
    measure: "Cluster: the server's postgresStore appending one event, from the benchmark's process, p50 / p95 / p99 / max (ms)",
    floor: spread(acks.storeAppend),
    baseline: '',
    comparison: `${int(acks.storeAppend.count)} appends, one connection; against the bare commit: p50 ${ratio(acks.storeAppend.p50 / acks.commit.p50)}`,
    target: '',
    result: '',
  })
  const errors = Object.entries(acks.errors).map(([code, count]) => `${count} ${code}`)
  out.push({
    measure: 'Cluster: durable acks on PostgreSQL, the chair on node A sending add-time back to back: acked commands per second',
    floor: int(acks.perSecond),
    baseline: '',
    comparison: `${int(acks.acked)} acks in ${acks.seconds.toFixed(1)} s${errors.length ? `; refused: ${errors.join(', ')}` : ''}; a display on each node`,
    target: '',
    result: '',
  })
  out.push({
    measure: 'Cluster: durable acks on PostgreSQL, back to back: ack latency p50 / p95 / p99 / max (ms)',
    floor: spread(acks.latency),
    baseline: '',
    comparison: `against the bare commit: p50 ${ratio(acks.latency.p50 / acks.commit.p50)}, p99 ${ratio(acks.latency.p99 / acks.commit.p99)}; node A's own time per command (to commit) p50 ${ms(acks.serverMs.p50)}, p99 ${ms(acks.serverMs.p99)}`,
    target: '',
    result: '',
  })
  const p50 = fanout.otherNode.p50 / fanout.sameNode.p50
  const p99 = fanout.otherNode.p99 / fanout.sameNode.p99
  out.push({
    measure: `Cluster fan-out, ${int(fanout.n)} displays on each of two nodes, the chair on A: last display on A, the chair's node (one node), p50 / p95 / p99 / max (ms)`,
    floor: spread(fanout.sameNode),
    baseline: '',
    comparison: `${int(fanout.sameNode.count)} changes (add-time ±30 s); node A's own time per command (to commit) p50 ${ms(fanout.commandMs.p50)}, p99 ${ms(fanout.commandMs.p99)}; connecting the displays took ${ms(fanout.connectMs.a)} / ${ms(fanout.connectMs.b)} ms (A / B)`,
    target: '',
    result: '',
  })
  out.push({
    measure: `Cluster fan-out, same changes: last display on B, the other node (through Redis), p50 / p95 / p99 / max (ms)`,
    floor: spread(fanout.otherNode),
    baseline: '',
    comparison: `against node A's (the row above): p50 ${ratio(p50)}, p99 ${ratio(p99)}; B's last display after A's, per change: p50 ${ms(fanout.hop.p50)}, p99 ${ms(fanout.hop.p99)} ms; of B's time, from A's log line of the change to B's (through Redis) p50 ${ms(fanout.transport.p50)}, p99 ${ms(fanout.transport.p99)}, then B's own fan-out p50 ${ms(fanout.otherFanout.p50)}, p99 ${ms(fanout.otherFanout.p99)} (A's, from its own log line: p50 ${ms(fanout.sameFanout.p50)}, p99 ${ms(fanout.sameFanout.p99)})`,
    target: `p50 and p99 ≤ ${otherNodeTarget}× node A`,
    result: fanout.n >= 1000 ? verdict(p50 <= otherNodeTarget && p99 <= otherNodeTarget) : '',
  })
  const finished = failover.trials.filter((t) => Number.isFinite(t.ms))
  const worst = finished.length === failover.trials.length ? Math.max(...finished.map((t) => t.ms)) : NaN
  const trials = failover.trials.map(
    (t) =>
      `${Number.isFinite(t.ms) ? ms(t.ms) : `not all (${t.problem ?? 'unknown'})`} (${int(t.onVictim)} on the killed node; the process reaped after ${ms(t.exitMs)} ms; HAProxy marked it down after ${ms(t.downMs)} ms; the chair's change acked after ${ms(t.ackMs)} ms; the last display lost its connection after ${ms(t.lastLostMs)} ms; ${int(t.reconnects)} reconnections, the slowest ${ms(t.slowestReconnectMs)} ms from loss to reconnection, its state at most ${ms(t.slowestStateMs)} ms later; ${int(t.failedAttempts)} failed attempts${t.failureReasons.length ? ` (${t.failureReasons.join(', ')})` : ''}${t.survivorStatuses.length ? `; the survivor's checks failed meanwhile: ${t.survivorStatuses.join(', ')}` : ''})`,
  )
  const median = failover.summary.p50
  out.push({
    measure: `Cluster failover: ${int(failover.displays)} displays behind HAProxy, node B killed (kill -9), a change on A right after: from the kill until every display holds it, worst of ${failover.trials.length} (ms)`,
    floor: ms(worst),
    baseline: '',
    comparison: `median ${ms(median)}: ${trials.join('; ')}`,
    target: `< ${int(failoverTargetMs)} ms`,
    result: verdict(worst < failoverTargetMs),
  })
  return out
}
