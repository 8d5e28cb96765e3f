/** A token bucket per connection: a burst is fine, a flood is answered `rate_limited`. */
export interface RateLimit {
  /** Commands a connection may send at once. */
  burst: number
  /** Commands per second it earns back. */
  perSecond: number
}

export const defaultRateLimit: RateLimit = { burst: 40, perSecond: 20 }

export function tokenBucket(limit: RateLimit, now: () => number): () => boolean {
  let tokens = limit.burst
  let last = now()
  return () => {
    const t = now()
    tokens = Math.min(limit.burst, tokens + ((t - last) / 1000) * limit.perSecond)
    last = t
    if (tokens < 1) return false
    tokens -= 1
    return true
  }
}
