/**
 * People and their roles, from appositives ("Gong Ke, president of the World Federation of
 * Engineering Organizations (WFEO), presided ..."), lists of them, coordinated names ("Shu Wei and
 * Song Jun, both executive secretaries of CAST") and title-before-name ("President Xi Jinping").
 */
import { NAME_CONNECTORS, REPORTING_VERBS, ROLE_HEADS, ROLE_MODIFIERS, singularTitle } from "./lexicon.js";
import { isPersonName, leadingName, namesNearVerbs, parseNameList, trailingName } from "./names.js";
import { splitTopLevel } from "./segments.js";

export interface RoleMention {
  person: string;
  /** The job title ("executive vice president"). */
  title: string;
  /** The organisation as written, without a leading "the" ("CAST"), or "" when none is said. */
  org: string;
  /** The whole role phrase as written for this person. */
  phrase: string;
}

export interface PeopleInSentence {
  roles: RoleMention[];
  /** Every person named, with or without a role. */
  names: string[];
}

const bare = (w: string) => w.toLowerCase().replace(/[^a-z-]/g, "");
const isRoleWord = (w: string) => {
  const b = bare(w);
  return ROLE_HEADS.has(b) || ROLE_HEADS.has(b.replace(/s$/, "")) || ROLE_HEADS.has(b.replace(/ies$/, "y"));
};
const isModifier = (w: string) => ROLE_MODIFIERS.has(bare(w));

/** Does the segment open like a job title ("former chairman of ...", "CEO of ...")? */
function looksLikeRole(segment: string): boolean {
  const words = segment.split(/\s+/);
  let i = 0;
  while (i < words.length && isModifier(words[i]) && !isRoleWord(words[i])) i++;
  return i < words.length && i < 4 && isRoleWord(words[i]);
}

/** Cut off what follows the role ("... Sciences delivered keynote speeches" → "... Sciences"). */
function cutPredicate(segment: string): { role: string; cut: boolean } {
  const words = segment.split(/\s+/);
  let sawProperNoun = false;
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (/^[\p{Lu}\d(]/u.test(w)) {
      sawProperNoun = true;
      continue;
    }
    const lower = bare(w);
    if (!/\p{L}/u.test(w)) continue;
    if (NAME_CONNECTORS.has(lower) || isRoleWord(w) || isModifier(w) || lower === "at" || lower === "with") continue;
    const verbLike =
      /ed$/.test(lower) || REPORTING_VERBS.has(lower) || /^(is|was|are|were|has|have|will|who|which|also)$/.test(lower);
    if (sawProperNoun || verbLike) return { role: words.slice(0, i).join(" "), cut: true };
  }
  return { role: segment, cut: false };
}

/** "executive vice president and chief executive secretary of CAST" → two titles sharing CAST. */
function splitTitles(role: string): { title: string; org: string }[] {
  const parts = role.split(/\s+and\s+(?=(?:\S+\s+){0,3}?\S+)/).reduce<string[]>((acc, part) => {
    const first = part.split(/\s+/)[0] ?? "";
    if (acc.length > 0 && !(isRoleWord(first) || isModifier(first))) acc[acc.length - 1] += ` and ${part}`;
    else acc.push(part);
    return acc;
  }, []);
  const split = parts.map((p) => {
    const m = /^(.*?)\s+(?:of|at|for|in|with)\s+(.+)$/.exec(p);
    if (m?.[1].split(/\s+/).some(isRoleWord)) return { title: m[1], org: m[2].replace(/^the\s+/i, "") };
    return { title: p, org: "" };
  });
  // A title without its own organisation shares the next one's ("vice president and secretary of X").
  for (let i = split.length - 2; i >= 0; i--) if (!split[i].org) split[i].org = split[i + 1].org;
  return split;
}

/** "CAST's president" → title "president" at org "CAST". */
function possessiveRole(segment: string): { title: string; org: string } | undefined {
  const m = /^((?:the\s+)?(?:\p{Lu}[\p{L}&-]*\s*)+)'s\s+(.+)$/u.exec(segment);
  if (m && looksLikeRole(m[2])) return { title: m[2], org: m[1].replace(/^the\s+/i, "").trim() };
  return undefined;
}

