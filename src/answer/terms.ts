/** Content terms of a question and how much of their weight a passage covers: the confidence signal. */
import type { Passage } from "../search/chunk.js";
import type { Vocabulary } from "../search/vocabulary.js";
import { QUESTION_WORDS } from "../text/stopwords.js";
import { termSet, tokenize } from "../text/tokenize.js";

const QUESTION_TERMS = new Set(tokenize([...QUESTION_WORDS].join(" ")));

/** Terms that carry the topic of a question. */
export function contentTerms(text: string): string[] {
  return termSet(text).filter((t) => !QUESTION_TERMS.has(t) && t !== "many" && t !== "much");
}

export class TermScorer {
  private readonly cache = new Map<number, Set<string>>();
  private readonly ownCache = new Map<number, Set<string>>();
  private readonly variantCache = new Map<string, string[]>();

  constructor(private readonly vocabulary: Vocabulary) {}

  /** Terms of a passage: its sentence, neighbours and article title. */
  termsOf(passage: Passage): Set<string> {
    let set = this.cache.get(passage.id);
    if (!set) {
      set = new Set(tokenize(`${passage.text} ${passage.context} ${passage.article.title} ${passage.about}`));
      this.cache.set(passage.id, set);
    }
    return set;
  }

  /** Terms of the sentence and its article title only: what a shown passage must itself contain. */
  ownTermsOf(passage: Passage): Set<string> {
    let set = this.ownCache.get(passage.id);
    if (!set) {
      set = new Set(tokenize(`${passage.text} ${passage.article.title}`));
      this.ownCache.set(passage.id, set);
    }
    return set;
  }

  variants(term: string): string[] {
    let v = this.variantCache.get(term);
    if (!v) {
      v = this.vocabulary.variants(term);
      this.variantCache.set(term, v);
    }
    return v;
  }

  weight(term: string): number {
    const v = this.variants(term);
    return v.length ? Math.max(...v.map((x) => this.vocabulary.idf(x))) : this.vocabulary.idf(term);
  }

  /** Does the term, or a typo-variant of it, occur in the set? */
  matches(term: string, set: Set<string>): boolean {
    if (set.has(term)) return true;
    return this.variants(term).some((v) => set.has(v));
  }

  /** Share of the terms' weight found in the set (1 when there are no terms). */
  coverage(terms: string[], set: Set<string>): number {
    if (terms.length === 0) return 1;
    let total = 0;
    let found = 0;
    for (const t of terms) {
      const w = this.weight(t);
      total += w;
      if (this.matches(t, set)) found += w;
    }
    return found / total;
  }

  /** Terms no passage of the corpus contains, even with a typo. */
  unknown(terms: string[]): string[] {
    return terms.filter((t) => this.variants(t).length === 0);
  }
}
