/** Answer quality on a question file: the engine, next to a plain minisearch baseline built here. */
import { readFile } from "node:fs/promises";
import MiniSearch from "minisearch";
import type { Engine } from "../src/answer/engine.js";
import type { Answer } from "../src/answer/types.js";
import { parseEvalFile, scoreCase, summarize } from "../src/eval/score.js";
import { chunkArticles } from "../src/search/chunk.js";

export interface Quality {
  questions: number;
  engine: number;
  baseline: number;
}

/**
 * The baseline: sentence passages, minisearch with default options, the best passage as the answer
 * (and no answer when nothing matches).
 */
function baseline(engine: Engine): (q: string) => Answer {
  const passages = chunkArticles(engine.articles);
  const search = new MiniSearch<{ id: number; text: string }>({ fields: ["text"], storeFields: ["text"] });
  search.addAll(passages.map((p) => ({ id: p.id, text: p.text })));
  return (q) => {
    const best = search.search(q)[0];
    const p = best ? passages[best.id] : undefined;
    return {
      query: q,
      answer: p?.text ?? "",
      facts: [],
      passages: p
        ? [{ article: p.article.id, title: p.article.title, date: p.article.date, text: p.text, score: best?.score ?? 0 }]
        : [],
      suggestions: [],
      intent: "baseline",
    };
  };
}

export async function measureQuality(engine: Engine, file: string): Promise<Quality> {
  const cases = parseEvalFile(await readFile(file, "utf8"), file);
  const base = baseline(engine);
  return {
    questions: cases.length,
    engine: summarize(cases.map((c) => scoreCase(c, engine.answer(c.q)))).passed,
    baseline: summarize(cases.map((c) => scoreCase(c, base(c.q)))).passed,
  };
}
