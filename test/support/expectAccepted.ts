/** What a refused command says: a domain decision and a socket ack both carry `{ code, message }`. */
interface Outcome {
  ok: boolean
  error?: { code: string; message: string }
}

/**
 * The accepted side of an outcome, or a failed test that says why the command
 * was refused. It fits a domain decision (`{ ok, events, result }`) and a
 * socket ack (`{ ok, version, ... }`) alike.
 *
 * Use it instead of `expect(a.ok && b.ok && …)`, which passes when both
 * commands are refused.
 */
export function expectAccepted<O extends Outcome>(outcome: O): Extract<O, { ok: true }> {
  if (isAccepted(outcome)) return outcome
  const { code, message } = outcome.error ?? { code: 'no error', message: 'the outcome says ok: false' }
  throw new Error(`expected the command to be accepted, but it was refused: ${code}: ${message}`)
}

function isAccepted<O extends Outcome>(outcome: O): outcome is Extract<O, { ok: true }> {
  return outcome.ok
}
