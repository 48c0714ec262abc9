/**
 * The passage index: minisearch over sentences, with the article title and the neighbouring
 * sentences as lower-weighted fields, the project tokenizer on both sides, and fuzzy matching
 * that tolerates typos without outranking exact matches.
 */
import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from "minisearch";
import { tokenize } from "../text/tokenize.js";
import type { Passage } from "./chunk.js";
import { typoAllowance, Vocabulary } from "./vocabulary.js";

export interface IndexOptions {
  /** Field boosts: the sentence itself counts most. */
  boost: { text: number; title: number; context: number; about: number };
  /**
   * Terms in more than this share of passages are left out of retrieval on large corpora: they
   * carry almost no information and cost the most to score.
   */
  commonShare: number;
  /** ...but only past this many passages, so small corpora keep every term. */
  commonFloor: number;
  /** Score multiplier for a typo match against an exact one. */
  fuzzyWeight: number;
}

export const DEFAULT_INDEX_OPTIONS: IndexOptions = {
  boost: { text: 2, title: 0.6, context: 0.5, about: 0.4 },
  fuzzyWeight: 0.3,
  commonShare: 0.25,
  commonFloor: 2000,
};

export interface Hit {
  passage: Passage;
  score: number;
}

const MEMO_QUERIES = 16;
const MEMO_HITS = 60;

/** A built index as plain data: what the start-up snapshot stores. */
export interface IndexSnapshot {
  index: AsPlainObject;
  vocabulary: { docs: number; df: [string, number][] };
}

type Doc = { id: number; text: string; title: string; context: string; about: string };

export class PassageIndex {
  readonly vocabulary: Vocabulary;
  private readonly recent = new Map<string, Hit[]>();
  private readonly search: MiniSearch<Doc>;
  private readonly options: IndexOptions;

  /** Index the passages, or restore the index from a snapshot of the same passages. */
  constructor(
    readonly passages: Passage[],
    options: Partial<IndexOptions> = {},
    snapshot?: IndexSnapshot,
  ) {
    this.options = { ...DEFAULT_INDEX_OPTIONS, ...options };
    // Titles repeat for every sentence of an article and each sentence is its neighbours' context:
    // tokenize each string once while indexing.
    const cache = new Map<string, string[]>();
    const cachedTokenize = (text: string) => {
      let terms = cache.get(text);
      if (!terms) {
        terms = tokenize(text);
        cache.set(text, terms);
      }
      return terms;
    };
    const settings: Options<Doc> = {
      fields: ["text", "title", "context", "about"],
      tokenize: cachedTokenize,
      processTerm: (t) => t,
      searchOptions: {
        tokenize,
        boost: this.options.boost,
        // A term the corpus has is matched exactly; only an unknown one (a typo) is expanded.
        fuzzy: (term) => (this.vocabulary.has(term) ? false : typoAllowance(term)),
        maxFuzzy: 2,
        weights: { fuzzy: this.options.fuzzyWeight, prefix: 0 },
        combineWith: "OR",
      },
    };
    if (snapshot) {
      this.vocabulary = Vocabulary.fromPlain(snapshot.vocabulary);
      this.search = MiniSearch.loadJS(snapshot.index, settings);
      return;
    }
    this.vocabulary = new Vocabulary();
    this.search = new MiniSearch(settings);
    for (const p of passages) {
      const own = cachedTokenize(p.text);
      const neighbours = [passages[p.id - 1], passages[p.id + 1]].filter(
        (n) => n && n.paragraph === p.paragraph && n.article === p.article,
      );
      if (!cache.has(p.context))
        cache.set(
          p.context,
          neighbours.flatMap((n) => cachedTokenize(n.text)),
        );
      this.search.add({ id: p.id, text: p.text, title: p.article.title, context: p.context, about: p.about });
      this.vocabulary.add([...own, ...cachedTokenize(p.article.title)]);
    }
    // Queries use the plain tokenizer (searchOptions): the cache only serves the build.
    cache.clear();
  }

  toSnapshot(): IndexSnapshot {
    return { index: this.search.toJSON(), vocabulary: this.vocabulary.toPlain() };
  }

  /** Best passages for a query, best first. */
  query(text: string, limit = 30): Hit[] {
    return this.queryTerms(tokenize(text), limit);
  }

  /**
   * Best passages for already-processed terms. The last few results are remembered (the index
   * never changes): a handler and the engine often ask the same thing within one question.
   */
  queryTerms(terms: string[], limit = 30): Hit[] {
    if (terms.length === 0) return [];
    const limitDf = Math.max(this.options.commonFloor, this.options.commonShare * this.vocabulary.size);
    const informative = terms.filter((t) => this.vocabulary.frequency(t) <= limitDf);
    const kept = informative.length > 0 ? informative : terms;
    const key = kept.join(" ");
    let hits = this.recent.get(key);
    if (!hits) {
      const results: SearchResult[] = this.search.search(key, { tokenize: () => kept });
      hits = results.slice(0, MEMO_HITS).map((r) => ({ passage: this.passages[r.id], score: r.score }));
      this.recent.set(key, hits);
      if (this.recent.size > MEMO_QUERIES) this.recent.delete(this.recent.keys().next().value as string);
    }
    return hits.slice(0, limit);
  }
}
