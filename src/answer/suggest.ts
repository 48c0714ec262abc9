/** When the corpus does not know: questions it can answer, near the words that were asked. */
import type { Knowledge } from "../facts/knowledge.js";
import { tokenize } from "../text/tokenize.js";
import { contentTerms, type TermScorer } from "./terms.js";

export function suggestions(kb: Knowledge, scorer: TermScorer, question: string, limit = 5): string[] {
  const terms = contentTerms(question);
  const candidates: { q: string; score: number }[] = [];
  const consider = (q: string, name: string, weight: number) => {
    const set = new Set(tokenize(name));
    const overlap = terms.filter((t) => scorer.matches(t, set)).length;
    candidates.push({ q, score: overlap * 10 + weight });
  };
  for (const p of kb.people)
    consider(`who is ${p.name}`, p.aliases.join(" "), p.mentions.size + p.references.size + p.roles.length);
  for (const o of kb.orgs) if (o.acronym) consider(`what is ${o.acronym}`, `${o.acronym} ${o.names.join(" ")}`, o.mentions.size);
  for (const e of kb.events)
    if (e.date) consider(`when was ${e.acronym ?? `the ${e.name}`}`, `${e.name} ${e.acronym ?? ""}`, e.passages.length * 2);
  candidates.sort((a, b) => b.score - a.score || a.q.localeCompare(b.q));
  // Keep a mix: the best match first, then the best of each kind.
  const picked: string[] = [];
  for (const kind of ["", "who is", "what is", "when was"]) {
    for (const c of candidates) {
      if (picked.length >= limit) break;
      if (c.q.startsWith(kind) && !picked.includes(c.q)) {
        picked.push(c.q);
        if (kind) break;
        if (c.score < 10) break;
      }
    }
  }
  for (const c of candidates) if (picked.length < limit && !picked.includes(c.q)) picked.push(c.q);
  return picked;
}
