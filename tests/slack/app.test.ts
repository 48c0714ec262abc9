import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Engine } from "../../src/answer/engine.js";
import type { Answerer } from "../../src/slack/bot.js";
import { article, engineFor, SEED_CORPUS, tempCorpus } from "../helpers.js";
import { BOT_ID, BOT_USER } from "./fake-slack.js";
import { BOT_TOKEN, blockText, type Harness, SIGNING_SECRET, sign, startHarness, withHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness(await engineFor(SEED_CORPUS));
});
afterAll(() => h.close());

/** An app_mention event from U0USER1. */
const mention = (ts: string, text: string, channel = "C0THREAD") => ({
  type: "app_mention",
  user: "U0USER1",
  text,
  ts,
  channel,
  event_ts: ts,
});

const json = async (r: Response) => (await r.json()) as { response_type?: string; blocks?: unknown[]; text?: string };

describe("HTTP endpoint", () => {
  it("answers url_verification with the challenge", async () => {
    const r = await h.post(
      "/slack/events",
      JSON.stringify({ type: "url_verification", challenge: "c-123", token: "x" }),
      "application/json",
    );
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ challenge: "c-123" });
  });

  it("refuses a bad signature and a stale timestamp with 401", async () => {
    const body = JSON.stringify({ type: "url_verification", challenge: "c" });
    const badSig = await fetch(`${h.baseUrl}/slack/events`, {
      method: "POST",
      body,
      headers: {
        "content-type": "application/json",
        "x-slack-request-timestamp": String(Math.floor(Date.now() / 1000)),
        "x-slack-signature": "v0=deadbeef",
      },
    });
    expect(badSig.status).toBe(401);
    const old = Math.floor(Date.now() / 1000) - 10 * 60;
    const stale = await fetch(`${h.baseUrl}/slack/events`, {
      method: "POST",
      body,
      headers: {
        "content-type": "application/json",
        "x-slack-request-timestamp": String(old),
        "x-slack-signature": sign(body, old),
      },
    });
    expect(stale.status).toBe(401);
    const unsigned = await fetch(`${h.baseUrl}/slack/events`, {
      method: "POST",
      body,
      headers: { "content-type": "application/json" },
    });
    expect(unsigned.status).toBe(401);
  });

  it("serves /healthz", async () => {
    const r = await fetch(`${h.baseUrl}/healthz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ ok: true, articles: 5 });
  });
});

describe("/cast", () => {
  it("answers ephemerally in the acknowledgement, with facts, sources and buttons", async () => {
    const r = await h.command("who is the president of CAST");
    expect(r.status).toBe(200);
    const body = await json(r);
    expect(body.response_type).toBe("ephemeral");
    const text = blockText(body);
    expect(text).toContain("Wan Gang is President of CAST");
    expect(text).toContain("The 2nd World Science and Technology Development Forum Held in Beijing");
    expect(text).toContain("2020-11-09");
    expect(text).toContain('"action_id":"share_answer"');
    expect(text).toContain('"action_id":"feedback_up"');
    expect(body.text).toContain("Wan Gang");
  });

  it("shows usage with examples for /cast and /cast help, and lists the articles for /cast sources", async () => {
    for (const t of ["", "help"]) {
      const text = blockText(await json(await h.command(t)));
      expect(text).toContain("/cast sources");
      expect(text).toMatch(/\/cast who is [A-Z]/);
    }
    const sources = blockText(await json(await h.command("sources")));
    expect(sources).toContain("5 articles");
    expect(sources).toContain("CAST holds meeting to promote integration of science and technology with economy · 2020-04-30");
  });

  it("declines briefly and offers what it knows as buttons", async () => {
    const text = blockText(await json(await h.command("who is Elon Musk")));
    expect(text).toContain("I don't know that from the articles I have.");
    expect(text).toContain("ask_suggestion_0");
    expect(text).not.toContain("share_answer");
  });
});

describe("buttons", () => {
  it("Share in channel posts the answer saying who asked, and replaces the ephemeral message", async () => {
    const before = h.slack.callsTo("chat.postMessage").length;
    const r = await h.action("share_answer", "who is the president of CAST", "U0ASKER", "C0SHARE");
    expect(r.status).toBe(200);
    const [post] = (await h.slack.waitFor("chat.postMessage", before + 1)).slice(before);
    expect(post.body.channel).toBe("C0SHARE");
    expect(post.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(blockText(post.body)).toContain("<@U0ASKER> asked: who is the president of CAST");
    expect(blockText(post.body)).toContain("Wan Gang is President of CAST");
    expect(blockText(post.body)).not.toContain("share_answer");
    const responded = await h.slack.waitFor("respond/action");
    expect(responded.at(-1)?.body).toMatchObject({ replace_original: true, text: "Shared in the channel." });
  });

  it("👍 is recorded and the buttons give way to a thank-you", async () => {
    const before = h.slack.callsTo("respond/action").length;
    await h.action("feedback_up", "who is Gong Ke");
    const responded = (await h.slack.waitFor("respond/action", before + 1)).at(-1);
    expect(h.feedback.votes).toContainEqual({ question: "who is Gong Ke", vote: "up" });
    const text = blockText(responded?.body as { blocks: unknown[] });
    expect(text).toContain("Thanks for the feedback!");
    expect(text).not.toContain("feedback_up");
    expect(responded?.body.replace_original).toBe(true);
  });

  it("a suggestion button asks that question", async () => {
    const before = h.slack.callsTo("respond/action").length;
    await h.action("ask_suggestion_1", "who is Gong Ke");
    const responded = (await h.slack.waitFor("respond/action", before + 1)).at(-1);
    expect(blockText(responded?.body as { blocks: unknown[] })).toContain("Gong Ke is president of the World Federation");
  });
});

describe("mentions, threads and direct messages", () => {
  const message = (fields: Record<string, unknown>) => ({
    type: "message",
    channel: "C0THREAD",
    channel_type: "channel",
    user: "U0USER1",
    ...fields,
  });

  it("answers a mention in a thread under it, then a pronoun follow-up in that thread without a mention", async () => {
    const before = h.slack.callsTo("chat.postMessage").length;
    await h.event(mention("1700000100.000001", `<@${BOT_USER}> who is Huai Jinpeng`));
    const first = (await h.slack.waitFor("chat.postMessage", before + 1)).at(-1);
    expect(first?.body).toMatchObject({ channel: "C0THREAD", thread_ts: "1700000100.000001" });
    expect(blockText(first?.body ?? {})).toContain("executive vice president");

    await h.event(message({ text: "what did he say about COVID?", ts: "1700000100.000500", thread_ts: "1700000100.000001" }));
    const second = (await h.slack.waitFor("chat.postMessage", before + 2)).at(-1);
    expect(second?.body.thread_ts).toBe("1700000100.000001");
    expect(blockText(second?.body ?? {})).toContain("COVID-19");
    expect(blockText(second?.body ?? {})).toContain("Huai");
  });

  it("leaves alone threads it is not in, its own messages, other bots, edits and other subtypes; answers DMs", async () => {
    const before = h.slack.callsTo("chat.postMessage").length;
    await h.event(message({ text: "who is Gong Ke", ts: "1700000200.000002", thread_ts: "1700000200.000001" }));
    await h.event(message({ text: "who is Gong Ke", ts: "1700000200.000003" }));
    await h.event(message({ text: "who is Gong Ke", ts: "1700000200.000004", user: BOT_USER, thread_ts: "1700000100.000001" }));
    await h.event(
      message({ text: "who is Gong Ke", ts: "1700000200.000005", bot_id: "B0OTHER", thread_ts: "1700000100.000001" }),
    );
    await h.event(
      message({
        subtype: "message_changed",
        ts: "1700000200.000006",
        thread_ts: "1700000100.000001",
        message: { text: "who is Gong Ke" },
      }),
    );
    await h.event(
      message({
        subtype: "bot_message",
        text: "who is Gong Ke",
        ts: "1700000200.000007",
        bot_id: BOT_ID,
        thread_ts: "1700000100.000001",
      }),
    );
    // A direct message is answered: once it is, every event sent before it has been processed too.
    await h.event({
      type: "message",
      channel: "D0DIRECT",
      channel_type: "im",
      user: "U0USER2",
      text: "who is Gong Ke",
      ts: "1700000200.000008",
    });
    const posts = (await h.slack.waitFor("chat.postMessage", before + 1)).slice(before);
    await new Promise((r) => setTimeout(r, 100));
    expect(
      h.slack
        .callsTo("chat.postMessage")
        .slice(before)
        .map((p) => p.body.channel),
    ).toEqual(["D0DIRECT"]);
    expect(blockText(posts[0].body)).toContain("Gong Ke is president");
  });

  it("answers a retried event once", async () => {
    const before = h.slack.callsTo("chat.postMessage").length;
    const event = mention("1700000300.000001", `<@${BOT_USER}> what is AAAS`);
    await h.event(event, "EvRETRY1");
    await h.event(event, "EvRETRY1", { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" });
    await h.event(event, "EvRETRY1", { "x-slack-retry-num": "2", "x-slack-retry-reason": "http_timeout" });
    await h.slack.waitFor("chat.postMessage", before + 1);
    await new Promise((r) => setTimeout(r, 150));
    expect(h.slack.callsTo("chat.postMessage").length).toBe(before + 1);
  });
});

describe("when the Slack API fails", () => {
  it("retries a 500 and a 429 with Retry-After, and the user still gets the answer", async () => {
    const before = h.slack.callsTo("chat.postMessage").length;
    h.slack.failNext("chat.postMessage", { status: 500 });
    await h.event(mention("1700000400.000001", `<@${BOT_USER}> who is Gong Ke`, "C0FAIL"));
    const posts = (await h.slack.waitFor("chat.postMessage", before + 2)).slice(before);
    expect(posts.map((p) => p.body.channel)).toEqual(["C0FAIL", "C0FAIL"]);

    h.slack.failNext("chat.postMessage", { status: 429, retryAfter: 1 });
    await h.event(mention("1700000400.000002", `<@${BOT_USER}> what is CAE`, "C0FAIL"));
    const more = (await h.slack.waitFor("chat.postMessage", before + 4)).slice(before + 2);
    expect(blockText(more[1].body)).toContain("Chinese Academy of Engineering");
  });

  it("logs a call that keeps failing, and keeps serving", async () => {
    h.slack.failNext("chat.postMessage", { status: 500 }, 6);
    await h.event(mention("1700000500.000001", `<@${BOT_USER}> who is Gong Ke`, "C0DOWN"));
    const deadline = Date.now() + 5000;
    while (!h.logs.some((l) => l.includes("answering in C0DOWN failed")) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    expect(h.logs.some((l) => l.includes("answering in C0DOWN failed"))).toBe(true);
    const r = await h.command("who is Gong Ke");
    expect(blockText(await json(r))).toContain("Gong Ke");
  });
});

describe("safety", () => {
  it("never logs the bot token or the signing secret", () => {
    expect(h.logs.length).toBeGreaterThan(0);
    for (const line of h.logs) {
      expect(line).not.toContain(BOT_TOKEN);
      expect(line).not.toContain(SIGNING_SECRET);
    }
  });

  it("renders a corpus passage holding <!channel> and links harmless", async () => {
    const dir = await tempCorpus({
      "alert.md": article(
        'title: "Alert <!here> & news"',
        "Rex Morgan, president of the Harbour Society (HS), said <!channel> <@U999> <!subteam^S1> <https://evil.example|click> @everyone should read this.",
      ),
    });
    await withHarness(await Engine.load(dir), {}, async (local) => {
      const text = blockText(await json(await local.command("who is Rex Morgan")));
      expect(text).toContain("Rex Morgan is president of the Harbour Society");
      expect(text).toContain("&lt;!channel&gt;");
      expect(text).toContain("Alert &lt;!here&gt; &amp; news");
      for (const raw of ["<!channel>", "<!here>", "<@U999>", "<!subteam", "<https://evil", "@everyone"])
        expect(text).not.toContain(raw);
    });
  });

  it("answers politely and logs the cause when a listener throws", async () => {
    const broken: Answerer = {
      articles: [],
      examples: () => [],
      answer: () => {
        throw new Error("index exploded");
      },
    };
    await withHarness(broken, {}, async (local) => {
      const body = await json(await local.command("who is anyone"));
      expect(body.text).toMatch(/^Sorry, something went wrong/);
      await local.event(mention("1700000600.000001", `<@${BOT_USER}> who`, "C0ERR"));
      const [post] = await local.slack.waitFor("chat.postMessage");
      expect(post.body).toMatchObject({ channel: "C0ERR", thread_ts: "1700000600.000001" });
      expect(String(post.body.text)).toMatch(/^Sorry, something went wrong/);
      expect(local.logs.some((l) => l.includes("index exploded"))).toBe(true);
    });
  });

  it("limits questions per user, politely", async () => {
    await withHarness(await engineFor(SEED_CORPUS), { rateLimitPerMinute: 2 }, async (local) => {
      await local.command("who is Gong Ke", "U0FAST");
      await local.command("who is Gong Ke", "U0FAST");
      const third = blockText(await json(await local.command("who is Gong Ke", "U0FAST")));
      expect(third).toMatch(/asking faster than I can keep up\. Please try again in \d+ seconds?/);
      expect(blockText(await json(await local.command("who is Gong Ke", "U0SLOW")))).toContain("Gong Ke is president");
    });
  });
});
