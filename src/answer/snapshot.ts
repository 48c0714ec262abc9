/**
 * The start-up snapshot: the built index and knowledge, stored in DATA_DIR and used only while the
 * corpus, the aliases and the code that extracts and indexes are exactly the same. Any change to
 * either gives another key, so a stale snapshot is never served: it is rebuilt instead.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { Article } from "../corpus/article.js";
import type { CuratedAliases } from "../facts/aliases.js";
import type { PlainKnowledge } from "../facts/serialize.js";
import type { IndexSnapshot } from "../search/index.js";
import { writeFileAtomic } from "../store/atomic.js";

export const SNAPSHOT_FILE = "index-snapshot.json";
const FORMAT = 1;
const SOURCE_DIR = join(import.meta.dirname, "..");

export interface Snapshot {
  format: number;
  key: string;
  knowledge: PlainKnowledge;
  index: IndexSnapshot;
}

let codeHash: Promise<string> | undefined;

/** A hash of the source files (the extractors and the index are code: their change is a new key). */
export function codeFingerprint(): Promise<string> {
  codeHash ??= (async () => {
    const hash = createHash("sha256");
    const walk = async (dir: string): Promise<string[]> => {
      const entries = await readdir(dir, { withFileTypes: true });
      const nested = await Promise.all(
        entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))),
      );
      return nested.flat();
    };
    for (const file of (await walk(SOURCE_DIR)).filter((f) => /\.(ts|js)$/.test(f)).sort()) {
      hash.update(relative(SOURCE_DIR, file));
      hash.update(await readFile(file));
    }
    return hash.digest("hex");
  })();
  return codeHash;
}

/** The key of a corpus as the engine would index it. */
export async function snapshotKey(articles: Article[], aliases: CuratedAliases): Promise<string> {
  const hash = createHash("sha256");
  hash.update(`format ${FORMAT}\n${await codeFingerprint()}\n`);
  for (const a of articles) hash.update(JSON.stringify([a.id, a.title, a.date, a.source, a.url, a.lang, a.body]));
  hash.update(JSON.stringify([...aliases]));
  return hash.digest("hex");
}

/** The stored snapshot if it has this key; undefined if missing, stale or unreadable. */
export async function readSnapshot(dir: string, key: string): Promise<Snapshot | undefined> {
  try {
    const snapshot = JSON.parse(await readFile(join(dir, SNAPSHOT_FILE), "utf8")) as Snapshot;
    return snapshot.format === FORMAT && snapshot.key === key ? snapshot : undefined;
  } catch {
    return undefined;
  }
}

/** Written atomically, so a crash never leaves half a snapshot. */
export async function writeSnapshot(dir: string, snapshot: Snapshot): Promise<void> {
  await writeFileAtomic(join(dir, SNAPSHOT_FILE), JSON.stringify(snapshot));
}
