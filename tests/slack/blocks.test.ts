import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/types.js";
import { runConsole } from "../../src/console/repl.js";
import type { Article } from "../../src/corpus/article.js";
import { answerMessage, helpMessage, sourcesMessage } from "../../src/slack/blocks.js";
import { Bot } from "../../src/slack/bot.js";
import { escapeMrkdwn } from "../../src/slack/escape.js";
import { LIMITS } from "../../src/slack/limits.js";
import { MemoryFeedback } from "../../src/store/feedback.js";
import { engineFor, SEED_CORPUS } from "../helpers.js";

/** Every text of a message against Slack's limits. */
function assertWithinLimits(m: { text: string; blocks: unknown[] }) {
  expect(m.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
  expect(m.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
  for (const b of m.blocks as {
    type: string;
    text?: { text: string };
    elements?: { text?: string | { text: string }; value?: string }[];
  }[]) {
    if (b.type === "section") expect(b.text?.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    if (b.type === "header") expect(b.text?.text.length).toBeLessThanOrEqual(LIMITS.headerText);
    if (b.type === "context") expect(b.elements?.length).toBeLessThanOrEqual(LIMITS.contextElements);
    if (b.type === "actions")
      for (const e of b.elements ?? []) {
        expect(typeof e.text === "object" && e.text.text.length).toBeLessThanOrEqual(LIMITS.buttonText);
        expect(e.value?.length ?? 0).toBeLessThanOrEqual(LIMITS.buttonValue);
      }
  }
}

const huge = "word ".repeat(5000);
const bigAnswer: Answer = {
  query: huge,
  answer: huge.slice(0, 300),
  facts: Array.from({ length: 40 }, () => ({ subject: huge, relation: huge, object: huge, article: "a", sentence: huge })),
  passages: Array.from({ length: 5 }, () => ({
    article: "a",
    title: huge,
    date: "2020-01-01",
    text: huge,
    score: 1,
    alsoIn: [{ article: "b", title: huge }],
  })),
  suggestions: Array.from({ length: 5 }, () => huge),
  intent: "search",
};

describe("Block Kit messages", () => {
  it("stay within Slack's limits whatever the size of the answer", () => {
    assertWithinLimits(answerMessage(bigAnswer, { interactive: true }));
    assertWithinLimits(answerMessage({ ...bigAnswer, answer: "" }, { interactive: true, askedBy: "U1" }));
    assertWithinLimits(helpMessage([huge, huge]));
  });

  it("list hundreds of sources within 50 blocks", () => {
    const articles: Article[] = Array.from({ length: 2000 }, (_, i) => ({
      id: `a${i}`,
      file: "f",
      title: `Article number ${i} ${"long title ".repeat(10)}`,
      body: "x",
    }));
    const m = sourcesMessage(articles);
    assertWithinLimits(m);
    expect(JSON.stringify(m.blocks.at(-1))).toContain("more blocks left out");
  });

  it("escape what could ping or link", () => {
    expect(escapeMrkdwn("<!channel> & <@U1> @here <http://x|y>")).toBe(
      "&lt;!channel&gt; &amp; &lt;@U1&gt; @\u2060here &lt;http://x|y&gt;",
    );
  });
});

describe("console", () => {
  it("renders the Slack message as text and keeps the conversation's focus", async () => {
    const bot = new Bot({ engine: await engineFor(SEED_CORPUS), feedback: new MemoryFeedback(), rateLimitPerMinute: 100 });
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = "";
    output.on("data", (c) => {
      printed += c;
    });
    const done = runConsole(bot, undefined, input, output);
    input.end("/cast who is Huai Jinpeng\nwhat did he say about COVID\n/cast sources\n");
    await done;
    expect(printed).toContain("Huai Jinpeng is executive vice president");
    expect(printed).toContain("[Share in channel] [👍] [👎]");
    expect(printed).toContain("battle against the COVID-19 pandemic");
    expect(printed).toContain("== 5 articles ==");
  });
});
