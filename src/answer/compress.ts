/** Fit a sentence into a direct answer: the clauses around what matters, within the budget. */
import { splitTopLevel } from "../facts/segments.js";
import { tokenize } from "../text/tokenize.js";
import { MAX_ANSWER_CHARS } from "./types.js";

/** Cut at a word boundary and mark the cut. */
export function fitWithin(text: string, max = MAX_ANSWER_CHARS): string {
  const clean = text.trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).replace(/[\s,;:]+$/, "")}…`;
}

const endSentence = (s: string) => (/[.!?…"')\]]$/.test(s) ? s : `${s}.`);
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The shortest run of clauses that holds the focus (a literal string or terms), grown to the
 * budget; the whole sentence when it fits.
 */
export function compress(sentence: string, focus: string[], max = MAX_ANSWER_CHARS): string {
  const text = sentence.trim();
  if (text.length <= max) return endSentence(text);
  const clauses = splitTopLevel(text.replace(/[.]$/, ""), ",");
  const focusTerms = new Set(focus.flatMap((f) => tokenize(f)));
  const literal = focus.filter((f) => /\d/.test(f));
  const scoreOf = (c: string) => {
    const terms = tokenize(c);
    return terms.filter((t) => focusTerms.has(t)).length + literal.filter((l) => c.includes(l)).length * 3;
  };
  let best = 0;
  clauses.forEach((c, i) => {
    if (scoreOf(c) > scoreOf(clauses[best])) best = i;
  });
  let from = best;
  let to = best;
  const joined = () => clauses.slice(from, to + 1).join(", ");
  for (;;) {
    const grewRight = to + 1 < clauses.length && `${joined()}, ${clauses[to + 1]}`.length <= max;
    if (grewRight) to++;
    const grewLeft = !grewRight && from > 0 && `${clauses[from - 1]}, ${joined()}`.length <= max;
    if (grewLeft) from--;
    if (!grewRight && !grewLeft) break;
  }
  return endSentence(capitalise(fitWithin(joined(), max - 1)));
}
