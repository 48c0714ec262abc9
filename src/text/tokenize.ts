/**
 * The one tokenizer used for indexing, for questions and for coverage checks, so that both
 * sides of every comparison see the same terms.
 */
import { stemmer } from "stemmer";
import { normalizeText } from "./normalize.js";
import { STOPWORDS } from "./stopwords.js";

const WORD_RE = /\p{Script=Han}+|[\p{L}\p{N}]+(?:[-'&.][\p{L}\p{N}]+)*/gu;
const HAN_RUN = /^\p{Script=Han}+$/u;
const NUMBER = /^\d+(?:\.\d+)?$/;

/** Han runs become overlapping bigrams (a lone character stays itself). */
export function hanBigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const grams: string[] = [];
  for (let i = 0; i < chars.length - 1; i++) grams.push(chars[i] + chars[i + 1]);
  return grams;
}

/** Raw word tokens, before case folding, stop words and stemming. */
export function words(text: string): string[] {
  const clean = normalizeText(text).replace(/(\d),(\d{3})\b/g, "$1$2");
  return clean.match(WORD_RE) ?? [];
}

/** Fold one raw token into its index terms (none for a stop word). */
export function termsOf(token: string): string[] {
  if (HAN_RUN.test(token)) return hanBigrams(token);
  if (NUMBER.test(token)) return [token];
  const isAcronym = token.length > 1 && token === token.toUpperCase() && /\p{L}/u.test(token);
  let t = token.toLowerCase().replace(/'s$/, "");
  if (t.includes("&")) return [t];
  t = t.replace(/'/g, "").replace(/\.(?!\d)/g, "");
  const parts = t.split("-").filter(Boolean);
  const out: string[] = [];
  for (const part of parts) {
    if (STOPWORDS.has(part)) continue;
    out.push(isAcronym || part.length <= 3 || /\d/.test(part) ? part : stemmer(part));
  }
  if (parts.length > 1) out.push(parts.join(""));
  return out;
}

/** Text to index terms: case, quotes, hyphens, possessives, numbers and Han text handled. */
export function tokenize(text: string): string[] {
  return words(text).flatMap(termsOf);
}

/** Distinct terms, in first-seen order. */
export function termSet(text: string): string[] {
  return [...new Set(tokenize(text))];
}