const isOrgContinuation = (segment: string) =>
  /^(?:the\s+)?\p{Lu}/u.test(segment) &&
  segment.split(/\s+/).every((w) => /^[\p{Lu}\d(]/u.test(w) || NAME_CONNECTORS.has(w.toLowerCase())) &&
  !isPersonName(segment);

/** Extract every person, and every role said of them, from one sentence. */
export function extractPeople(sentence: string): PeopleInSentence {
  const roles: RoleMention[] = [];
  const names = new Set<string>();
  let pending: string[] = [];
  let lastRoles: RoleMention[] = [];

  const segments = splitTopLevel(sentence.replace(/[.;:]$/, ""));
  for (const raw of segments) {
    const segment = raw.replace(/^(?:and|or)\s+/i, "").trim();
    const list = parseNameList(segment);
    // A lone name with nothing around it is more likely a headline than a person.
    if (list && segments.length > 1) {
      pending = list;
      lastRoles = [];
      for (const n of list) names.add(n);
      continue;
    }
    let stripped = segment.replace(/^(?:both|also|now|currently)\s+/i, "");
    // "former Chairman of the Tokyo Forum and Lena Berg": the role ends where the next name starts.
    let nextName: string | undefined;
    const tail = /^(.+?)\s+and\s+(\S+(?:\s+\S+){1,3})$/.exec(stripped);
    if (tail && pending.length > 0 && isPersonName(tail[2]) && looksLikeRole(tail[1])) {
      stripped = tail[1];
      nextName = tail[2];
    }
    const possessive = possessiveRole(stripped);
    if (pending.length > 0 && (looksLikeRole(stripped) || possessive)) {
      const plural = /s$/i.test((possessive?.title ?? stripped).split(/\s+(?:of|for|at|in|with)\s+/)[0]);
      const { role, cut } = cutPredicate(stripped);
      if (!(plural && pending.length === 1 && !possessive)) {
        const titles = possessive ? [possessive] : splitTitles(role);
        // "Secretary of X, Executive Vice Chairman, and First Secretary of Y": a bare title takes Y.
        const sharedOrg = titles[0]?.org;
        if (sharedOrg) for (const r of lastRoles) if (!r.org) r.org = sharedOrg;
        lastRoles = lastRoles.filter((r) => !r.org);
        for (const person of pending) {
          for (const t of titles) {
            const mention = {
              person,
              title: pending.length > 1 ? singularTitle(t.title) : t.title,
              org: t.org,
              phrase: possessive ? stripped : role,
            };
            roles.push(mention);
            lastRoles.push(mention);
          }
        }
        if (cut) pending = [];
        if (nextName) {
          names.add(nextName);
          pending = [nextName];
          lastRoles = [];
        }
        continue;
      }
    }
    if (lastRoles.length > 0 && isOrgContinuation(segment)) {
      for (const r of lastRoles) {
        r.org = r.org ? `${r.org}, ${segment}` : segment;
        r.phrase = `${r.phrase}, ${segment}`;
      }
      continue;
    }
    lastRoles = [];
    pending = [];
    const lead = leadingName(segment);
    if (lead) names.add(lead.name);
    const trail = trailingName(segment);
    if (trail) {
      names.add(trail);
      pending = [trail];
    }
  }

  for (const n of namesNearVerbs(sentence, REPORTING_VERBS)) names.add(n);
  for (const r of titleBeforeName(sentence)) {
    roles.push(r);
    names.add(r.person);
  }
  return { roles, names: [...names] };
}

/** "President Xi Jinping's instructions" → Xi Jinping, President. */
function titleBeforeName(sentence: string): RoleMention[] {
  const out: RoleMention[] = [];
  const re =
    /\b((?:Vice |Former |Executive )?(?:President|Premier|Chairman|Chairwoman|Professor|Prof\.|Dr\.|Minister|Secretary-General|Director-General|Academician|Ambassador|Governor|Mayor))\s+((?:\p{Lu}[\p{Ll}-]+)(?:\s+\p{Lu}[\p{Ll}-]+){1,2})/gu;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const name = m[2].replace(/'s$/, "");
    if (isPersonName(name)) out.push({ person: name, title: m[1], org: "", phrase: m[1] });
  }
  return out;
}
