/** Figures: a number, what it counts, and the clause it stands in ("1065 science and technology associations"). */
import { findDates } from "../text/dates.js";
import { NUMBER_WORDS } from "./lexicon.js";
import { splitTopLevel } from "./segments.js";

export interface FigureMention {
  /** As written, with its qualifier: "more than 200", "7.69 billion". */
  value: string;
  /** What it counts: "experts", "science and technology associations". */
  counts: string;
  /** The clause around it, for answers. */
  clause: string;
}

const QUALIFIER =
  "(?:(?:more than|over|about|nearly|almost|around|approximately|up to|at least|some|totally over|a total of|less than|fewer than)\\s+)?";
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join("|")})`;
const FIGURE = new RegExp(
  `(?<![\\p{L}\\d.-])(${QUALIFIER}${NUMBER}(?:\\s*(?:%|percent|per cent))?(?:\\s+(?:million|billion|thousand|hundred|trillion))?)(?![\\p{L}\\d-])`,
  "giu",
);
const NP_STOP = new Set(
  "of to from at in on by with for as that which who whom was were is are have has had will would can could the a an its their this these those than per each".split(
    " ",
  ),
);

function countedNoun(after: string, isPercent: boolean): string {
  const words = (isPercent ? after.replace(/^\s*of\s+(?:the\s+)?/, "") : after).split(/\s+/).filter(Boolean);
  const np: string[] = [];
  for (let i = 0; i < words.length && np.length < 6; i++) {
    const w = words[i].replace(/[.,;:!?)"']+$/, "");
    const punct = words[i] !== w;
    const lower = w.toLowerCase();
    if (!w || NP_STOP.has(lower) || !/^[\p{L}][\p{L}'-]*$/u.test(w)) break;
    if (lower === "and" || lower === "or") {
      const next = words[i + 1] ?? "";
      if (/^\d/.test(next) || NUMBER_WORDS[next.toLowerCase()] !== undefined) break;
    }
    if (np.length > 0 && /ed$/.test(lower)) break;
    np.push(w);
    if (punct) break;
  }
  while (np.length && /^(and|or|of)$/i.test(np[np.length - 1])) np.pop();
  return np.join(" ");
}

/** Every counted figure in a sentence; dates, years, ordinals and model numbers are left out. */
export function extractFigures(sentence: string): FigureMention[] {
  let masked = sentence;
  for (const d of findDates(sentence))
    masked = masked.slice(0, d.index) + "#".repeat(d.text.length) + masked.slice(d.index + d.text.length);
  const clauses = splitTopLevel(sentence, ",");
  const out: FigureMention[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(masked); m; m = FIGURE.exec(masked)) {
    const value = m[1];
    const isPercent = /%|percent|per cent/i.test(value);
    const counts = countedNoun(masked.slice(m.index + m[0].length), isPercent);
    const yearLike = /^\d{4}$/.test(value) && +value >= 1900 && +value <= 2100;
    if (!counts && !isPercent) continue;
    if (yearLike && (!counts || /^\p{Lu}/u.test(counts))) continue;
    const clause = clauses.find((c) => c.includes(value)) ?? sentence;
    out.push({ value, counts: counts || "percent", clause });
  }
  return out;
}
