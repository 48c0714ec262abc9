/**
 * Organisations: "World Federation of Engineering Organizations (WFEO)" gives a name and its
 * acronym; capitalised runs ending in an organisation noun ("Chinese Psychological Association")
 * give names without one.
 */
import { EVENT_HEADS, NAME_CONNECTORS, ORG_HEADS, ROLE_HEADS, ROLE_MODIFIERS } from "./lexicon.js";

const isTitleWord = (w: string) => ROLE_HEADS.has(w.toLowerCase()) || ROLE_MODIFIERS.has(w.toLowerCase());

export interface AcronymMention {
  acronym: string;
  name: string;
}

const ACRONYM_IN_PARENS = /\(([\p{Lu}][\p{L}&]*[\p{Lu}]s?(?:\s\d{2,4})?)\)/gu;

const isCapitalised = (w: string) => /^[\p{Lu}\d]/u.test(w);
const initialsOf = (words: string[]) =>
  words
    .filter((w) => isCapitalised(w) && !/^\d/.test(w))
    .flatMap((w) => w.split("-").map((p) => p.charAt(0).toUpperCase()))
    .join("");

/** Longest common subsequence length, to score near-miss acronyms. */
function lcs(a: string, b: string): number {
  const row = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = a[i - 1] === b[j - 1] ? prev + 1 : Math.max(row[j], row[j - 1]);
      prev = tmp;
    }
  }
  return row[b.length];
}

/** Every "Full Name (ACR)" pair in a sentence. */
export function extractAcronyms(sentence: string): AcronymMention[] {
  const out: AcronymMention[] = [];
  ACRONYM_IN_PARENS.lastIndex = 0;
  for (let m = ACRONYM_IN_PARENS.exec(sentence); m; m = ACRONYM_IN_PARENS.exec(sentence)) {
    const acronym = m[1];
    const letters = acronym
      .replace(/\s\d+$/, "")
      .replace(/s$/, "")
      .replace(/[^\p{Lu}]/gu, "");
    const before = sentence.slice(0, m.index).trimEnd().split(/\s+/);
    // Walk back over capitalised words and connectors; a comma may sit inside a long name.
    let start = before.length;
    while (start > 0 && before.length - start < 16) {
      const w = before[start - 1].replace(/,$/, "");
      if (isCapitalised(w) || NAME_CONNECTORS.has(w.toLowerCase())) start--;
      else break;
    }
    const run = before.slice(start).map((w) => w.replace(/,$/, ""));
    const name = bestStart(run, before.slice(start), letters);
    if (name) out.push({ acronym, name });
  }
  return out;
}

/** Choose where the name begins: where its initials spell the acronym, else the best near-miss. */
function bestStart(run: string[], raw: string[], letters: string): string | undefined {
  let best: { score: number; from: number } | undefined;
  for (let from = run.length - 1; from >= 0; from--) {
    if (!isCapitalised(run[from]) || NAME_CONNECTORS.has(run[from].toLowerCase())) continue;
    const initials = initialsOf(run.slice(from));
    const score = initials === letters ? 2 : lcs(initials, letters) / Math.max(initials.length, letters.length);
    if (!best || score > best.score) best = { score, from };
    if (score === 2) break;
  }
  if (!best) return undefined;
  // No good spelling match: start after the last comma, skipping a leading job title.
  const afterComma = raw.findLastIndex((w) => w.endsWith(",")) + 1;
  const fallback = run.findIndex(
    (w, i) => i >= afterComma && isCapitalised(w) && !NAME_CONNECTORS.has(w.toLowerCase()) && !isTitleWord(w),
  );
  const from = best.score >= 0.6 ? best.from : fallback;
  if (from < 0) return undefined;
  const name = raw.slice(from).join(" ").replace(/,$/, "");
  return name.split(/\s+/).length >= 2 ? name : undefined;
}

/** Capitalised runs that end in an organisation noun ("Xi'an Jiaotong University"). */
export function extractOrgNames(sentence: string): string[] {
  const out: string[] = [];
  const re = /(?:\p{Lu}[\p{L}'&.-]*)(?:\s+(?:(?:of|for|and|the|on|&)\s+)*\p{Lu}[\p{L}'&.-]*)*/gu;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const words = m[0].split(/\s+/);
    // Trim to the last organisation noun, keeping what follows it only when it is "of X".
    const headAt = words.findIndex((w) => ORG_HEADS.has(w.toLowerCase()));
    if (headAt < 0) continue;
    let startAt = 0;
    const skippable = (w: string) => /^(The|A|An|In|On|At|By|For|With|From|And|of|the)$/.test(w) || isTitleWord(w);
    while (startAt < headAt && skippable(words[startAt])) startAt++;
    if (words.slice(startAt, headAt).some((w) => EVENT_HEADS.has(w.toLowerCase()))) continue;
    const name = words
      .slice(startAt)
      .join(" ")
      .replace(/[.,;:]+$/, "");
    if (name.split(/\s+/).length >= 2) out.push(name);
  }
  return out;
}
