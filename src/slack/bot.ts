/**
 * What the bot does, independent of how the words arrived (slash command, mention, thread, DM,
 * console): parse the command, rate-limit, answer with the conversation's focus, remember it.
 */
import type { Engine } from "../answer/engine.js";
import type { Answer } from "../answer/types.js";
import type { FeedbackSink, Vote } from "../store/feedback.js";
import { answerMessage, helpMessage, noticeMessage, type SlackMessage, sourcesMessage } from "./blocks.js";
import { ThreadMemory } from "./memory.js";
import { RateLimiter } from "./rate-limit.js";

/** The part of the engine the bot uses. */
export type Answerer = Pick<Engine, "answer" | "articles" | "examples">;

/** Told of every question asked, for the digest's "what people asked" (no user is passed). */
export type QuestionObserver = (question: string, answered: boolean) => void;

export const SORRY = "Sorry, something went wrong while answering that. The problem has been logged; please try again.";

export interface BotOptions {
  engine: Answerer;
  feedback: FeedbackSink;
  rateLimitPerMinute: number;
  /**
   * Answers kept per engine: the same question with the same focus is answered from memory (Slack
   * users repeat questions; the engine does not change between reloads). 0 turns it off.
   */
  answerCacheSize?: number;
  now?: () => number;
}

/** Where a question was asked: focus is kept per conversation (a thread, a DM, the console). */
export interface Conversation {
  channel: string;
  thread: string;
}

export type CommandResult = { kind: "message"; message: SlackMessage } | { kind: "digest"; args: string };

export class Bot {
  readonly threads = new ThreadMemory();
  readonly feedback: FeedbackSink;
  private readonly limiter: RateLimiter;

  private current: Answerer;
  private recent = new Map<string, Answer>();
  /** Told of every question (the digest counts them). */
  onQuestion?: QuestionObserver;

  constructor(private readonly options: BotOptions) {
    this.feedback = options.feedback;
    this.limiter = new RateLimiter(options.rateLimitPerMinute, options.now);
    this.current = options.engine;
  }

  get engine(): Answerer {
    return this.current;
  }

  /** Serve a rebuilt engine (the corpus changed); questions in flight finish on the old one. */
  setEngine(engine: Answerer): void {
    this.current = engine;
    this.recent = new Map();
  }

  /** Answer a question, keeping the conversation's focus; undefined conversation = no memory. */
  answer(question: string, conversation?: Conversation): Answer {
    const state = conversation ? this.threads.get(conversation.channel, conversation.thread) : undefined;
    const answer = this.cachedAnswer(question, state?.focus);
    if (conversation) this.threads.remember(conversation.channel, conversation.thread, answer.focus);
    this.onQuestion?.(question, answer.answer !== "");
    return answer;
  }

  private cachedAnswer(question: string, focus?: string): Answer {
    const size = this.options.answerCacheSize ?? 2000;
    const key = `${question}\u0000${focus ?? ""}`;
    const hit = this.recent.get(key);
    if (hit) return hit;
    const answer = this.current.answer(question, { focus });
    if (size > 0) {
      this.recent.set(key, answer);
      if (this.recent.size > size) this.recent.delete(this.recent.keys().next().value as string);
    }
    return answer;
  }

  /** Seconds the user must wait, or 0 when the question may go ahead. */
  limit(user: string): number {
    return this.limiter.take(user);
  }

  limitedMessage(seconds: number): SlackMessage {
    return noticeMessage(
      `You're asking faster than I can keep up. Please try again in ${seconds} second${seconds === 1 ? "" : "s"}.`,
    );
  }

  /** `/cast <text>`: help, sources, digest, or a question. */
  command(text: string, user: string, conversation?: Conversation): CommandResult {
    const t = text.trim();
    if (t === "" || /^(help|\?)$/i.test(t)) return { kind: "message", message: helpMessage(this.engine.examples()) };
    if (/^sources$/i.test(t)) return { kind: "message", message: sourcesMessage(this.engine.articles) };
    const digest = /^digest\b\s*(.*)$/i.exec(t);
    if (digest) return { kind: "digest", args: digest[1] };
    const wait = this.limit(user);
    if (wait > 0) return { kind: "message", message: this.limitedMessage(wait) };
    return { kind: "message", message: answerMessage(this.answer(t, conversation), { interactive: true }) };
  }

  async vote(question: string, vote: Vote): Promise<void> {
    await this.feedback.record(question, vote);
  }
}
