import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Article } from "./article.js";
import { CorpusError } from "./errors.js";
import { parseArticle } from "./parse.js";

export const ALIASES_FILE = "aliases.yml";

/** Markdown files of a corpus folder, sorted so loading is deterministic. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CorpusError(dir, code === "ENOENT" ? "corpus folder not found" : `cannot read folder (${code})`);
  }
  return names
    .filter((n) => n.endsWith(".md") && !n.startsWith("."))
    .sort()
    .map((n) => join(dir, n));
}

/**
 * Reload a folder while serving: a bad file is reported and skipped, keeping its previous good
 * version if there was one, so nothing already known is lost.
 */
export async function reloadCorpus(dir: string, previous: Article[], report: (err: CorpusError) => void): Promise<Article[]> {
  const files = await listArticleFiles(dir);
  const byFile = new Map(previous.map((a) => [a.file, a]));
  const loaded = await Promise.all(
    files.map(async (f) => {
      try {
        return parseArticle(f, await readFile(f, "utf8"));
      } catch (err) {
        if (!(err instanceof CorpusError)) throw err;
        report(err);
        return byFile.get(f);
      }
    }),
  );
  const articles = loaded.filter((a): a is Article => a !== undefined);
  if (articles.length === 0) throw new CorpusError(dir, "the corpus is empty (no valid .md articles)");
  return articles;
}

/** Load and validate every article of a folder. An empty corpus is an error. */
export async function loadCorpus(dir: string): Promise<Article[]> {
  const files = await listArticleFiles(dir);
  if (files.length === 0) throw new CorpusError(dir, "the corpus is empty (no .md articles)");
  const articles = await Promise.all(files.map(async (f) => parseArticle(f, await readFile(f, "utf8"))));
  return articles;
}
