/** Per-user question limit over a sliding minute. */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Take one question for the user; returns seconds to wait when over the limit, else 0. */
  take(user: string): number {
    const t = this.now();
    const recent = (this.hits.get(user) ?? []).filter((at) => t - at < 60_000);
    if (recent.length >= this.perMinute) {
      this.hits.set(user, recent);
      return Math.ceil((60_000 - (t - recent[0])) / 1000);
    }
    recent.push(t);
    this.hits.set(user, recent);
    return 0;
  }
}
