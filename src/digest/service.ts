/**
 * The daily digest, posted once per channel per day.
 *
 * Exactly once: before posting, the channel's day is marked "sending" (saved atomically); it is
 * marked "sent" only after Slack accepts the message. A restart that finds "sending" asks Slack
 * (conversations.history, message metadata) whether the digest went out before posting again. A
 * digest missed while the bot was down is posted by the first run on the same day; a failed post is
 * retried with backoff, and by the next sweep after that.
 */
import type { Logger, webApi } from "@slack/bolt";
import type { Article } from "../corpus/article.js";
import { POST_DEFAULTS } from "../slack/blocks.js";
import { emptyState, type State, type StateStore } from "../store/state.js";
import { previousDay, zoned } from "./clock.js";
import { composeDigest, type Digest, type DigestInput, isEmpty } from "./compose.js";
import { digestMessage } from "./message.js";

export const DIGEST_EVENT = "cast_digest";
const QUESTION_DAYS_KEPT = 8;

export interface DigestServiceOptions {
  store: StateStore;
  /** The current engine (it is swapped when the corpus changes). */
  engine: () => DigestInput["engine"];
  /** Posts digests; absent in the console. */
  client?: webApi.WebClient;
  defaults: { channels: string[]; time: string; timeZone: string };
  logger: Logger;
  now?: () => Date;
  retry?: { attempts: number; baseMs: number };
  /** Delay before question counts are written (they change often; losing a second of them is fine). */
  questionSaveDelayMs?: number;
}

export class DigestService {
  private state: State = emptyState();
  private running: Promise<unknown> = Promise.resolve();
  private questionTimer?: NodeJS.Timeout;
  private readonly now: () => Date;

