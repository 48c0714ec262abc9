/** Facts → rows and sentences: the wording of structured answers. */
import type { EventFact, FigureFact, Knowledge, Org, RoleFact } from "../facts/knowledge.js";
import { ACRONYM_WORD, acronymKey, escapeRe } from "../facts/knowledge.js";
import type { Passage } from "../search/chunk.js";
import { formatIsoDate } from "../text/dates.js";
import { type FactRow, MAX_ANSWER_CHARS } from "./types.js";

const row = (subject: string, relation: string, object: string, passage: Passage): FactRow => ({
  subject,
  relation,
  object,
  article: passage.article.id,
  sentence: passage.text,
});

export const roleRow = (r: RoleFact) => row(r.canonical, r.title, r.org, r.passage);
export const figureRow = (f: FigureFact) => row(f.counts, "number", f.value, f.passage);
export const orgRow = (o: Org) => (o.definedIn && o.acronym ? [row(o.acronym, "stands for", o.name, o.definedIn)] : []);

export function eventRows(e: EventFact): FactRow[] {
  const source = e.passages.find((p) => e.dateText && p.norm.includes(e.dateText)) ?? e.passages[0];
  const rows: FactRow[] = [];
  if (e.date) rows.push(row(e.name, "date", formatIsoDate(e.date), source));
  if (e.place) rows.push(row(e.name, "place", e.place, e.passages.find((p) => p.norm.includes(e.place ?? "")) ?? source));
  for (const h of e.hosts) rows.push(row(e.name, "hosted by", h, source));
  if (e.theme && e.themePassage) rows.push(row(e.name, "theme", e.theme, e.themePassage));
  for (const a of e.attendance) rows.push(row(e.name, "attendance", a.clause, a.passage));
  if (e.parent) rows.push(row(e.name, "part of", e.parent, source));
  return rows;
}

/** Dedupe rows by content, keeping the first. */
export function uniqueRows(rows: FactRow[]): FactRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const k = `${r.subject}|${r.relation}|${r.object}`.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** "meeting to promote ..." → "The meeting to promote ..."; names keep their capitals. */
export function theEvent(e: EventFact): string {
  const name = /^(?:the|a|an)\s/i.test(e.name) ? e.name.replace(/^./, (c) => c.toUpperCase()) : `The ${e.name}`;
  return e.acronym && !name.includes(e.acronym) ? `${name} (${e.acronym})` : name;
}

/** Append sentences while the answer stays within the budget. */
export function joinWithin(parts: string[], max = MAX_ANSWER_CHARS): string {
  let out = "";
  for (const p of parts) {
    const next = out ? `${out} ${p}` : p;
    if (next.length <= max) out = next;
    else if (!out) out = p.slice(0, max);
  }
  return out;
}

/** One-line description of an event: what, where, when, by whom, theme. */
export function describeEvent(e: EventFact): string {
  const head = `${theEvent(e)} ${e.verb}${e.place ? ` in ${e.place}` : ""}${e.date ? ` on ${formatIsoDate(e.date)}` : ""}.`;
  const parts = [head];
  if (e.hosts.length) parts.push(`It was hosted by ${listOf(e.hosts)}.`);
  if (e.theme) parts.push(`Theme: "${e.theme}".`);
  return joinWithin(parts);
}

export function listOf(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Spell out each corpus acronym once ("CAST" → "CAST (China Association for ...)") while it fits. */
export function expandAcronyms(text: string, kb: Knowledge, max = MAX_ANSWER_CHARS): string {
  let out = text;
  const seen = new Set<string>();
  for (const m of text.matchAll(ACRONYM_WORD)) {
    const o = kb.orgByKey.get(acronymKey(m[0]));
    if (!o?.acronym || o.acronym !== m[0] || seen.has(o.acronym) || out.includes(o.name)) continue;
    seen.add(o.acronym);
    const at = out.search(new RegExp(`(?<!\\()\\b${escapeRe(o.acronym)}\\b(?!\\s*\\()`));
    if (at < 0) continue;
    const end = at + o.acronym.length;
    const next = `${out.slice(0, end)} (${o.name})${out.slice(end)}`;
    if (next.length <= max) out = next;
  }
  return out;
}
