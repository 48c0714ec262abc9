/**
 * HTTP load: the real app in HTTP mode and a bare Bolt app that only acks, each in its own
 * process on loopback, loaded in turn by autocannon with signed `/cast` requests.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import autocannon from "autocannon";
import { FakeSlack } from "../tests/slack/fake-slack.js";
import { BENCH_SECRET } from "./http-constants.js";

export interface HttpResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
}

export interface HttpOptions {
  durationSec: number;
  connections: number;
  questions: string[];
}

type Mode = "bare" | "bare-payload" | "bot" | "bot-uncached";

async function startServer(mode: Mode, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, "http-server.ts"), mode], {
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${mode} server did not start`)), 60_000);
    lines.once("line", (line) => {
      clearTimeout(timer);
      resolve((JSON.parse(line) as { port: number }).port);
    });
    child.once("exit", (code) => reject(new Error(`${mode} server exited (${code})`)));
  });
  return { child, port };
}

function load(port: number, options: HttpOptions, durationSec: number): Promise<autocannon.Result> {
  let n = 0;
  return autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: options.connections,
    duration: durationSec,
    requests: [
      {
        method: "POST",
        path: "/slack/events",
        setupRequest: (req) => {
          const i = n++;
          const body = new URLSearchParams({
            command: "/cast",
            text: options.questions[i % options.questions.length],
            user_id: `UBENCH${i % 97}`,
            channel_id: "CBENCH",
            team_id: "T0001",
            response_url: "http://127.0.0.1:9/unused",
          }).toString();
          const ts = Math.floor(Date.now() / 1000);
          const signature = `v0=${createHmac("sha256", BENCH_SECRET).update(`v0:${ts}:${body}`).digest("hex")}`;
          return {
            ...req,
            body,
            headers: {
              "content-type": "application/x-www-form-urlencoded",
              "x-slack-request-timestamp": String(ts),
              "x-slack-signature": signature,
            },
          };
        },
      },
    ],
  });
}

export interface HttpReport {
  bare: HttpResult;
  /** The bot as deployed: repeated questions are answered from its answer cache. */
  bot: HttpResult;
  /** The bot with no answer cache: every request runs the engine. */
  uncached: HttpResult;
  /** The bare app acking with the bot's message (computed once): the cost of carrying an answer. */
  payload: HttpResult;
  ratio: number;
  uncachedRatio: number;
  payloadRatio: number;
  /** Requests per second of every round, for the record. */
  rounds: { bare: number[]; bot: number[] };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The bare app and the bot alternate over `rounds` rounds (so drift on a shared machine hits both),
 * each round after a warm-up; the median round is reported. The uncached bot runs once.
 */
export async function measureHttp(options: HttpOptions & { rounds?: number }): Promise<HttpReport> {
  const slack = new FakeSlack();
  await slack.start();
  const data = await mkdtemp(join(tmpdir(), "cast-bench-"));
  const env = {
    ...process.env,
    SLACK_API_URL: `${slack.url}api/`,
    CORPUS_DIR: join(import.meta.dirname, "..", "corpus"),
    DATA_DIR: data,
  };
  const rounds: Record<Mode, HttpResult[]> = { bare: [], "bare-payload": [], bot: [], "bot-uncached": [] };
  const servers: Partial<Record<Mode, { child: ChildProcess; port: number }>> = {};
  try {
    for (const mode of ["bare", "bare-payload", "bot", "bot-uncached"] as const) {
      servers[mode] = await startServer(mode, env);
      await load(servers[mode].port, options, 2); // warm-up: JIT, caches
    }
    const measure = async (mode: Mode) => {
      const server = servers[mode];
      if (!server) throw new Error(`${mode} server missing`);
      const r = await load(server.port, options, options.durationSec);
      rounds[mode].push({
        rps: Math.round(r.requests.average),
        p50: r.latency.p50,
        p99: r.latency.p99,
        requests: r.requests.total,
        non2xx: r.non2xx,
        errors: r.errors,
      });
    };
    for (let i = 0; i < (options.rounds ?? 3); i++) {
      await measure("bare");
      await measure("bot");
    }
    await measure("bot-uncached");
    await measure("bare-payload");
  } finally {
    for (const s of Object.values(servers)) s?.child.kill();
    await slack.stop();
    await rm(data, { recursive: true, force: true });
  }
  const pick = (mode: Mode) => {
    const rps = median(rounds[mode].map((r) => r.rps));
    return rounds[mode].find((r) => r.rps === rps) ?? rounds[mode][0];
  };
  const bare = pick("bare");
  const ratio = (r: HttpResult) => Math.round((r.rps / bare.rps) * 100) / 100;
  const bot = pick("bot");
  const uncached = pick("bot-uncached");
  const payload = pick("bare-payload");
  return {
    bare,
    bot,
    uncached,
    payload,
    ratio: ratio(bot),
    uncachedRatio: ratio(uncached),
    payloadRatio: ratio(payload),
    rounds: { bare: rounds.bare.map((r) => r.rps), bot: rounds.bot.map((r) => r.rps) },
  };
}
