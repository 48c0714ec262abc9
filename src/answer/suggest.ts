/** When the corpus does not know: questions it can answer, near the words that were asked. */
import type { Knowledge } from "../facts/knowledge.js";
import { invertedIndex } from "../text/inverted.js";
import { tokenize } from "../text/tokenize.js";
import { contentTerms, type TermScorer } from "./terms.js";

interface Candidate {
  q: string;
  /** How prominent the entity is in the corpus. */
  weight: number;
}
interface SuggestionIndex {
  /** Best-known first. */
  candidates: Candidate[];
  inverted: Map<string, number[]>;
}
const cache = new WeakMap<Knowledge, SuggestionIndex>();

/** Every question the corpus answers about an entity, built once per knowledge base. */
function suggestionIndex(kb: Knowledge): SuggestionIndex {
  let index = cache.get(kb);
  if (index) return index;
  const raw: (Candidate & { text: string })[] = [];
  for (const p of kb.people)
    raw.push({ q: `who is ${p.name}`, text: p.aliases.join(" "), weight: p.mentions.size + p.references.size + p.roles.length });
  for (const o of kb.orgs)
    if (o.acronym) raw.push({ q: `what is ${o.acronym}`, text: `${o.acronym} ${o.names.join(" ")}`, weight: o.mentions.size });
  for (const e of kb.events)
    if (e.date)
      raw.push({
        q: `when was ${e.acronym ?? `the ${e.name}`}`,
        text: `${e.name} ${e.acronym ?? ""}`,
        weight: e.passages.length * 2,
      });
  const unique = [...new Map(raw.map((c) => [c.q, c])).values()].sort((a, b) => b.weight - a.weight || a.q.localeCompare(b.q));
  const inverted = invertedIndex(unique.map((c) => new Set(tokenize(c.text))));
  index = { candidates: unique.map(({ q, weight }) => ({ q, weight })), inverted };
  cache.set(kb, index);
  return index;
}

const KINDS = ["who is", "what is", "when was"];

/**
 * Up to `limit` questions: those naming words of the question first (most matching words, then
 * best known), then the best known of each kind, then the rest by prominence.
 */
export function suggestions(kb: Knowledge, scorer: TermScorer, question: string, limit = 5): string[] {
  const { candidates, inverted } = suggestionIndex(kb);
  const overlap = new Map<number, number>();
  for (const t of contentTerms(question)) {
    const hits = new Set(scorer.variants(t).flatMap((v) => inverted.get(v) ?? []));
    for (const i of hits) overlap.set(i, (overlap.get(i) ?? 0) + 1);
  }
  const picked: string[] = [];
  const add = (q: string) => {
    if (picked.length < limit && !picked.includes(q)) picked.push(q);
  };
  const related = [...overlap].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (related[0]) add(candidates[related[0][0]].q);
  for (const kind of KINDS) {
    const first = candidates.find((c) => c.q.startsWith(kind));
    if (first) add(first.q);
  }
  for (const [i] of related.slice(1)) add(candidates[i].q);
  for (const c of candidates) add(c.q);
  return picked;
}
