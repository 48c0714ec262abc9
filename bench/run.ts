/**
 * `npm run bench [-- --quick | --full]`: quality, start-up, query latency, scale and HTTP load in
 * one table, also written as JSON under bench/results/. --quick: smaller runs; --full: adds
 * 100,000 synthetic articles.
 */

import { mkdir, rm, writeFile } from "node:fs/promises";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { Engine } from "../src/answer/engine.js";
import { measureHttp } from "./http.js";
import { measureQuality } from "./quality.js";
import { heapMB, latency, table, timed } from "./stats.js";
import { prng, syntheticCorpus, syntheticQuestions } from "./synthetic.js";

const quick = process.argv.includes("--quick");
/** `--only http` (or quality, startup, latency, scale): run one section. */
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const runs = (section: string) => only === undefined || only === section;
const full = process.argv.includes("--full");
const ROOT = join(import.meta.dirname, "..");
const DEV = join(ROOT, "tests", "fixtures", "dev.jsonl");

/** A few thousand mixed questions about the shipped corpus: every kind, typos, and declines. */
function shippedQuestions(engine: Engine, count: number): string[] {
  const kb = engine.knowledge;
  const pool = [
    ...kb.people.map((p) => `who is ${p.name}`),
    ...kb.people.map((p) => `who is ${p.name.toLowerCase().slice(0, -1)}`),
    ...kb.orgs.filter((o) => o.acronym).map((o) => `what is ${o.acronym}`),
    ...kb.roles.map((r) => `who is the ${r.title} of ${r.org}`),
    ...kb.events.map((e) => `when was the ${e.name} held`),
    ...kb.events.map((e) => `where was the ${e.name}`),
    ...kb.figures.map((f) => `how many ${f.counts}`),
    "what happened in November 2020",
    "who chaired the meeting",
    "what did Huai Jinpeng say about COVID",
    "who is Elon Musk",
    "what is the weather in Beijing tomorrow",
    "怀进鹏",
  ];
  const r = prng(3);
  return Array.from({ length: count }, () => pool[Math.floor(r() * pool.length)]);
}

async function main() {
  const report: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
  };
  const rows: string[][] = [["measure", "value", "notes"]];

  // Start-up on the shipped corpus, cold (no snapshot).
  const heap0 = heapMB();
  const load = await timed(() => Engine.load(join(ROOT, "corpus")));
  const engine = load.value;
  const first = await timed(() => engine.answer("who is Huai Jinpeng"));
  const startHeap = Math.round((heapMB() - heap0) * 10) / 10;
  if (runs("startup")) {
    report.startup = {
      loadMs: load.ms,
      firstAnswerMs: first.ms,
      heapMB: startHeap,
      articles: engine.articles.length,
      passages: engine.index.passages.length,
    };
    rows.push([
      "start-up: load+extract+index",
      `${load.ms} ms`,
      `${engine.articles.length} articles, ${engine.index.passages.length} passages, +${startHeap} MB heap`,
    ]);
    rows.push(["start-up: first answer", `${first.ms} ms`, "includes lazy lookup tables"]);
  }

  if (runs("quality")) {
    const quality = await measureQuality(engine, DEV);
    report.quality = quality;
    rows.push(["quality: cast-bot (dev)", `${quality.engine}/${quality.questions}`, "tests/fixtures/dev.jsonl"]);
    rows.push([
      "quality: minisearch baseline",
      `${quality.baseline}/${quality.questions}`,
      "sentence passages, default options, best passage",
    ]);
  }

  const mixed = shippedQuestions(engine, quick ? 1000 : 3000);
  if (runs("latency")) {
    const shipped = latency(mixed, (q) => engine.answer(q));
    report.latency = shipped;
    rows.push([
      "query latency (shipped)",
      `p50 ${shipped.p50} · p95 ${shipped.p95} · p99 ${shipped.p99} ms`,
      `${shipped.count} mixed questions`,
    ]);
  }

  if (runs("http")) {
    const http = await measureHttp({
      durationSec: quick ? 3 : 5,
      rounds: quick ? 1 : 3,
      connections: 10,
      questions: mixed.slice(0, 200),
    });
    report.http = http;
    rows.push([
      "HTTP bare Bolt (ack only)",
      `${http.bare.rps} req/s · p99 ${http.bare.p99} ms`,
      `${http.bare.requests} requests, ${http.bare.non2xx} non-2xx`,
    ]);
    rows.push([
      "HTTP cast-bot /cast",
      `${http.bot.rps} req/s · p99 ${http.bot.p99} ms`,
      `${http.bot.requests} requests, ${http.bot.non2xx} non-2xx`,
    ]);
    rows.push([
      "HTTP ratio (bot / bare)",
      `${Math.round(http.ratio * 100)} %`,
      `target ≥ 80 % · rounds bare ${http.rounds.bare.join("/")} · bot ${http.rounds.bot.join("/")} req/s`,
    ]);
    rows.push([
      "HTTP bare Bolt acking the answer",
      `${http.payload.rps} req/s · p99 ${http.payload.p99} ms`,
      `${Math.round(http.payloadRatio * 100)} % of bare: the same message, computed once`,
    ]);
    rows.push([
      "HTTP cast-bot, no answer cache",
      `${http.uncached.rps} req/s · p99 ${http.uncached.p99} ms`,
      `${Math.round(http.uncachedRatio * 100)} % of bare: every request runs the engine`,
    ]);
  }
  const sizes = !runs("scale") ? [] : quick ? [1000] : full ? [1000, 10000, 100000] : [1000, 10000];
  const scale: unknown[] = [];
  for (const size of sizes) {
    const articles = syntheticCorpus(size);
    const before = heapMB();
    const build = await timed(() => new Engine(articles));
    const heap = Math.round((heapMB() - before) * 10) / 10;
    const snapDir = join(ROOT, "bench", "results", `.snapshot-${size}`);
    await rm(snapDir, { recursive: true, force: true });
    await timed(() => Engine.withSnapshot(articles, new Map(), snapDir));
    const warm = await timed(() => Engine.withSnapshot(articles, new Map(), snapDir));
    await rm(snapDir, { recursive: true, force: true });
    const qs = syntheticQuestions(articles, quick ? 200 : 500);
    const lat = latency(qs, (q) => build.value.answer(q));
    const answered = qs.filter((q) => build.value.answer(q).answer !== "").length;
    scale.push({
      articles: size,
      passages: build.value.index.passages.length,
      buildMs: build.ms,
      snapshotLoadMs: warm.ms,
      heapMB: heap,
      latency: lat,
      answered: answered / qs.length,
    });
    rows.push([
      `scale ${size.toLocaleString("en")} articles`,
      `build ${(build.ms / 1000).toFixed(1)} s · snapshot ${(warm.ms / 1000).toFixed(1)} s · ${heap} MB`,
      `p50 ${lat.p50} · p99 ${lat.p99} ms · ${Math.round((answered / qs.length) * 100)}% answered (${qs.length} q., 10% meant to be declined)`,
    ]);
  }
  if (scale.length) report.scale = scale;

  console.log(table(rows));
  const dir = join(ROOT, "bench", "results");
  await mkdir(dir, { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (only === undefined) await writeFile(join(dir, "latest.json"), json);
  const file = `${String(report.date).slice(0, 19).replace(/:/g, "-")}${quick ? "-quick" : ""}${full ? "-full" : ""}${only ? `-${only}` : ""}.json`;
  await writeFile(join(dir, file), json);
  console.log(`\nwritten: bench/results/${only ? "" : "latest.json and "}${file}`);
}

await main();
