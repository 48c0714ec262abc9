import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.js";
import { type Runtime, startRuntime } from "../src/runtime.js";
import { LineLogger } from "../src/slack/logger.js";
import { article, OCEAN_CORPUS } from "./helpers.js";
import { FakeSlack } from "./slack/fake-slack.js";

/** The whole bot, as `npm start` assembles it, on a fake Slack, a copied corpus and a set clock. */
describe("runtime: the corpus folder is watched", () => {
  const slack = new FakeSlack();
  const logs: string[] = [];
  let runtime: Runtime;
  let corpus: string;
  let data: string;
  let clock = new Date("2026-05-11T08:00:00Z");

  beforeAll(async () => {
    await slack.start();
    corpus = await mkdtemp(join(tmpdir(), "cast-corpus-"));
    data = await mkdtemp(join(tmpdir(), "cast-data-"));
    await cp(OCEAN_CORPUS, corpus, { recursive: true });
    const config = loadConfig({
      SLACK_BOT_TOKEN: "xoxb-runtime-test",
      SLACK_SIGNING_SECRET: "abcdef0123456789abcdef",
      SLACK_API_URL: `${slack.url}api/`,
      PORT: "0",
      CORPUS_DIR: corpus,
      DATA_DIR: data,
      DIGEST_CHANNELS: "C0WATCH",
      DIGEST_TIME: "09:00",
    });
    runtime = await startRuntime(config, {
      logger: new LineLogger((l) => logs.push(l)),
      clientOptions: { retryConfig: { retries: 0 } },
      now: () => clock,
      schedule: false,
      watchDebounceMs: 50,
    });
  });
  afterAll(async () => {
    await runtime.stop();
    await slack.stop();
    await rm(corpus, { recursive: true, force: true });
    await rm(data, { recursive: true, force: true });
  });

  const until = async (check: () => boolean, what: string) => {
    const end = Date.now() + 5000;
    while (!check()) {
      if (Date.now() > end) throw new Error(`timed out: ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it("a new article is indexed without a restart and is in the next digest", async () => {
    expect(runtime.bot.answer("who is Ines Varga").answer).toBe("");
    clock = new Date("2026-05-11T08:30:00Z");
    await writeFile(
      join(corpus, "2021-06-01-coral-census.md"),
      article(
        'title: "Coral census counts 1,400 reefs"\ndate: 2021-06-01',
        "Ines Varga, chief scientist of the Reef Watch Network (RWN), announced the census of 1,400 reefs on June 1, 2021.",
      ),
    );
    await until(() => runtime.engine().articles.length === 3, "reload");
    expect(runtime.bot.answer("who is Ines Varga").answer).toBe("Ines Varga is chief scientist of the Reef Watch Network (RWN).");
    clock = new Date("2026-05-11T09:00:00Z");
    expect(await runtime.digest.runDue()).toEqual(["C0WATCH"]);
    const [post] = slack.callsTo("chat.postMessage");
    expect(JSON.stringify(post.body.blocks)).toContain("New in the corpus");
    expect(JSON.stringify(post.body.blocks)).toContain("Coral census counts 1,400 reefs");
    expect(JSON.stringify(post.body.blocks)).not.toContain("The 5th Global Ocean Science Summit Held in Lisbon · 2021-05-12");
  });

  it("a bad file is reported and skipped; its last good version and the rest keep serving", async () => {
    await writeFile(join(corpus, "2021-06-01-coral-census.md"), "---\ntitle: [broken\n---\nbody\n");
    await writeFile(join(corpus, "zz-new-bad.md"), article("date: 2021-01-01"));
    await until(() => logs.some((l) => l.includes("zz-new-bad.md: title: is required")), "report");
    await until(() => logs.some((l) => l.includes("2021-06-01-coral-census.md: bad YAML")), "report");
    expect(
      runtime
        .engine()
        .articles.map((a) => a.id)
        .sort(),
    ).toEqual(["2021-05-12-ocean-summit", "2021-06-01-coral-census", "experts-ocean-data"]);
    expect(runtime.bot.answer("who is Ines Varga").answer).toContain("chief scientist");
    expect(runtime.bot.answer("who is Maria Okonkwo").answer).toContain("director-general");
  });
});
