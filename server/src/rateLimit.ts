/** A token bucket: a burst is fine, a flood is answered `rate_limited`. */
export interface RateLimit {
  /** Commands a token may send at once. */
  burst: number
  /** Commands per second it earns back. */
  perSecond: number
}

export const defaultRateLimit: RateLimit = { burst: 40, perSecond: 20 }

/** Failed sign-ins an address may make: ten at once, then one every five seconds. */
export const failedSignInLimit: RateLimit = { burst: 10, perSecond: 0.2 }

interface Bucket {
  tokens: number
  last: number
}

/**
 * One token bucket per key (a delegation, a meeting's chair, a client
 * address), so fifty sockets on one token share one budget. Buckets unused
 * for a minute are forgotten when there are many: by then they are full,
 * which is what a new one is anyway.
 */
export class Budgets {
  private readonly buckets = new Map<string, Bucket>()

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number,
  ) {}

  /** Spends one unit of the key's budget; false when there is none left. */
  take(key: string): boolean {
    const bucket = this.refilled(key)
    if (bucket.tokens < 1) return false
    bucket.tokens -= 1
    return true
  }

  /** Whether the key has spent its budget, without spending any. */
  exhausted(key: string): boolean {
    return this.buckets.has(key) && this.refilled(key).tokens < 1
  }

  private refilled(key: string): Bucket {
    const t = this.now()
    let bucket = this.buckets.get(key)
    if (!bucket) {
      if (this.buckets.size >= 10_000) this.forgetFull(t)
      bucket = { tokens: this.limit.burst, last: t }
      this.buckets.set(key, bucket)
    }
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((t - bucket.last) / 1000) * this.limit.perSecond)
    bucket.last = t
    return bucket
  }

  private forgetFull(t: number): void {
    for (const [key, bucket] of this.buckets) if (t - bucket.last > 60_000) this.buckets.delete(key)
  }
}
