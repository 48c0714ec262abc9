/** Question understanding: which kind of question, about what. Patterns of English questions only. */

import { ROLE_HEADS } from "../facts/lexicon.js";
import { findPeriod, type Period } from "../text/dates.js";
import { hasHan, normalizeText, squash } from "../text/normalize.js";

export type Intent =
  | { kind: "who_is"; target: string }
  | { kind: "role_of"; role: string; org: string }
  | { kind: "what_is"; target: string }
  | { kind: "when"; target: string }
  | { kind: "where"; target: string }
  | { kind: "theme"; target: string }
  | { kind: "how_many"; target: string }
  | { kind: "period"; period: Period }
  | { kind: "who_did"; verb: string; rest: string }
  | { kind: "activity"; person: string; topic: string; said: boolean }
  | { kind: "search"; text: string };

const EVENT_VERBS =
  /\s+(?:held|hold|open|opened|opens|take place|took place|happen|happened|start|started|begin|began|end|ended|close|closed|launched|released|issued|organi[sz]ed|hosted)$/i;
const LEADING_AUX = /^(?:was|were|is|are|did|does|do|will|has|have|had)\s+/i;

/** Clean a question: quotes, spaces, a leading mention or greeting, trailing punctuation. */
export function cleanQuestion(question: string): string {
  return squash(normalizeText(question))
    .replace(/^(?:<@[\w|]+>\s*)+/, "")
    .replace(/^(?:hey|hi|hello|please|ok|so)[,!]?\s+/i, "")
    .replace(/^(?:can|could) you (?:tell me|say)\s+/i, "")
    .replace(/[?!.。？！\s]+$/u, "")
    .trim();
}

const stripArticle = (s: string) => s.replace(/^(?:the|a|an)\s+/i, "").trim();
const eventTarget = (s: string) => stripArticle(s.replace(LEADING_AUX, "").replace(EVENT_VERBS, "").trim());
const hasRoleWord = (s: string) =>
  s
    .toLowerCase()
    .split(/\s+/)
    .some((w) => ROLE_HEADS.has(w) || ROLE_HEADS.has(w.replace(/s$/, "")));

export function understand(question: string): Intent {
  const q = cleanQuestion(question);
  let m: RegExpExecArray | null;
  if (hasHan(q) && !/[a-z]{2}/i.test(q)) return { kind: "who_is", target: q };
  if (
    (m = /^(?:what|which) (?:is|was|were|are)(?: the)? themes? (?:of|for) (.+)$/i.exec(q)) ||
    (m = /^themes? (?:of|for) (.+)$/i.exec(q))
  )
    return { kind: "theme", target: eventTarget(m[1]) };
  if ((m = /^what happened (?:in|on|during|around) (.+)$/i.exec(q))) {
    const period = findPeriod(m[1]);
    if (period) return { kind: "period", period };
  }
  if (
    (m = /^(?:who|what)(?:'s| is| was| are| were) (?:the |a |an )?(.+?) (?:of|at|for|in) (?:the )?(.+)$/i.exec(q)) &&
    hasRoleWord(m[1])
  )
    return { kind: "role_of", role: m[1], org: m[2] };
  if (
    (m = /^(?:who(?:'s| is| was| are| were)|tell me about|what about|what do you know about|info on|information on) (.+)$/i.exec(
      q,
    ))
  )
    return { kind: "who_is", target: stripArticle(m[1]) };
  if (
    (m =
      /^what (?:did|does|has|have) (.+?) (say|said|do|did|done|talk about|speak about)(?: (?:about|on|regarding) (.+))?$/i.exec(
        q,
      ))
  )
    return { kind: "activity", person: m[1], topic: m[3] ?? "", said: !/^(?:do|did|done)$/i.test(m[2]) };
  if ((m = /^what (?:is|was|are|were|'s|does) (.+?)(?: stand for| mean)?$/i.exec(q)) || (m = /^what's (.+)$/i.exec(q)))
    return { kind: "what_is", target: stripArticle(m[1]) };
  if ((m = /^when\b\s*(.*)$/i.exec(q))) return { kind: "when", target: eventTarget(m[1]) };
  if ((m = /^where\b\s*(.*)$/i.exec(q))) return { kind: "where", target: eventTarget(m[1]) };
  if ((m = /^how (?:many|much)\b\s*(.*)$/i.exec(q))) return { kind: "how_many", target: m[1] };
  if ((m = /^who (\w+)\s+(.+)$/i.exec(q)) && !/^(?:is|was|are|were|'s)$/i.test(m[1]))
    return { kind: "who_did", verb: m[1], rest: m[2] };
  return { kind: "search", text: q };
}
