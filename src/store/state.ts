/**
 * The bot's state: digest subscriptions, what was posted per channel per day, when each article
 * was first seen, and question counts (no user names or IDs). Behind an interface so that running
 * two replicas is one new implementation (a shared database) rather than a rewrite.
 */
import { readFile, rename } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { TIME_OF_DAY } from "../digest/clock.js";
import { writeFileAtomic } from "./atomic.js";

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Time = z.string().regex(TIME_OF_DAY);

export const StateSchema = z.object({
  version: z.literal(1),
  /** Channel → subscription. `time` absent: the configured default. */
  subscriptions: z.record(z.string(), z.object({ time: Time.optional(), since: z.string() })),
  /** Channels of DIGEST_CHANNELS that were turned off in Slack. */
  unsubscribed: z.array(z.string()),
  /** Channel → the last digest: "sending" until Slack accepts it, then "sent". */
  posted: z.record(
    z.string(),
    z.object({ date: Day, status: z.enum(["sending", "sent"]), at: z.string(), ts: z.string().optional() }),
  ),
  /** Article id → when the bot first indexed it. */
  articles: z.record(z.string(), z.object({ firstSeen: z.string() })),
  /** Local day → question → counts. */
  questions: z.record(Day, z.record(z.string(), z.object({ count: z.number().int(), unanswered: z.number().int() }))),
});

export type State = z.infer<typeof StateSchema>;

export const emptyState = (): State => ({
  version: 1,
  subscriptions: {},
  unsubscribed: [],
  posted: {},
  articles: {},
  questions: {},
});

export interface StateStore {
  load(): Promise<State>;
  save(state: State): Promise<void>;
}

export class StateFileCorrupt extends Error {
  override name = "StateFileCorrupt";
}

/**
 * One JSON file, written atomically: a temp file is written and fsynced, then renamed over the old
 * one, so a crash mid-write leaves either the old state or the new, never half of one. A corrupt
 * file is renamed aside (kept for a human) and the bot starts from empty state.
 */
export class FileStateStore implements StateStore {
  readonly file: string;

  constructor(
    dir: string,
    private readonly onCorrupt: (message: string) => void = () => undefined,
  ) {
    this.file = join(dir, "state.json");
  }

  async load(): Promise<State> {
    let text: string;
    try {
      text = await readFile(this.file, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return emptyState();
      throw err;
    }
    let problem: string | undefined;
    try {
      const parsed = StateSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
      const issue = parsed.error.issues[0];
      problem = `${issue.path.join(".") || "state"}: ${issue.message}`;
    } catch (err) {
      problem = `not valid JSON (${(err as Error).message})`;
    }
    const aside = `${this.file}.corrupt-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    await rename(this.file, aside);
    this.onCorrupt(`state file ${this.file} is corrupt: ${problem}; kept aside as ${aside}, starting from empty state`);
    return emptyState();
  }

  private writes: Promise<void> = Promise.resolve();

  /** Writes are queued, so the file always ends as the last state saved. */
  save(state: State): Promise<void> {
    const snapshot = `${JSON.stringify(state, null, 1)}\n`;
    const write = this.writes.then(() => writeFileAtomic(this.file, snapshot));
    this.writes = write.catch(() => undefined);
    return write;
  }
}

/** For tests and the console: state that lives as long as the process. */
export class MemoryStateStore implements StateStore {
  private state = emptyState();
  async load(): Promise<State> {
    return structuredClone(this.state);
  }
  async save(state: State): Promise<void> {
    this.state = structuredClone(state);
  }
}
