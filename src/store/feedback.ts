/** Feedback on answers: the question and the vote, appended as JSON lines. No user IDs are kept. */
import { appendFile, mkdir } from "node:fs/promises";
import { join } from "node:path";

export type Vote = "up" | "down";

export interface FeedbackSink {
  record(question: string, vote: Vote): Promise<void>;
}

export class FileFeedback implements FeedbackSink {
  constructor(private readonly dir: string) {}
  async record(question: string, vote: Vote): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await appendFile(join(this.dir, "feedback.jsonl"), `${JSON.stringify({ at: new Date().toISOString(), question, vote })}\n`);
  }
}

export class MemoryFeedback implements FeedbackSink {
  readonly votes: { question: string; vote: Vote }[] = [];
  async record(question: string, vote: Vote): Promise<void> {
    this.votes.push({ question, vote });
  }
}
