/** "what is X": an acronym, an organisation, an event, a person, or a phrase the corpus defines. */
import type { Org } from "../../facts/knowledge.js";
import { compress } from "../compress.js";
import { findEvents, findOrg, findPeople, personIn } from "../lookup.js";
import { describeEvent, eventRows, joinWithin, orgRow, roleRow, uniqueRows } from "../rows.js";
import { contentTerms } from "../terms.js";
import type { Draft, HandlerContext } from "./context.js";
import { describePerson } from "./people.js";

/** Titles that lead an organisation, most senior first. */
const LEAD_TITLES = [
  "president",
  "chairman",
  "chairwoman",
  "chair",
  "ceo",
  "chief executive",
  "chief executive officer",
  "director-general",
  "secretary-general",
  "director",
  "head",
];

export function describeOrg(ctx: HandlerContext, org: Org): Draft | undefined {
  if (!org.acronym) return undefined;
  const roles = ctx.kb.roles.filter((r) => r.orgIds.includes(org.id) && !/^former\b/i.test(r.title));
  const parts = [`${org.acronym} is the ${org.name}.`];
  const rankOf = (r: { title: string }) => LEAD_TITLES.indexOf(r.title.toLowerCase());
  const lead = roles.filter((r) => rankOf(r) >= 0).sort((a, b) => rankOf(a) - rankOf(b))[0];
  if (lead) parts.push(`${lead.canonical} is its ${lead.title}.`);
  return {
    answer: joinWithin(parts),
    facts: uniqueRows([...orgRow(org), ...(lead ? [roleRow(lead)] : [])]),
    evidence: [org.definedIn, lead?.passage].filter((p) => p !== undefined),
    focus: org.acronym,
  };
}

/** Cues that a sentence defines the phrase: quoted, "X is", "brand/program of X", an appositive. */
function definitionScore(text: string, phrase: string): number {
  const i = text.toLowerCase().indexOf(phrase.toLowerCase());
  if (i < 0) return 0;
  const before = text.slice(Math.max(0, i - 30), i);
  const after = text.slice(i + phrase.length, i + phrase.length + 12);
  let score = 1;
  if (/["']\s*$/.test(before)) score += 1;
  if (/\b(?:of|called|named|known as|dubbed)\s*["']?\s*$/i.test(before)) score += 1;
  if (/^\s*["']?\s*(?:is|was|are|refers|means|,\s*(?:a|an|the)\b)/i.test(after)) score += 1;
  return score;
}

export function whatIs(ctx: HandlerContext, target: string): Draft | undefined {
  const org = findOrg(ctx.kb, target);
  if (org) {
    const d = describeOrg(ctx, org);
    if (d) return d;
  }
  const event = findEvents(ctx.kb, ctx.scorer, target, 0.8)[0];
  if (event)
    return {
      answer: describeEvent(event),
      facts: eventRows(event),
      evidence: event.passages,
      focus: event.acronym ?? event.name,
    };
  const people = findPeople(ctx.kb, target);
  if (people.length === 1) return describePerson(ctx, people[0]);
  // "what is Wan Gang's role / job / title": the person, described.
  const owner = /^(.+?)'s\s+(?:\w+\s+)?(?:role|roles|job|title|titles|position|positions|post)$/i.exec(target);
  const person = owner ? personIn(ctx.kb, owner[1]) : undefined;
  if (person) return describePerson(ctx, person);
  return definition(ctx, target);
}

/** The sentence that best defines a phrase the corpus uses. */
export function definition(ctx: HandlerContext, phrase: string): Draft | undefined {
  const terms = contentTerms(phrase);
  if (terms.length === 0) return undefined;
  const candidates = ctx.index
    .query(phrase, 50)
    .map((h) => h.passage)
    .filter((p) => ctx.scorer.coverage(terms, new Set(contentTerms(p.text))) === 1)
    .map((p) => ({ p, score: definitionScore(p.norm, phrase) }))
    .sort((a, b) => b.score - a.score || a.p.position - b.p.position);
  const best = candidates[0];
  if (!best) return undefined;
  return { answer: compress(best.p.text, [phrase]), facts: [], evidence: candidates.slice(0, 3).map((c) => c.p) };
}
