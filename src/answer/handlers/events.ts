/** When, where, theme, who hosted, and what happened in a period. */
import type { EventFact } from "../../facts/knowledge.js";
import { findPlaces } from "../../facts/places.js";
import { findDates, formatIsoDate, type Period } from "../../text/dates.js";
import { compress } from "../compress.js";
import { findEvents } from "../lookup.js";
import { eventRows, joinWithin, listOf, theEvent, uniqueRows } from "../rows.js";
import { contentTerms } from "../terms.js";
import { type Draft, type HandlerContext, rank } from "./context.js";

const draftFor = (e: EventFact, answer: string): Draft => ({
  answer,
  facts: uniqueRows(eventRows(e)),
  evidence: e.passages,
  focus: e.acronym ?? e.name,
});

/** Typed extraction: the best passage holding a value of the wanted kind. */
function typed(ctx: HandlerContext, target: string, pick: (text: string) => string | undefined): Draft | undefined {
  const terms = contentTerms(target);
  for (const hit of rank(ctx, target, terms, 20)) {
    if (hit.coverage < 0.6) break;
    if (ctx.scorer.coverage(terms, new Set(contentTerms(hit.passage.text))) < 0.6) continue;
    const value = pick(hit.passage.norm);
    if (value) return { answer: compress(hit.passage.text, [value, ...terms], 240), facts: [], evidence: [hit.passage] };
  }
  return undefined;
}

export function when(ctx: HandlerContext, target: string): Draft | undefined {
  const e = findEvents(ctx.kb, ctx.scorer, target).find((x) => x.date);
  if (e?.date) return draftFor(e, `${theEvent(e)} ${e.verb}${e.place ? ` in ${e.place}` : ""} on ${formatIsoDate(e.date)}.`);
  return typed(ctx, target, (t) => findDates(t)[0]?.text);
}

export function where(ctx: HandlerContext, target: string): Draft | undefined {
  const e = findEvents(ctx.kb, ctx.scorer, target).find((x) => x.place);
  if (e?.place) {
    const verb = e.verb === "opened" ? "opened" : "took place";
    return draftFor(e, `${theEvent(e)} ${verb} in ${e.place}${e.date ? ` on ${formatIsoDate(e.date)}` : ""}.`);
  }
  return typed(ctx, target, (t) => findPlaces(t)[0]?.place);
}

export function theme(ctx: HandlerContext, target: string): Draft | undefined {
  const e = findEvents(ctx.kb, ctx.scorer, target, 0.5).find((x) => x.theme);
  if (e?.theme)
    return {
      ...draftFor(e, `The theme of ${theEvent(e).replace(/^The /, "the ")} was "${e.theme}".`),
      evidence: [e.themePassage ?? e.passages[0], ...e.passages],
    };
  return typed(ctx, `theme ${target}`, (t) => (/\btheme/i.test(t) ? "theme" : undefined));
}

const HOST_VERBS = /^(?:host|hosted|organi[sz]ed?|sponsored?|held|convened?|co-hosted)$/i;

export function hostedBy(ctx: HandlerContext, verb: string, target: string): Draft | undefined {
  if (!HOST_VERBS.test(verb)) return undefined;
  const e = findEvents(ctx.kb, ctx.scorer, target).find((x) => x.hosts.length);
  if (!e) return undefined;
  return draftFor(e, joinWithin([`${theEvent(e)} was hosted by ${listOf(e.hosts)}.`]));
}

export function inPeriod(ctx: HandlerContext, period: Period): Draft | undefined {
  const events = ctx.kb.events
    .filter((e) => e.date?.startsWith(period.prefix))
    .sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
  const covered = new Set(events.flatMap((e) => e.passages.map((p) => p.article.id)));
  const articles = [...new Set(ctx.index.passages.map((p) => p.article))].filter(
    (a) => a.date?.startsWith(period.prefix) && !covered.has(a.id),
  );
  if (events.length === 0 && articles.length === 0) return undefined;
  const items = [
    ...events.map((e) => `${theEvent(e)} ${e.verb}${e.place ? ` in ${e.place}` : ""} on ${formatIsoDate(e.date ?? "")}.`),
    ...articles.map((a) => `"${a.title}" (${formatIsoDate(a.date ?? "")}).`),
  ];
  return {
    answer: joinWithin([`In ${period.label}:`, ...items]),
    facts: uniqueRows(events.flatMap(eventRows)),
    evidence: [
      ...events.flatMap((e) => e.passages.slice(0, 1)),
      ...articles.map((a) => ctx.index.passages.find((p) => p.article === a)).filter((p) => p !== undefined),
    ],
  };
}
