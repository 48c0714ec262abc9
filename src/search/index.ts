/**
 * The passage index: minisearch over sentences, with the article title and the neighbouring
 * sentences as lower-weighted fields, the project tokenizer on both sides, and fuzzy matching
 * that tolerates typos without outranking exact matches.
 */
import MiniSearch, { type SearchResult } from "minisearch";
import { tokenize } from "../text/tokenize.js";
import type { Passage } from "./chunk.js";
import { typoAllowance, Vocabulary } from "./vocabulary.js";

export interface IndexOptions {
  /** Field boosts: the sentence itself counts most. */
  boost: { text: number; title: number; context: number };
  /** Score multiplier for a typo match against an exact one. */
  fuzzyWeight: number;
}

export const DEFAULT_INDEX_OPTIONS: IndexOptions = {
  boost: { text: 2, title: 0.6, context: 0.5 },
  fuzzyWeight: 0.3,
};

export interface Hit {
  passage: Passage;
  score: number;
}

export class PassageIndex {
  readonly vocabulary = new Vocabulary();
  private readonly search: MiniSearch<{ id: number; text: string; title: string; context: string }>;
  private readonly options: IndexOptions;

  constructor(
    readonly passages: Passage[],
    options: Partial<IndexOptions> = {},
  ) {
    this.options = { ...DEFAULT_INDEX_OPTIONS, ...options };
    this.search = new MiniSearch({
      fields: ["text", "title", "context"],
      tokenize,
      processTerm: (t) => t,
      searchOptions: {
        boost: this.options.boost,
        fuzzy: (term) => typoAllowance(term),
        maxFuzzy: 2,
        weights: { fuzzy: this.options.fuzzyWeight, prefix: 0 },
        combineWith: "OR",
      },
    });
    this.search.addAll(passages.map((p) => ({ id: p.id, text: p.text, title: p.article.title, context: p.context })));
    for (const p of passages) this.vocabulary.add(tokenize(`${p.text} ${p.article.title}`));
  }

  /** Best passages for a query, best first. */
  query(text: string, limit = 30, filter?: (p: Passage) => boolean): Hit[] {
    if (!text.trim()) return [];
    const results: SearchResult[] = this.search.search(text, filter ? { filter: (r) => filter(this.passages[r.id]) } : undefined);
    return results.slice(0, limit).map((r) => ({ passage: this.passages[r.id], score: r.score }));
  }
}
