import { beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/answer/engine.js";
import { dayNumber, previousDay, zoned } from "../../src/digest/clock.js";
import { composeDigest, isEmpty, spotlightQuestions, summaryOf } from "../../src/digest/compose.js";
import { digestMessage } from "../../src/digest/message.js";
import { LIMITS } from "../../src/slack/limits.js";
import { engineFor, SEED_CORPUS } from "../helpers.js";

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor(SEED_CORPUS);
});

describe("clock", () => {
  it("reads wall time in a zone, across daylight-saving changes", () => {
    expect(zoned(new Date("2026-03-29T00:59:00Z"), "Europe/Paris")).toEqual({ date: "2026-03-29", time: "01:59" });
    expect(zoned(new Date("2026-03-29T01:00:00Z"), "Europe/Paris")).toEqual({ date: "2026-03-29", time: "03:00" });
    expect(zoned(new Date("2026-10-25T00:30:00Z"), "Europe/Paris").time).toBe("02:30");
    expect(zoned(new Date("2026-10-25T01:30:00Z"), "Europe/Paris").time).toBe("02:30");
    expect(previousDay("2026-03-01")).toBe("2026-02-28");
    expect(dayNumber("1970-01-02")).toBe(1);
  });
});

describe("digest content on the seed corpus", () => {
  it("spotlights one entity a day, different on consecutive days, every entity in turn", () => {
    const questions = spotlightQuestions(engine);
    expect(questions.length).toBeGreaterThan(10);
    const seen = new Set<string>();
    let previous = "";
    for (let i = 0; i < questions.length; i++) {
      const date = new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
      const d = composeDigest({ engine, date, newArticles: [], questions: {} });
      expect(d.spotlight?.question).not.toBe(previous);
      previous = d.spotlight?.question ?? "";
      seen.add(previous);
      expect(d.spotlight?.answer.length).toBeGreaterThan(0);
    }
    expect(seen.size).toBe(questions.length);
  });

  it("tells what happened on this day in other years", () => {
    const d = composeDigest({ engine, date: "2026-11-08", newArticles: [], questions: {} });
    expect(d.onThisDay.map((i) => i.text)).toEqual(["2020: WSTDF 2020, Beijing (November 8, 2020)"]);
    const article = composeDigest({ engine, date: "2027-04-30", newArticles: [], questions: {} });
    expect(article.onThisDay.map((i) => i.text)).toEqual([
      "2020: CAST holds meeting to promote integration of science and technology with economy",
    ]);
  });

  it("lists new articles with a one-line summary from their first sentence", () => {
    const wstdf = engine.articles.find((a) => a.date === "2020-11-09");
    if (!wstdf) throw new Error("fixture");
    expect(summaryOf(wstdf)).toMatch(/^The 2nd World Science and Technology Development Forum \(WSTDF 2020\), hosted by/);
    const d = composeDigest({ engine, date: "2026-06-01", newArticles: [wstdf], questions: {} });
    expect(d.newArticles[0]).toMatchObject({ title: wstdf.title, date: "2020-11-09", source: "CAE" });
  });

  it("counts yesterday's questions and the unanswered ones, and is empty when there is nothing", () => {
    const d = composeDigest({
      engine,
      date: "2026-06-01",
      newArticles: [],
      questions: { "who is gong ke": { count: 3, unanswered: 0 }, "who is elon musk": { count: 2, unanswered: 2 } },
    });
    expect(d.asked).toEqual({
      top: [
        { question: "who is gong ke", count: 3 },
        { question: "who is elon musk", count: 2 },
      ],
      unanswered: [{ question: "who is elon musk", count: 2 }],
    });
    const text = JSON.stringify(digestMessage(d).blocks);
    expect(text).toContain("What people asked yesterday");
    expect(text).toContain("Could not answer");
    expect(isEmpty({ date: "x", newArticles: [], onThisDay: [] })).toBe(true);
  });

  it("renders within Slack's limits with a text fallback", () => {
    const d = composeDigest({
      engine,
      date: "2026-11-08",
      newArticles: engine.articles,
      questions: { q: { count: 1, unanswered: 1 } },
    });
    const m = digestMessage(d);
    expect(m.blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
    expect(m.text).toMatch(/^CAST digest for November 8, 2026: 5 new articles; spotlight: /);
    for (const b of m.blocks as { type: string; text?: { text: string } }[])
      if (b.type === "section") expect(b.text?.text.length).toBeLessThanOrEqual(3000);
  });
});
