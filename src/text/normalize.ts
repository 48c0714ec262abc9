/** Text normalisation shared by the tokenizer and the extractors. Display text stays verbatim. */

const QUOTE_MAP: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u00B4": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u2033": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u2010": "-",
  "\u2011": "-",
  "\u00A0": " ",
  "\u3000": " ",
};
const QUOTE_RE = new RegExp(`[${Object.keys(QUOTE_MAP).join("")}]`, "g");

/** Straight quotes and apostrophes, plain hyphens and spaces; nothing else changes. */
export function normalizeText(text: string): string {
  return text.replace(QUOTE_RE, (c) => QUOTE_MAP[c] ?? c);
}

/** Collapse runs of white space into one space and trim. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Lower-case letters and digits only: the key under which spellings of one name are compared. */
export function nameKey(text: string): string {
  return normalizeText(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

const HAN_RE = /\p{Script=Han}/u;
export function hasHan(text: string): boolean {
  return HAN_RE.test(text);
}

/** Case-insensitive, quote-insensitive containment, the way a reader would check it. */
export function containsLoose(haystack: string, needle: string): boolean {
  const fold = (s: string) => squash(normalizeText(s).toLowerCase());
  return fold(haystack).includes(fold(needle));
}
