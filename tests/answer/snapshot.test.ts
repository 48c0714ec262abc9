import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Engine } from "../../src/answer/engine.js";
import { SNAPSHOT_FILE } from "../../src/answer/snapshot.js";
import { parseEvalFile } from "../../src/eval/score.js";
import { SEED_CORPUS } from "../helpers.js";

let corpus: string;
let data: string;
beforeEach(async () => {
  corpus = await mkdtemp(join(tmpdir(), "cast-snap-corpus-"));
  data = await mkdtemp(join(tmpdir(), "cast-snap-data-"));
  await cp(SEED_CORPUS, corpus, { recursive: true });
});
afterEach(async () => {
  await rm(corpus, { recursive: true, force: true });
  await rm(data, { recursive: true, force: true });
});

describe("start-up snapshot", () => {
  it("is written on a build, restored on the next start, and answers exactly the same", async () => {
    const built = await Engine.load(corpus, { snapshotDir: data });
    expect(built.source).toBe("build");
    const restored = await Engine.load(corpus, { snapshotDir: data });
    expect(restored.source).toBe("snapshot");
    const questions = parseEvalFile(await readFile(join(import.meta.dirname, "..", "fixtures", "dev.jsonl"), "utf8")).map(
      (c) => c.q,
    );
    for (const q of [...questions, "huai jinpng", "what did Huai Jinpeng say about COVID", "what happened in November 2020"]) {
      expect(restored.answer(q), q).toEqual(built.answer(q));
    }
  });

  it("is rebuilt when the corpus changes, and when the file is corrupt", async () => {
    await Engine.load(corpus, { snapshotDir: data });
    await writeFile(
      join(corpus, "new.md"),
      "---\ntitle: Zed Quarry, president of the Lunar Society (LS), spoke.\n---\nZed Quarry, president of the Lunar Society (LS), spoke.\n",
    );
    const changed = await Engine.load(corpus, { snapshotDir: data });
    expect(changed.source).toBe("build");
    expect(changed.answer("who is Zed Quarry").answer).toContain("Lunar Society");
    await writeFile(join(data, SNAPSHOT_FILE), "{ not json");
    const recovered = await Engine.load(corpus, { snapshotDir: data });
    expect(recovered.source).toBe("build");
    expect((await Engine.load(corpus, { snapshotDir: data })).source).toBe("snapshot");
  });
});
