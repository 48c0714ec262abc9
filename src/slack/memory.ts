/** Small bounded memories: threads the bot is part of (with their focus) and event IDs already handled. */

/** A Map that forgets its oldest entries past a size, and entries older than a lifetime. */
export class BoundedMap<V> {
  private readonly entries = new Map<string, { value: V; at: number }>();

  constructor(
    private readonly maxSize: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (this.now() - e.at > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, at: this.now() });
    while (this.entries.size > this.maxSize) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}

export interface ThreadState {
  /** The entity the thread is about: resolves "he", "it" in follow-ups. */
  focus?: string;
}

const DAY = 24 * 60 * 60 * 1000;

/** Threads the bot answered in, keyed by channel and thread timestamp. */
export class ThreadMemory {
  private readonly threads = new BoundedMap<ThreadState>(10_000, 7 * DAY);
  private key = (channel: string, threadTs: string) => `${channel}:${threadTs}`;
  get(channel: string, threadTs: string): ThreadState | undefined {
    return this.threads.get(this.key(channel, threadTs));
  }
  remember(channel: string, threadTs: string, focus?: string): void {
    const previous = this.get(channel, threadTs);
    this.threads.set(this.key(channel, threadTs), { focus: focus ?? previous?.focus });
  }
}

/** Event IDs handled in the last hour: Slack retries an event it thinks was slow. */
export class SeenEvents {
  private readonly seen = new BoundedMap<true>(50_000, 60 * 60 * 1000);
  /** True the first time an ID is offered. */
  firstTime(id: string): boolean {
    if (this.seen.has(id)) return false;
    this.seen.set(id, true);
    return true;
  }
}
