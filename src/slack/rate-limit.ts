/**
 * Per-user question limit: a token bucket of `perMinute` questions that refills continuously.
 * O(1) per question, whatever the limit.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = perMinute / 60_000;
  }

  /** Take one question for the user; returns seconds to wait when over the limit, else 0. */
  take(user: string): number {
    const t = this.now();
    const b = this.buckets.get(user) ?? { tokens: this.perMinute, at: t };
    b.tokens = Math.min(this.perMinute, b.tokens + (t - b.at) * this.perMs);
    b.at = t;
    this.buckets.set(user, b);
    if (b.tokens < 1) return Math.max(1, Math.ceil((1 - b.tokens) / this.perMs / 1000));
    b.tokens -= 1;
    return 0;
  }
}
