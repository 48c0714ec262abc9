/** Shared test helpers: corpora built once per file, temp folders cleaned up. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { Engine } from "../src/answer/engine.js";

export const SEED_CORPUS = join(import.meta.dirname, "..", "corpus");
export const OCEAN_CORPUS = join(import.meta.dirname, "fixtures", "ocean");

const cache = new Map<string, Promise<Engine>>();
/** One engine per corpus folder for the whole test run. */
export function engineFor(dir: string): Promise<Engine> {
  let e = cache.get(dir);
  if (!e) {
    e = Engine.load(dir);
    cache.set(dir, e);
  }
  return e;
}

/** A temp folder with the given files, removed after the test file. */
export async function tempCorpus(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "cast-bot-"));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

export const article = (front: string, body = "Some text about science.") => `---\n${front}\n---\n${body}\n`;
