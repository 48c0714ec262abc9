import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { emptyState, FileStateStore } from "../../src/store/state.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "cast-state-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("FileStateStore", () => {
  it("starts empty, and reads back what it saved", async () => {
    const store = new FileStateStore(dir);
    expect(await store.load()).toEqual(emptyState());
    const s = emptyState();
    s.subscriptions.C1 = { time: "08:00", since: "2026-01-01T00:00:00.000Z" };
    await store.save(s);
    expect(await new FileStateStore(dir).load()).toEqual(s);
  });

  it("ends with the last of many concurrent saves, and leaves no temp files", async () => {
    const store = new FileStateStore(dir);
    await Promise.all(
      Array.from({ length: 25 }, (_, i) => {
        const s = emptyState();
        s.unsubscribed = [`C${i}`];
        return store.save(s);
      }),
    );
    expect((await store.load()).unsubscribed).toEqual(["C24"]);
    expect(await readdir(dir)).toEqual(["state.json"]);
  });

  it("a crash mid-write (a half-written temp file) loses nothing", async () => {
    const store = new FileStateStore(dir);
    const s = emptyState();
    s.unsubscribed = ["C7"];
    await store.save(s);
    await writeFile(join(dir, "state.json.999.1.tmp"), '{"version":1,"subscr');
    expect((await new FileStateStore(dir).load()).unsubscribed).toEqual(["C7"]);
    expect(JSON.parse(await readFile(join(dir, "state.json"), "utf8")).unsubscribed).toEqual(["C7"]);
  });
});
