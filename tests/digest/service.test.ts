import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { webApi } from "@slack/bolt";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answer/engine.js";
import { digestCommands } from "../../src/digest/commands.js";
import { DigestService } from "../../src/digest/service.js";
import { LineLogger } from "../../src/slack/logger.js";
import { FileStateStore } from "../../src/store/state.js";
import { engineFor, SEED_CORPUS } from "../helpers.js";
import { FakeSlack } from "../slack/fake-slack.js";

const CHANNEL = "C0DIGEST";
let engine: Engine;
const slack = new FakeSlack();
let client: webApi.WebClient;
let dir: string;
let clock: Date;
let logs: string[];

beforeAll(async () => {
  engine = await engineFor(SEED_CORPUS);
  await slack.start();
  client = new webApi.WebClient("xoxb-digest-test", { slackApiUrl: `${slack.url}api/`, retryConfig: { retries: 0 } });
});
afterAll(() => slack.stop());
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "cast-digest-"));
  slack.calls.length = 0;
  slack.history.clear();
  logs = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const logger = () => {
  const l = new LineLogger((line) => logs.push(line));
  return l;
};
const at = (iso: string) => {
  clock = new Date(iso);
};
/** A fresh service on the same state folder: what a restart looks like. */
const open = (options: { timeZone?: string; channels?: string[]; time?: string; withClient?: boolean } = {}) =>
  DigestService.open({
    store: new FileStateStore(dir, (m) => logs.push(m)),
    engine: () => engine,
    client: options.withClient === false ? undefined : client,
    defaults: { channels: options.channels ?? [CHANNEL], time: options.time ?? "09:00", timeZone: options.timeZone ?? "UTC" },
    logger: logger(),
    now: () => clock,
    retry: { attempts: 3, baseMs: 1 },
    questionSaveDelayMs: 0,
  });
const posts = () => slack.callsTo("chat.postMessage").filter((c) => c.body.channel === CHANNEL);
const state = async () => JSON.parse(await readFile(join(dir, "state.json"), "utf8"));

describe("posting once a day", () => {
  it("restarts before, at and after the posting minute post exactly once", async () => {
    at("2026-11-08T08:59:00Z");
    expect(await (await open()).runDue()).toEqual([]);
    at("2026-11-08T09:00:00Z");
    expect(await (await open()).runDue()).toEqual([CHANNEL]);
    at("2026-11-08T09:00:30Z");
    expect(await (await open()).runDue()).toEqual([]);
    at("2026-11-08T17:00:00Z");
    expect(await (await open()).runDue()).toEqual([]);
    expect(posts()).toHaveLength(1);
    const [post] = posts();
    expect(post.body.metadata).toEqual({ event_type: "cast_digest", event_payload: { date: "2026-11-08" } });
    expect(JSON.stringify(post.body.blocks)).toContain("On this day");
    expect((await state()).posted[CHANNEL]).toMatchObject({ date: "2026-11-08", status: "sent" });
    at("2026-11-09T09:00:00Z");
    expect(await (await open()).runDue()).toEqual([CHANNEL]);
    expect(posts()).toHaveLength(2);
  });

  it("a crash while posting never posts twice: Slack is asked whether the digest went out", async () => {
    at("2026-11-08T09:00:00Z");
    await (await open()).runDue();
    // The process died after Slack accepted the post but before "sent" was saved.
    const s = await state();
    s.posted[CHANNEL].status = "sending";
    await writeFile(join(dir, "state.json"), JSON.stringify(s));
    at("2026-11-08T09:01:00Z");
    expect(await (await open()).runDue()).toEqual([]);
    expect(posts()).toHaveLength(1);
    expect((await state()).posted[CHANNEL].status).toBe("sent");
    expect(slack.callsTo("conversations.history")[0].body).toMatchObject({ channel: CHANNEL, include_all_metadata: "true" });
  });

  it("a crash before Slack got the post posts it once on restart", async () => {
    at("2026-11-08T09:00:00Z");
    const s = {
      version: 1,
      subscriptions: { [CHANNEL]: { since: "2026-11-01T00:00:00Z" } },
      unsubscribed: [],
      posted: { [CHANNEL]: { date: "2026-11-08", status: "sending", at: "2026-11-01T00:00:00Z" } },
      articles: {},
      questions: {},
    };
    await writeFile(join(dir, "state.json"), JSON.stringify(s));
    expect(await (await open()).runDue()).toEqual([CHANNEL]);
    expect(await (await open()).runDue()).toEqual([]);
    expect(posts()).toHaveLength(1);
  });

  it("a digest missed while down is posted once when the bot comes back the same day, not the next", async () => {
    at("2026-11-08T08:00:00Z");
    await (await open()).runDue();
    at("2026-11-08T13:45:00Z");
    expect(await (await open()).runDue()).toEqual([CHANNEL]);
    expect(await (await open()).runDue()).toEqual([]);
    expect(posts()).toHaveLength(1);
    // Down all of the 9th, back on the 10th before the posting time: nothing for the 9th.
    at("2026-11-10T08:00:00Z");
    expect(await (await open()).runDue()).toEqual([]);
    expect(posts()).toHaveLength(1);
  });

  it("a post failing then succeeding is retried with backoff and marked sent only after Slack accepts it", async () => {
    at("2026-11-08T09:00:00Z");
    slack.failNext("chat.postMessage", { status: 500 }, 2);
    expect(await (await open()).runDue()).toEqual([CHANNEL]);
    expect(posts()).toHaveLength(3);
    expect((await state()).posted[CHANNEL].status).toBe("sent");
  });

  it("a post failing every time stays unsent, is logged, and goes out on a later run", async () => {
    at("2026-11-08T09:00:00Z");
    slack.failNext("chat.postMessage", { status: 500 }, 3);
    expect(await (await open()).runDue()).toEqual([]);
    expect((await state()).posted[CHANNEL].status).toBe("sending");
    expect(logs.some((l) => l.includes(`digest for ${CHANNEL} on 2026-11-08 not posted yet`))).toBe(true);
    at("2026-11-08T09:15:00Z");
    expect(await (await open()).runDue()).toEqual([CHANNEL]);
    expect((await state()).posted[CHANNEL].status).toBe("sent");
  });

  it("posts in the configured zone, correctly across daylight-saving changes", async () => {
    // 02:30 does not exist in Paris on 2026-03-29: it goes out at 03:00.
    at("2026-03-29T00:59:00Z");
    expect(await (await open({ timeZone: "Europe/Paris", time: "02:30" })).runDue()).toEqual([]);
    at("2026-03-29T01:00:00Z");
    expect(await (await open({ timeZone: "Europe/Paris", time: "02:30" })).runDue()).toEqual([CHANNEL]);
    // 02:30 happens twice on 2026-10-25: one digest.
    at("2026-10-25T00:30:00Z");
    expect(await (await open({ timeZone: "Europe/Paris", time: "02:30" })).runDue()).toEqual([CHANNEL]);
    at("2026-10-25T01:30:00Z");
    expect(await (await open({ timeZone: "Europe/Paris", time: "02:30" })).runDue()).toEqual([]);
    expect(posts()).toHaveLength(2);
  });
});

