/**
 * A fake Slack Web API on loopback: records every call, answers like Slack, and fails on demand
 * (429 with Retry-After, or 500). Also receives `response_url` posts under /respond/.
 */
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedCall {
  method: string;
  body: Record<string, unknown>;
  authorization?: string;
}

type Failure = { status: 429; retryAfter: number } | { status: 500 };

export const BOT_USER = "UCASTBOT";
export const BOT_ID = "BCASTBOT";

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  private readonly failures = new Map<string, Failure[]>();
  private server?: Server;
  private ts = 1700000000;
  /** Messages accepted by chat.postMessage, per channel, as conversations.history returns them. */
  readonly history = new Map<string, { ts: string; text: unknown; metadata?: unknown }[]>();
  /** Extra answers for methods (for Socket Mode's apps.connections.open). */
  readonly answers = new Map<string, () => Record<string, unknown>>();

  get url(): string {
    const { port } = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${port}/`;
  }

  /** The next `times` calls of `method` fail this way. */
  failNext(method: string, failure: Failure, times = 1): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...Array(times).fill(failure)]);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Wait until `count` calls to `method` arrived (or time out, failing the test). */
  async waitFor(method: string, count = 1, timeoutMs = 5000): Promise<RecordedCall[]> {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      const found = this.callsTo(method);
      if (found.length >= count) return found;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`timed out waiting for ${count} × ${method}; got ${this.callsTo(method).length}`);
  }

  async start(): Promise<void> {
    this.server = createServer(async (req, res) => {
      const raw = await readBody(req);
      const method = (req.url ?? "").replace(/^\/(?:api\/)?/, "").split("?")[0];
      const body = parseBody(raw, req.headers["content-type"] ?? "");
      this.calls.push({ method, body, authorization: req.headers.authorization });
      const failure = this.failures.get(method)?.shift();
      if (failure?.status === 429) {
        res.writeHead(429, { "retry-after": String(failure.retryAfter), "content-type": "application/json" });
        res.end(JSON.stringify({ ok: false, error: "ratelimited" }));
        return;
      }
      if (failure?.status === 500) {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ ok: false, error: "internal_error" }));
        return;
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(this.answer(method, body)));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private answer(method: string, body: Record<string, unknown>): Record<string, unknown> {
    const custom = this.answers.get(method);
    if (custom) return custom();
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          user_id: BOT_USER,
          bot_id: BOT_ID,
          team_id: "T0001",
          team: "Test",
          user: "cast-bot",
          url: "https://test.slack.com/",
        };
      case "chat.postMessage": {
        const ts = `${this.ts++}.000100`;
        const channel = String(body.channel);
        this.history.set(channel, [{ ts, text: body.text, metadata: body.metadata }, ...(this.history.get(channel) ?? [])]);
        return { ok: true, channel, ts, message: { text: body.text } };
      }
      case "conversations.history":
        return {
          ok: true,
          messages: (this.history.get(String(body.channel)) ?? []).map((m) =>
            body.include_all_metadata === "true" || body.include_all_metadata === true ? m : { ...m, metadata: undefined },
          ),
        };
      case "chat.postEphemeral":
        return { ok: true, message_ts: `${this.ts++}.000200` };
      default:
        return { ok: true };
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = "";
    req.on("data", (c) => {
      data += c;
    });
    req.on("end", () => resolve(data));
  });
}

/** The Web API sends form fields with JSON-encoded values (blocks); response_url gets JSON. */
function parseBody(raw: string, type: string): Record<string, unknown> {
  if (!raw) return {};
  if (type.includes("json")) return JSON.parse(raw);
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    try {
      out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
    } catch {
      out[k] = v;
    }
  }
  return out;
}
