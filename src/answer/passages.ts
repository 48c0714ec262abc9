/** The passages shown with an answer: its evidence first, then the best retrieved, near-duplicates merged. */
import type { Passage } from "../search/chunk.js";
import type { Hit } from "../search/index.js";
import { tokenize } from "../text/tokenize.js";
import type { PassageRow, SourceRef } from "./types.js";

const MAX_PASSAGES = 5;
/** Two passages are one when they share most terms, or the shorter is (nearly) inside the longer. */
const NEAR_DUPLICATE = 0.75;
const CONTAINED = 0.9;
const MIN_TERMS_FOR_CONTAINMENT = 5;

const sourceOf = (p: Passage): SourceRef => ({
  article: p.article.id,
  title: p.article.title,
  ...(p.article.date ? { date: p.article.date } : {}),
});

export function nearDuplicate(a: Set<string>, b: Set<string>): boolean {
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  const smaller = Math.min(a.size, b.size);
  if (smaller >= MIN_TERMS_FOR_CONTAINMENT && inter / smaller >= CONTAINED) return true;
  return inter / (a.size + b.size - inter || 1) >= NEAR_DUPLICATE;
}

export function gatherPassages(evidence: Passage[], hits: Hit[]): PassageRow[] {
  const top = hits[0]?.score ?? 1;
  const ordered: { p: Passage; score: number }[] = [
    ...evidence.map((p, i) => ({ p, score: top + evidence.length - i })),
    ...hits.map((h) => ({ p: h.passage, score: h.score })),
  ];
  const rows: { row: PassageRow; terms: Set<string> }[] = [];
  const seen = new Set<number>();
  for (const { p, score } of ordered) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    const terms = new Set(tokenize(p.text));
    const twin = rows.find((r) => nearDuplicate(r.terms, terms));
    if (twin) {
      const src = sourceOf(p);
      const known = [twin.row, ...(twin.row.alsoIn ?? [])].some((s) => s.article === src.article);
      if (!known) twin.row.alsoIn = [...(twin.row.alsoIn ?? []), src];
      continue;
    }
    if (rows.length >= MAX_PASSAGES) continue;
    rows.push({ row: { ...sourceOf(p), text: p.text, score: Math.round(score * 1000) / 1000 }, terms });
  }
  return rows.map((r) => r.row);
}
