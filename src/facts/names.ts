/** Recognising person names in English text without a gazetteer of names. */
import { NAME_PARTICLES, NOT_NAME_WORDS } from "./lexicon.js";

const CAPITALISED = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?\p{Ll}+)*$/u;

function isNameToken(token: string, position: number): boolean {
  if (NAME_PARTICLES.has(token)) return position !== 0;
  if (!CAPITALISED.test(token)) return false;
  return !NOT_NAME_WORDS.has(token.toLowerCase());
}

/** Is the whole phrase a person's name (2 to 4 name tokens)? */
export function isPersonName(phrase: string): boolean {
  const tokens = phrase.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 4) return false;
  if (!tokens.every((t, i) => isNameToken(t, i))) return false;
  return tokens.filter((t) => CAPITALISED.test(t)).length >= 2;
}

/** "Shu Wei and Song Jun" → both names; undefined unless every part is a name. */
export function parseNameList(phrase: string): string[] | undefined {
  const parts = phrase
    .replace(/^(?:and|or)\s+/i, "")
    .split(/\s+and\s+/)
    .map((p) => p.trim());
  return parts.length > 0 && parts.every(isPersonName) ? parts : undefined;
}

/** A name that opens the text ("Huai Jinpeng pointed out ..."), with the word after it. */
export function leadingName(text: string): { name: string; rest: string } | undefined {
  const tokens = text.trim().split(/\s+/);
  for (let n = Math.min(4, tokens.length - 1); n >= 2; n--) {
    const name = tokens.slice(0, n).join(" ");
    if (isPersonName(name)) return { name, rest: tokens.slice(n).join(" ") };
  }
  return undefined;
}

/** A name that closes the text ("according to Sudeep Parih"), preceded by a lower-case word. */
export function trailingName(text: string): string | undefined {
  const tokens = text.trim().split(/\s+/);
  for (let n = Math.min(4, tokens.length - 1); n >= 2; n--) {
    const name = tokens.slice(-n).join(" ");
    const before = tokens[tokens.length - n - 1] ?? "";
    if (/^\p{Ll}/u.test(before) && isPersonName(name)) return name;
  }
  return undefined;
}

/** Every name in a sentence that sits before a reporting verb or after "according to". */
export function namesNearVerbs(sentence: string, verbs: Set<string>): string[] {
  const found: string[] = [];
  const re = /((?:\p{Lu}[\p{Ll}'’-]+|van|von|de)(?:\s+\p{Lu}[\p{Ll}'’-]+){1,3})(?=\s+(\p{Ll}+))/gu;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (verbs.has(m[2]) && isPersonName(m[1])) found.push(m[1]);
  }
  const after = /\b(?:according to|by|including)\s+((?:\p{Lu}[\p{Ll}'’-]+)(?:\s+\p{Lu}[\p{Ll}'’-]+){1,3})/gu;
  for (let m = after.exec(sentence); m; m = after.exec(sentence)) {
    if (isPersonName(m[1])) found.push(m[1]);
  }
  return found;
}
