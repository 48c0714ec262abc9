/** "how many X": the figure whose counted noun and clause best match the question. */
import type { FigureFact } from "../../facts/knowledge.js";
import { tokenize } from "../../text/tokenize.js";
import { compress } from "../compress.js";
import { figureRow } from "../rows.js";
import { contentTerms } from "../terms.js";
import { type Draft, type HandlerContext, rank } from "./context.js";

export function howMany(ctx: HandlerContext, target: string): Draft | undefined {
  const terms = contentTerms(target);
  if (terms.length === 0) return undefined;
  const hits = rank(ctx, target, terms, 40);
  const byPassage = new Map<number, FigureFact[]>();
  for (const f of ctx.kb.figures) byPassage.set(f.passage.id, [...(byPassage.get(f.passage.id) ?? []), f]);
  let best: { f: FigureFact; score: number } | undefined;
  for (const hit of hits) {
    for (const f of byPassage.get(hit.passage.id) ?? []) {
      const counted = new Set(tokenize(f.counts));
      const noun = terms.filter((t) => ctx.scorer.matches(t, counted)).length / Math.max(1, Math.min(counted.size, terms.length));
      const clause = ctx.scorer.coverage(terms, new Set(tokenize(f.clause)));
      const score = 2 * noun + clause + hit.coverage;
      if (noun + clause < 0.5 || hit.coverage < 0.4) continue;
      if (!best || score > best.score) best = { f, score };
    }
  }
  if (!best) return undefined;
  const { f } = best;
  // The figure's own clause reads best when it is a statement on its own; else the sentence, compressed.
  const clause = f.clause.replace(/^(?:and|but|while)\s+/i, "").replace(/[,;:]$/, "");
  const standalone =
    clause.length >= 30 && clause.split(/\s+/).length >= 5 && !/^(?:which|who|whom|that|where|when|while|whose)\b/i.test(clause);
  return {
    answer: standalone
      ? compress(clause.charAt(0).toUpperCase() + clause.slice(1), [f.value])
      : compress(f.passage.text, [f.value, ...terms], 240),
    facts: [figureRow(f)],
    evidence: [f.passage],
  };
}