describe("state", () => {
  it("a corrupted state file gives a clear error, no crash, and is kept aside", async () => {
    await writeFile(join(dir, "state.json"), "{ this is not json");
    at("2026-11-08T09:00:00Z");
    const service = await open();
    expect(
      logs.some((l) => /state file .*state\.json is corrupt: not valid JSON .*kept aside as .*state\.json\.corrupt-/.test(l)),
    ).toBe(true);
    expect((await readdir(dir)).some((f) => f.startsWith("state.json.corrupt-"))).toBe(true);
    expect(await service.runDue()).toEqual([CHANNEL]);
  });

  it("a state file of the wrong shape is also kept aside, naming the field", async () => {
    await writeFile(
      join(dir, "state.json"),
      JSON.stringify({ version: 1, subscriptions: [], unsubscribed: [], posted: {}, articles: {}, questions: {} }),
    );
    at("2026-11-08T09:00:00Z");
    await open();
    expect(logs.some((l) => l.includes("is corrupt: subscriptions:"))).toBe(true);
  });

  it("counts questions without users, and yesterday's appear in today's digest", async () => {
    at("2026-11-07T15:00:00Z");
    const service = await open();
    service.recordQuestion("Who is Gong Ke?", true);
    service.recordQuestion("who is gong ke", true);
    service.recordQuestion("who is Elon Musk", false);
    await service.flush();
    expect((await state()).questions["2026-11-07"]).toEqual({
      "who is gong ke": { count: 2, unanswered: 0 },
      "who is elon musk": { count: 1, unanswered: 1 },
    });
    at("2026-11-08T09:00:00Z");
    await (await open()).runDue();
    const text = JSON.stringify(posts()[0].body.blocks);
    expect(text).toContain("who is gong ke (2)");
    expect(text).toContain("Could not answer");
    expect(await readFile(join(dir, "state.json"), "utf8")).not.toMatch(/U0[A-Z0-9]+/);
  });
});

describe("/cast digest", () => {
  it("previews, subscribes at a time, and unsubscribes the channel", async () => {
    at("2026-11-08T07:00:00Z");
    const service = await open({ channels: [] });
    let refreshed = 0;
    const commands = digestCommands(service, () => refreshed++);
    const preview = await commands.handle("", "C0NEW");
    expect(JSON.stringify(preview.blocks)).toContain("CAST digest · November 8, 2026");
    expect(JSON.stringify(preview.blocks)).toContain("Preview: only you can see this.");
    expect((await commands.handle("on 08:30", "C0NEW")).text).toContain("at 08:30 (UTC)");
    expect(service.subscriptions()).toEqual([{ channel: "C0NEW", time: "08:30" }]);
    expect(refreshed).toBe(1);
    at("2026-11-08T08:30:00Z");
    expect(await service.runDue()).toEqual(["C0NEW"]);
    expect((await commands.handle("off", "C0NEW")).text).toContain("no longer");
    expect(service.subscriptions()).toEqual([]);
    expect((await commands.handle("on 25:00", "C0NEW")).text).toContain("HH:MM");
    expect((await commands.handle("sideways", "C0NEW")).text).toContain("Usage");
  });

  it("a configured channel turned off stays off across restarts", async () => {
    at("2026-11-08T07:00:00Z");
    await digestCommands(await open()).handle("off", CHANNEL);
    expect((await open()).subscriptions()).toEqual([]);
  });
});
