/** What every handler gets, and what it gives back. */
import type { Knowledge } from "../../facts/knowledge.js";
import type { Passage } from "../../search/chunk.js";
import type { Hit, PassageIndex } from "../../search/index.js";
import { termsOf, words } from "../../text/tokenize.js";
import type { TermScorer } from "../terms.js";
import type { FactRow } from "../types.js";

export interface HandlerContext {
  kb: Knowledge;
  index: PassageIndex;
  scorer: TermScorer;
  /** The question as asked, cleaned. */
  question: string;
}

/** A handler's answer before passages are gathered; undefined from a handler means "not confident". */
export interface Draft {
  answer: string;
  facts: FactRow[];
  /** Passages the answer was taken from: shown first. */
  evidence: Passage[];
  focus?: string;
  suggestions?: string[];
}

export interface RankedHit extends Hit {
  coverage: number;
}

/** Terms of the capitalised words of a question past its first word: names the answer must contain. */
export function namedTerms(question: string): string[] {
  const tokens = words(question).slice(1);
  return [...new Set(tokens.filter((w) => /^\p{Lu}/u.test(w)).flatMap(termsOf))];
}

/**
 * Retrieve and re-rank by how much of the query's weight each passage covers. Passages missing
 * a name the question capitalises are dropped: a sentence about another university is no answer.
 */
export function rank(ctx: HandlerContext, query: string, terms: string[], limit = 30): RankedHit[] {
  const named = namedTerms(ctx.question);
  const hits = ctx.index
    .query(query, limit)
    .filter((h) => named.every((t) => ctx.scorer.matches(t, ctx.scorer.termsOf(h.passage))));
  const top = hits[0]?.score ?? 1;
  return hits
    .map((h) => ({ ...h, coverage: ctx.scorer.coverage(terms, ctx.scorer.termsOf(h.passage)) }))
    .sort((a, b) => b.coverage + (0.5 * b.score) / top - (a.coverage + (0.5 * a.score) / top));
}