  private constructor(private readonly options: DigestServiceOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Load the state, subscribe the configured channels, note the corpus's articles. */
  static async open(options: DigestServiceOptions): Promise<DigestService> {
    const service = new DigestService(options);
    service.state = await options.store.load();
    const since = service.now().toISOString();
    for (const channel of options.defaults.channels) {
      if (!service.state.subscriptions[channel] && !service.state.unsubscribed.includes(channel))
        service.state.subscriptions[channel] = { since };
    }
    await service.noteArticles(options.engine().articles);
    return service;
  }

  get timeZone(): string {
    return this.options.defaults.timeZone;
  }

  get canPost(): boolean {
    return this.options.client !== undefined;
  }

  /** Record when articles were first seen: "new since the last digest" is decided by it. */
  async noteArticles(articles: Article[]): Promise<void> {
    const at = this.now().toISOString();
    let changed = false;
    for (const a of articles) {
      if (!this.state.articles[a.id]) {
        this.state.articles[a.id] = { firstSeen: at };
        changed = true;
      }
    }
    if (changed) await this.save();
  }

  /** Count a question for tomorrow's digest (no user is recorded). */
  recordQuestion(question: string, answered: boolean): void {
    const q = question
      .toLowerCase()
      .replace(/\s+/g, " ")
      .replace(/[?!.\s]+$/, "")
      .trim()
      .slice(0, 200);
    if (!q) return;
    const day = zoned(this.now(), this.timeZone).date;
    const counts = (this.state.questions[day] ??= {});
    const c = (counts[q] ??= { count: 0, unanswered: 0 });
    c.count++;
    if (!answered) c.unanswered++;
    for (const d of Object.keys(this.state.questions).sort().slice(0, -QUESTION_DAYS_KEPT)) delete this.state.questions[d];
    // One save per second at most, however many questions arrive.
    if (!this.questionTimer) {
      this.questionTimer = setTimeout(() => {
        this.questionTimer = undefined;
        this.save().catch((e) => this.options.logger.error("saving question counts failed:", e));
      }, this.options.questionSaveDelayMs ?? 1000);
      this.questionTimer.unref();
    }
  }

  subscriptions(): { channel: string; time: string }[] {
    return Object.entries(this.state.subscriptions).map(([channel, s]) => ({
      channel,
      time: s.time ?? this.options.defaults.time,
    }));
  }

  async subscribe(channel: string, time?: string): Promise<string> {
    this.state.subscriptions[channel] = { time, since: this.state.subscriptions[channel]?.since ?? this.now().toISOString() };
    this.state.unsubscribed = this.state.unsubscribed.filter((c) => c !== channel);
    await this.save();
    return time ?? this.options.defaults.time;
  }

  async unsubscribe(channel: string): Promise<boolean> {
    const was = channel in this.state.subscriptions;
    delete this.state.subscriptions[channel];
    if (this.options.defaults.channels.includes(channel) && !this.state.unsubscribed.includes(channel))
      this.state.unsubscribed.push(channel);
    await this.save();
    return was;
  }

  /** The digest this channel would get now. */
  preview(channel: string): Digest {
    return this.compose(channel, zoned(this.now(), this.timeZone).date);
  }

  /** Post every digest that is due and not yet sent. Runs one at a time; returns the channels posted to. */
  runDue(): Promise<string[]> {
    const run = this.running.then(() => this.postDue());
    this.running = run.catch(() => undefined);
    return run;
  }

  /** Write pending question counts now (on shutdown). */
  async flush(): Promise<void> {
    clearTimeout(this.questionTimer);
    this.questionTimer = undefined;
    await this.save();
  }

  private async postDue(): Promise<string[]> {
    const client = this.options.client;
    if (!client) return [];
    const { date, time } = zoned(this.now(), this.timeZone);
    const posted: string[] = [];
    for (const { channel, time: at } of this.subscriptions()) {
      if (time < at) continue;
      const last = this.state.posted[channel];
      if (last?.date === date && last.status === "sent") continue;
      try {
        if (last?.date === date && last.status === "sending" && (await this.alreadyPosted(client, channel, date))) {
          this.state.posted[channel] = { ...last, status: "sent" };
          await this.save();
          continue;
        }
        const digest = this.compose(channel, date);
        const windowStart = this.windowStart(channel);
        if (isEmpty(digest)) {
          this.state.posted[channel] = { date, status: "sent", at: windowStart };
          await this.save();
          continue;
        }
        this.state.posted[channel] = { date, status: "sending", at: windowStart };
        await this.save();
        const ts = await this.post(client, channel, date, digest);
        this.state.posted[channel] = { date, status: "sent", at: this.now().toISOString(), ts };
        await this.save();
        posted.push(channel);
      } catch (err) {
        this.options.logger.error(`digest for ${channel} on ${date} not posted yet (will retry):`, err);
      }
    }
    return posted;
  }

  /**
   * Articles first seen after this instant are new to the channel: the last digest Slack accepted
   * (`at` moves only then), else the subscription.
   */
  private windowStart(channel: string): string {
    return this.state.posted[channel]?.at ?? this.state.subscriptions[channel]?.since ?? this.now().toISOString();
  }

  private compose(channel: string, date: string): Digest {
    const engine = this.options.engine();
    const since = this.windowStart(channel);
    const newArticles = engine.articles.filter((a) => (this.state.articles[a.id]?.firstSeen ?? "") > since);
    return composeDigest({ engine, date, newArticles, questions: this.state.questions[previousDay(date)] ?? {} });
  }

  private async post(client: webApi.WebClient, channel: string, date: string, digest: Digest): Promise<string | undefined> {
    const { attempts, baseMs } = this.options.retry ?? { attempts: 5, baseMs: 2000 };
    const m = digestMessage(digest);
    for (let attempt = 1; ; attempt++) {
      try {
        const res = await client.chat.postMessage({
          channel,
          text: m.text,
          blocks: m.blocks,
          ...POST_DEFAULTS,
          metadata: { event_type: DIGEST_EVENT, event_payload: { date } },
        });
        return res.ts;
      } catch (err) {
        if (attempt >= attempts) throw err;
        this.options.logger.warn(`digest post to ${channel} failed (attempt ${attempt}/${attempts}), retrying:`, err);
        await new Promise((r) => setTimeout(r, baseMs * 2 ** (attempt - 1)));
      }
    }
  }

  /** After a crash mid-post: did Slack get today's digest? Looks for our message metadata. */
  private async alreadyPosted(client: webApi.WebClient, channel: string, date: string): Promise<boolean> {
    const oldest = String(Math.floor(this.now().getTime() / 1000) - 36 * 3600);
    const res = await client.conversations.history({ channel, oldest, limit: 200, include_all_metadata: true });
    return (res.messages ?? []).some(
      (m) =>
        m.metadata?.event_type === DIGEST_EVENT && (m.metadata.event_payload as { date?: string } | undefined)?.date === date,
    );
  }

  private save(): Promise<void> {
    return this.options.store.save(this.state);
  }
}
