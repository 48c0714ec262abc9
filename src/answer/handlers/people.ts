/** "who is X", "who is the president of Y", "what did X say about Z". */

import type { Person, RoleFact } from "../../facts/knowledge.js";
import { REPORTING_VERBS, singularTitle } from "../../facts/lexicon.js";
import type { Passage } from "../../search/chunk.js";
import { nameKey } from "../../text/normalize.js";
import { compress } from "../compress.js";
import { findOrg, findPeople, personIn } from "../lookup.js";
import { expandAcronyms, joinWithin, roleRow, uniqueRows } from "../rows.js";
import { contentTerms } from "../terms.js";
import type { Draft, HandlerContext } from "./context.js";

const phraseKey = (r: RoleFact) => r.phrase.toLowerCase().replace(/^the\s+/, "");

/** The role phrases of a person, most often written first. */
function rolePhrases(person: Person): RoleFact[][] {
  const groups = new Map<string, RoleFact[]>();
  for (const r of person.roles) groups.set(phraseKey(r), [...(groups.get(phraseKey(r)) ?? []), r]);
  return [...groups.values()].sort((a, b) => b.length - a.length || b[0].orgIds.length - a[0].orgIds.length);
}

export function describePerson(ctx: HandlerContext, person: Person): Draft {
  const groups = rolePhrases(person);
  if (groups.length > 0) {
    const [main, ...others] = groups;
    const head = expandAcronyms(`${person.name} is ${main[0].phrase}.`, ctx.kb);
    const covered = new Set(main.map((r) => `${r.title.toLowerCase()}|${r.orgIds.join(",")}`));
    const also = others
      .filter((g) => g.some((r) => !covered.has(`${r.title.toLowerCase()}|${r.orgIds.join(",")}`)))
      .map((g) => g[0].phrase);
    const answer =
      joinWithin([head, ...(also.length ? [`Also: ${also.join("; ")}.`] : [])]).length <= 300 && also.length
        ? joinWithin([head, `Also: ${also.join("; ")}.`])
        : joinWithin([head, ...also.map((p) => `Also: ${p}.`)]);
    return {
      answer,
      facts: uniqueRows(groups.flat().map(roleRow)),
      evidence: [...new Set(groups.flat().map((r) => r.passage))],
      focus: person.name,
    };
  }
  const passages = [...person.mentions, ...person.references].map((id) => ctx.index.passages[id]);
  const best = passages.sort((a, b) => subjectScore(b, person) - subjectScore(a, person) || a.position - b.position)[0];
  if (!best) return { answer: "", facts: [], evidence: [], focus: person.name };
  return {
    answer: compress(best.text, [person.name, ...person.name.split(" ")]),
    facts: [],
    evidence: [best],
    focus: person.name,
  };
}

const SPEECH =
  /\b(?:said|says|say|told|noted|stressed|emphasi[sz]ed|pointed out|added|urged|stated|argued|explained|warned|appeal(?:s|ed)|agreed|suggested|concluded|remarked)\b/;
/** A sentence about the person: the name early, a reporting verb, and short enough to read. */
function subjectScore(p: Passage, person: Person): number {
  const lower = p.norm.toLowerCase();
  const spellings = [...person.aliases, ...person.aliases.flatMap((a) => a.split(/\s+/))];
  const at = Math.min(...spellings.map((a) => lower.indexOf(a.toLowerCase())).filter((i) => i >= 0));
  const early = at <= 40 ? 2 : at <= 120 ? 1 : 0;
  const action = p.norm.split(/\s+/).some((w) => REPORTING_VERBS.has(w.toLowerCase())) ? 1 : 0;
  const short = p.text.length <= 300 ? 1 : 0;
  return early + action + short;
}

export function whoIs(ctx: HandlerContext, target: string): Draft | undefined {
  const people = findPeople(ctx.kb, target);
  if (people.length === 1) return describePerson(ctx, people[0]);
  if (people.length > 1) {
    const names = people.map((p) => p.name);
    return {
      answer: `"${target}" could be ${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}.`,
      facts: [],
      evidence: [],
      suggestions: names.map((n) => `who is ${n}`),
    };
  }
  return undefined;
}

const normTitle = (t: string) =>
  singularTitle(
    t
      .toLowerCase()
      .replace(/^the\s+/, "")
      .replace(/\s+/g, " ")
      .trim(),
  );
const NOT_THE_SAME = /\b(?:vice|deputy|assistant|associate|former|honorary|acting|executive)\b/;

export function roleOf(ctx: HandlerContext, role: string, orgText: string): Draft | undefined {
  const org = findOrg(ctx.kb, orgText);
  const wanted = normTitle(role);
  const atOrg = (r: RoleFact) =>
    org ? r.orgIds.includes(org.id) : nameKey(r.org).includes(nameKey(orgText)) && nameKey(orgText).length > 2;
  const candidates = ctx.kb.roles.filter(atOrg);
  const exact = candidates.filter((r) => normTitle(r.title) === wanted);
  const loose = candidates.filter((r) => {
    const t = normTitle(r.title);
    return t.endsWith(wanted) && !NOT_THE_SAME.test(t.slice(0, t.length - wanted.length)) && !NOT_THE_SAME.test(wanted);
  });
  const found = exact.length ? exact : loose;
  if (found.length === 0) return undefined;
  const names = [...new Set(found.map((r) => r.canonical))];
  const first = found[0];
  const orgName = org?.acronym ?? first.org;
  const answer = expandAcronyms(
    `${names.join(" and ")} ${names.length > 1 ? "are" : "is"} ${first.title} of ${orgName}.`,
    ctx.kb,
  );
  return {
    answer,
    facts: uniqueRows(found.map(roleRow)),
    evidence: [...new Set(found.map((r) => r.passage))],
    focus: names.length === 1 ? names[0] : undefined,
  };
}

/** "what did X say about Y": X's passages ranked by Y. */
export function activity(ctx: HandlerContext, personText: string, topic: string, said = false): Draft | undefined {
  const person = findPeople(ctx.kb, personText)[0] ?? personIn(ctx.kb, personText);
  if (!person) return undefined;
  const passages = [...person.mentions, ...person.references].map((id) => ctx.index.passages[id]);
  const terms = contentTerms(topic);
  const scored = passages
    .map((p) => ({ p, coverage: ctx.scorer.coverage(terms, new Set(contentTerms(p.text))) }))
    .map((s) => ({ ...s, speech: said && SPEECH.test(s.p.norm) ? 1 : 0 }))
    .sort(
      (a, b) =>
        b.coverage - a.coverage ||
        b.speech - a.speech ||
        subjectScore(b.p, person) - subjectScore(a.p, person) ||
        a.p.position - b.p.position,
    );
  const best = scored[0];
  if (!best || (terms.length > 0 && best.coverage < 0.5)) return undefined;
  // "What did X say" with no sentence where X speaks: the corpus does not know; do not guess.
  if (said && best.speech === 0) return undefined;
  const focus = [person.name, ...person.name.split(" "), ...topic.split(/\s+/)];
  return {
    answer: compress(best.p.text, focus),
    facts: uniqueRows(person.roles.slice(0, 2).map(roleRow)),
    evidence: scored
      .filter((s) => s.coverage >= best.coverage)
      .slice(0, 3)
      .map((s) => s.p),
    focus: person.name,
  };
}
