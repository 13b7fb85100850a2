/**
 * Rate limits per client address: a token bucket each (capacity `burst`, refilled at
 * `perSecond`). The table is bounded: when it is full, buckets that have refilled completely
 * are dropped first, and a flood of new addresses is refused rather than remembered.
 */
export interface RateLimit {
  burst: number;
  perSecond: number;
}

interface Bucket {
  tokens: number;
  updatedMs: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = () => Date.now(),
    private readonly maxKeys = 4096,
  ) {}

  /** Takes one token for `key`; false when its bucket is empty (the request must be refused). */
  take(key: string): boolean {
    const now = this.now();
    let bucket = this.buckets.get(key);
    if (bucket) {
      const refilled = ((now - bucket.updatedMs) / 1000) * this.limit.perSecond;
      bucket.tokens = Math.min(this.limit.burst, bucket.tokens + refilled);
      bucket.updatedMs = now;
    } else {
      if (this.buckets.size >= this.maxKeys && !this.forgetFullBuckets(now)) return false;
      bucket = { tokens: this.limit.burst, updatedMs: now };
      this.buckets.set(key, bucket);
    }
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Seconds until `key` has a token again (for Retry-After). */
  retryAfterSeconds(key: string): number {
    const bucket = this.buckets.get(key);
    if (!bucket || bucket.tokens >= 1) return 0;
    return Math.ceil((1 - bucket.tokens) / this.limit.perSecond);
  }

  private forgetFullBuckets(now: number): boolean {
    for (const [key, bucket] of this.buckets) {
      const tokens = bucket.tokens + ((now - bucket.updatedMs) / 1000) * this.limit.perSecond;
      if (tokens >= this.limit.burst) this.buckets.delete(key);
    }
    return this.buckets.size < this.maxKeys;
  }
}
