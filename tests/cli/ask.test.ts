import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { article, OCEAN_CORPUS, tempCorpus } from "../helpers.js";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "..", "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");
const ask = (args: string[], input?: string) => {
  const child = run(TSX, ["src/cli/ask.ts", ...args], { cwd: ROOT, env: { ...process.env, CORPUS_DIR: "" } });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  return child;
};

describe("ask CLI", () => {
  it("--json prints the documented object", async () => {
    const { stdout } = await ask(["--json", "--corpus", OCEAN_CORPUS, "who is Maria Okonkwo"]);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(["query", "answer", "facts", "passages", "suggestions"]);
    expect(json.answer).toContain("director-general");
    expect(json.passages[0]).toHaveProperty("title");
  });

  it("--jsonl answers stdin line by line, in order", async () => {
    const { stdout } = await ask(
      ["--jsonl", "--corpus", OCEAN_CORPUS],
      "who is Maria Okonkwo\nwho is Elon Musk\n\nwhat is EMB\n",
    );
    const lines = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.query)).toEqual(["who is Maria Okonkwo", "who is Elon Musk", "what is EMB"]);
    expect(lines[1].answer).toBe("");
  });

  it("prints readable text with sources", async () => {
    const { stdout } = await ask(["--corpus", OCEAN_CORPUS, "where was GOSS 2021"]);
    expect(stdout).toMatch(/Lisbon/);
    expect(stdout).toMatch(/Sources:\n {2}1\. ".+"\n {5}— The 5th Global Ocean Science Summit Held in Lisbon, 2021-05-12/);
  });

  it("a malformed corpus stops with one line naming the file and field", async () => {
    const dir = await tempCorpus({ "broken.md": article("title: T\ndate: 2021-02-30") });
    const err = await ask(["--corpus", dir, "x"]).catch((e) => e);
    expect(err.code).toBe(1);
    expect(err.stderr.trim()).toMatch(/^corpus error: .*broken\.md: date: must be an ISO date YYYY-MM-DD$/);
  });
});
