/**
 * Events: "The 2nd World ... Forum (WSTDF 2020), hosted by A, B and C was held in Beijing on
 * November 8, 2020"; "CAST held a meeting to promote ... on April 16, 2020"; themes ("under the
 * theme of ...", "themed ...").
 */
import { type DateMention, findDates } from "../text/dates.js";
import { EVENT_HEADS } from "./lexicon.js";
import { findPlaces } from "./places.js";
import { splitTopLevel } from "./segments.js";

export interface EventMention {
  name: string;
  acronym?: string;
  /** The event noun ("forum", "meeting"), for resolving "the forum" later in the article. */
  head: string;
  /** How the text says it happened: "opened", "was held". */
  verb: string;
  date?: DateMention;
  place?: string;
  hosts: string[];
  /** "part of the 22nd Annual Meeting of ..." */
  parent?: string;
}

const HEAD_WORDS = [...EVENT_HEADS].join("|");
const INTRANSITIVE =
  /^(.+?)\s+(?:(?:was|were|is|are|will be|has been)\s+)?([Hh]eld|[Oo]pened|[Oo]pens|[Oo]pen|[Tt]ook [Pp]lace|[Tt]akes [Pp]lace|[Kk]icked [Oo]ff|[Kk]icks [Oo]ff|[Cc]onvened|[Cc]losed|[Cc]oncluded|[Ss]tarted|[Bb]egan|[Ee]nded)\b(.*)$/u;
const TRANSITIVE = new RegExp(
  `\\b(held|holds|hosted|hosts|organized|organised|convened|launched|conducted|arranged|hold|host|organize|organise|conduct|convene|launch)\\s+(?:a|an|the|its|their)\\s+((?:[\\w'-]+\\s+){0,3}?(?:${HEAD_WORDS})\\b.*?)(?=\\s+(?:in|at)\\s+\\p{Lu}|\\s+on\\s+\\p{Lu}|\\s+from\\s+|,|\\.|$)`,
  "u",
);
const HOSTS =
  /\b(?:co-)?(?:hosted|organized|organised|sponsored|jointly held|convened)\s+by\s+(.+?)(?:,?\s+(?:was|were|is|are|will|has)\b|$)/i;

export function headOf(name: string): string | undefined {
  const words = name.toLowerCase().split(/[^a-z-]+/);
  return words.find((w) => EVENT_HEADS.has(w));
}

/** Split "A, B and C" into names, dropping leading "the". */
export function splitList(text: string): string[] {
  return (
    splitTopLevel(text)
      // "A (X) and B (Y)": "and" separates names only after a closed acronym or before "the".
      .flatMap((part) => part.split(/(?<=\))\s+and\s+|\s+and\s+(?=the\s)/u))
      .map((p) => p.replace(/^and\s+/i, "").trim())
      .filter(Boolean)
  );
}

function fromSubject(subject: string, verb: string, rest: string, sentence: string): EventMention | undefined {
  const clean = subject.replace(/^(?:(?:At|In|From|On|During)\s[^,]+,\s*)/, "");
  const nameMatch = /^(?:the\s+)?(.+?)(?:\s*\(([^)]+)\))?(?:,|\s+which\b|\s+hosted\b|\s+organi[sz]ed\b|$)/i.exec(clean);
  if (!nameMatch) return undefined;
  const name = nameMatch[1].trim();
  const head = headOf(name);
  if (!head || name.split(/\s+/).length > 16 || !/\p{Lu}/u.test(name) || name.includes('"')) return undefined;
  const place = findPlaces(` ${rest}`)[0]?.place;
  const date = findDates(rest)[0] ?? findDates(sentence)[0];
  if (!place && !date) return undefined;
  const hosts = HOSTS.exec(clean)?.[1];
  const parent = /\bpart of (?:the\s+)?(.+?)(?:\s*\([^)]*\))?$/i.exec(clean.split(/,\s*which\s+/i)[1] ?? "")?.[1];
  return {
    name,
    acronym: nameMatch[2],
    head,
    verb: /^(opens|open|opened)$/i.test(verb)
      ? "opened"
      : /^took place|takes place$/i.test(verb)
        ? "took place"
        : `was ${verb.toLowerCase()}`,
    date,
    place,
    hosts: hosts ? splitList(hosts) : [],
    parent,
  };
}

/** Every event the sentence reports, with what it says of date, place and hosts. */
export function extractEvents(sentence: string): EventMention[] {
  const out: EventMention[] = [];
  const intransitive = INTRANSITIVE.exec(sentence);
  if (intransitive) {
    const e = fromSubject(intransitive[1], intransitive[2], intransitive[3], sentence);
    if (e) out.push(e);
  }
  const transitive = TRANSITIVE.exec(sentence);
  if (transitive && out.length === 0) {
    const name = transitive[2].trim();
    const after = sentence.slice(transitive.index + transitive[0].length);
    const place = findPlaces(after)[0]?.place;
    const date = findDates(after)[0];
    const before = sentence.slice(0, transitive.index);
    const host = [...before.matchAll(/\(([\p{Lu}][\p{L}&]*[\p{Lu}])\)|\b([\p{Lu}]{2,}[\p{L}&]*)\b/gu)].pop();
    if (place || date) {
      out.push({
        name,
        head: headOf(name) ?? "event",
        verb: "was held",
        date,
        place,
        hosts: host ? [host[1] ?? host[2]] : [],
      });
    }
  }
  return out;
}

export interface ThemeMention {
  theme: string;
  /** A named event in the sentence, or just the event noun ("forum") to resolve in context. */
  subject: string;
}

const THEME =
  /\b(?:under the theme of|with the theme of|on the theme of|the theme of|with the theme|themed|entitled|theme:)\s*("?)([^".]+(?:\.\d[^".]*)?)(?:"|\.|$)/i;

export function extractTheme(sentence: string): ThemeMention | undefined {
  const m = THEME.exec(sentence);
  if (!m) return undefined;
  const theme = m[2].replace(/[,;:\s]+$/, "").trim();
  if (!theme || theme.split(/\s+/).length > 14) return undefined;
  const outside = sentence.slice(0, m.index) + sentence.slice(m.index + m[0].length);
  const named = /(?:\d+(?:st|nd|rd|th)\s+)?(?:\p{Lu}[\p{L}-]*\s+)+(?:of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s*)+)?/gu;
  let subject = "";
  for (const n of outside.matchAll(named)) if (headOf(n[0])) subject = n[0].trim();
  if (!subject) subject = headOf(outside) ?? "";
  return { theme, subject };
}
