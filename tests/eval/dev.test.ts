import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseEvalFile, scoreCase, summarize } from "../../src/eval/score.js";
import { engineFor, SEED_CORPUS } from "../helpers.js";

const DEV = join(import.meta.dirname, "..", "fixtures", "dev.jsonl");

describe("dev questions", () => {
  it("passes at least 21 of 22", async () => {
    const engine = await engineFor(SEED_CORPUS);
    const cases = parseEvalFile(await readFile(DEV, "utf8"), DEV);
    expect(cases).toHaveLength(22);
    const summary = summarize(cases.map((c) => scoreCase(c, engine.answer(c.q))));
    expect(summary.failures.map((f) => `${f.case.id}: ${f.reasons.join("; ")}`)).toEqual([]);
    expect(summary.passed).toBeGreaterThanOrEqual(21);
  });

  it("scores strictly: groups, alternatives, length, declines, evidence", () => {
    const base = { query: "q", facts: [], suggestions: [], intent: "x" };
    const passage = { article: "a", title: "t", text: "held in Beijing", score: 1 };
    const c = { id: "x", q: "q", answer_has: ["Wan Gang", "CAST|China Association"], evidence_has: ["Beijing"] };
    expect(scoreCase(c, { ...base, answer: "Wan Gang is president of CAST.", passages: [passage] }).pass).toBe(true);
    expect(scoreCase(c, { ...base, answer: "Wan Gang is president.", passages: [passage] }).pass).toBe(false);
    expect(scoreCase(c, { ...base, answer: "Wan Gang is president of CAST.", passages: [] }).pass).toBe(false);
    expect(scoreCase(c, { ...base, answer: `Wan Gang of CAST ${"x".repeat(300)}`, passages: [passage] }).pass).toBe(false);
    expect(scoreCase({ id: "n", q: "q", no_answer: true }, { ...base, answer: "something", passages: [] }).pass).toBe(false);
    expect(() => parseEvalFile('{"id":"x"}\n', "f.jsonl")).toThrowError(/f\.jsonl:1: q:/);
  });
});
