/** Finding people, organisations and events named in a question, with typos and other scripts. */
import { distance } from "fastest-levenshtein";
import { acronymKey, type EventFact, type Knowledge, type Org, type Person } from "../facts/knowledge.js";
import { pinyinKeys } from "../facts/pinyin.js";
import { invertedIndex } from "../text/inverted.js";
import { hasHan, nameKey } from "../text/normalize.js";
import { tokenize } from "../text/tokenize.js";
import type { TermScorer } from "./terms.js";

const keyOf = (text: string) => (hasHan(text) ? pinyinKeys(text).join("") : nameKey(text));
const reach = (key: string) => (key.length >= 10 ? 2 : key.length >= 6 ? 1 : 0);

/** People the text names: exact spelling, pinyin, a typo away, or by one unique part of the name. */
export function findPeople(kb: Knowledge, text: string): Person[] {
  const key = keyOf(text.replace(/'s$/, ""));
  if (!key) return [];
  const exact = kb.personByKey.get(key);
  if (exact) return [exact];
  let best: { person: Person; d: number }[] = [];
  for (const [k, person] of kb.personByKey) {
    if (Math.abs(k.length - key.length) > 2) continue;
    const d = distance(k, key);
    if (d > reach(k)) continue;
    if (!best.length || d < best[0].d) best = [{ person, d }];
    else if (d === best[0].d && !best.some((b) => b.person === person)) best.push({ person, d });
  }
  if (best.length) return best.map((b) => b.person);
  // One word: a surname or given name shared by one or more people.
  const word = text.trim();
  if (/^\p{L}[\p{L}'-]{2,}$/u.test(word)) {
    const lower = word.toLowerCase();
    return kb.people.filter((p) => p.aliases.some((a) => a.toLowerCase().split(/\s+/).includes(lower)));
  }
  return [];
}

/** A person named anywhere inside a longer text ("what did Huai Jinpeng say about COVID"). */
export function personIn(kb: Knowledge, text: string): Person | undefined {
  const lower = text.toLowerCase();
  let found: { person: Person; len: number } | undefined;
  for (const p of kb.people) {
    for (const a of p.aliases) {
      if (a.length > (found?.len ?? 0) && lower.includes(a.toLowerCase())) found = { person: p, len: a.length };
    }
  }
  return found?.person;
}

export function findOrg(kb: Knowledge, text: string): Org | undefined {
  const t = text.replace(/^the\s+/i, "").trim();
  const direct = kb.orgByKey.get(acronymKey(t)) ?? kb.orgByKey.get(nameKey(t));
  if (direct) return direct;
  const key = nameKey(t);
  if (key.length < 10) return undefined;
  for (const o of kb.orgs) if (o.names.some((n) => distance(nameKey(n), key) <= 2)) return o;
  return undefined;
}

interface EventTerms {
  sets: Set<string>[];
  /** term → indexes of events whose terms include it */
  inverted: Map<string, number[]>;
}
const eventTermsCache = new WeakMap<Knowledge, EventTerms>();

/** Terms of each event (name, aliases, acronym, hosts' acronyms, parent), built once per knowledge base. */
function eventTerms(kb: Knowledge): EventTerms {
  let cached = eventTermsCache.get(kb);
  if (!cached) {
    const sets = kb.events.map((e) => {
      const hostAcronyms = e.hosts.map((h) => /\(([^)]+)\)/.exec(h)?.[1] ?? h);
      return new Set(tokenize([e.name, ...e.aliases, e.acronym ?? "", ...hostAcronyms, e.parent ?? ""].join(" ")));
    });
    const inverted = invertedIndex(sets);
    cached = { sets, inverted };
    eventTermsCache.set(kb, cached);
  }
  return cached;
}

/** Events whose name, acronym, hosts or parent cover the text's terms; best first. */
export function findEvents(kb: Knowledge, scorer: TermScorer, text: string, minCoverage = 0.6): EventFact[] {
  const terms = [...new Set(tokenize(text))];
  if (terms.length === 0) return [];
  const { sets, inverted } = eventTerms(kb);
  const candidates = new Set<number>();
  for (const t of terms) for (const v of scorer.variants(t)) for (const i of inverted.get(v) ?? []) candidates.add(i);
  return [...candidates]
    .map((i) => ({ e: kb.events[i], score: scorer.coverage(terms, sets[i]) }))
    .filter((s) => s.score >= minCoverage)
    .sort((a, b) => b.score - a.score || a.e.id - b.e.id)
    .map((s) => s.e);
}
