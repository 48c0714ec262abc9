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

type Mode = "bare" | "bot" | "bot-uncached";

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
  ratio: number;
  uncachedRatio: number;
}

export async function measureHttp(options: HttpOptions): Promise<HttpReport> {
  const slack = new FakeSlack();
  await slack.start();
  const data = await mkdtemp(join(tmpdir(), "cast-bench-"));
  const env = {
    ...process.env,
    SLACK_API_URL: `${slack.url}api/`,
    CORPUS_DIR: join(import.meta.dirname, "..", "corpus"),
    DATA_DIR: data,
  };
  const results: Record<string, HttpResult> = {};
  try {
    for (const mode of ["bare", "bot", "bot-uncached"] as const) {
      const { child, port } = await startServer(mode, env);
      try {
        await load(port, options, 2); // warm-up: JIT, caches
        const r = await load(port, options, options.durationSec);
        results[mode] = {
          rps: Math.round(r.requests.average),
          p50: r.latency.p50,
          p99: r.latency.p99,
          requests: r.requests.total,
          non2xx: r.non2xx,
          errors: r.errors,
        };
      } finally {
        child.kill();
      }
    }
  } finally {
    await slack.stop();
    await rm(data, { recursive: true, force: true });
  }
  const ratio = (r: HttpResult) => Math.round((r.rps / results.bare.rps) * 100) / 100;
  return {
    bare: results.bare,
    bot: results.bot,
    uncached: results["bot-uncached"],
    ratio: ratio(results.bot),
    uncachedRatio: ratio(results["bot-uncached"]),
  };
}
