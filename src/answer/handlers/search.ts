/** "who chaired X" and free-text questions: the best sentence, and only when it covers the question. */

import { escapeRe } from "../../facts/knowledge.js";
import { isPersonName } from "../../facts/names.js";
import { termsOf, words } from "../../text/tokenize.js";
import { compress } from "../compress.js";
import { personIn } from "../lookup.js";
import { roleRow, uniqueRows } from "../rows.js";
import { contentTerms } from "../terms.js";
import { type Draft, type HandlerContext, rank } from "./context.js";
import { hostedBy } from "./events.js";

/** Who did the verb in this sentence: the agent after "by", else the person before the verb. */
function agentOf(sentence: string, verbAt: number, verbWord: string): string | undefined {
  const after = sentence.slice(verbAt + verbWord.length);
  const byAgent = /^\s+(?:over\s+)?by\s+((?:\p{Lu}[\p{L}'-]*)(?:\s+\p{Lu}[\p{L}'-]*){0,3})/u.exec(after);
  if (byAgent && isPersonName(byAgent[1])) return byAgent[1];
  const before = sentence.slice(0, verbAt);
  const names = [...before.matchAll(/(?:\p{Lu}[\p{L}'-]*)(?:\s+\p{Lu}[\p{L}'-]*){1,3}/gu)].map((m) => m[0]).filter(isPersonName);
  return names[names.length - 1] === undefined ? undefined : names[0];
}

export function whoDid(ctx: HandlerContext, verb: string, rest: string): Draft | undefined {
  const hosted = hostedBy(ctx, verb, rest);
  if (hosted) return hosted;
  const verbStem = termsOf(verb)[0];
  const terms = contentTerms(`${verb} ${rest}`);
  for (const hit of rank(ctx, `${verb} ${rest}`, terms, 30)) {
    if (hit.coverage < 0.5) break;
    const verbWord = words(hit.passage.norm).find((w) => termsOf(w)[0] === verbStem);
    if (!verbWord) continue;
    const at = hit.passage.norm.search(new RegExp(`\\b${escapeRe(verbWord)}\\b`));
    const agent = agentOf(hit.passage.norm, at, verbWord);
    if (!agent) continue;
    const person = personIn(ctx.kb, agent);
    return {
      answer: compress(hit.passage.text, [agent, verb, ...rest.split(/\s+/)]),
      facts: person ? uniqueRows(person.roles.slice(0, 3).map(roleRow)) : [],
      evidence: [hit.passage],
      focus: person?.name ?? agent,
    };
  }
  return undefined;
}

/** Free text: the best-covering sentence, if it covers most of the question's weight. */
export function freeText(ctx: HandlerContext, text: string, minCoverage = 0.6): Draft | undefined {
  const terms = contentTerms(text);
  if (terms.length === 0) return undefined;
  const best = rank(ctx, text, terms, 30)[0];
  if (!best || best.coverage < minCoverage) return undefined;
  const own = ctx.scorer.coverage(terms, new Set(contentTerms(best.passage.text)));
  if (own === 0) return undefined;
  return { answer: compress(best.passage.text, terms), facts: [], evidence: [best.passage] };
}
