/**
 * The knowledge base: people (clustered spellings, roles), organisations (acronyms and names),
 * events (date, place, hosts, theme, attendance) and figures, each tied to the passage it came from.
 * Built once at load time from any corpus; nothing here knows a particular article.
 */
import type { Passage } from "../search/chunk.js";
import { hasHan, nameKey } from "../text/normalize.js";
import type { CuratedAliases } from "./aliases.js";
import { clusterNames, type NameStats } from "./cluster.js";
import { type EventMention, extractEvents, extractTheme, headOf } from "./events.js";
import { extractFigures } from "./figures.js";
import { EVENT_HEADS } from "./lexicon.js";
import { extractAcronyms, extractOrgNames } from "./orgs.js";
import { pinyinKeys } from "./pinyin.js";
import { extractPeople, type RoleMention } from "./roles.js";

export interface RoleFact extends RoleMention {
  /** Canonical name of the person. */
  canonical: string;
  /** Organisations the role's org text names. */
  orgIds: number[];
  passage: Passage;
}

export interface Person {
  id: number;
  name: string;
  aliases: string[];
  keys: Set<string>;
  roles: RoleFact[];
  /** Passages naming the person in full. */
  mentions: Set<number>;
  /** Passages referring to the person by one distinctive part of the name ("added Huai"). */
  references: Set<number>;
}

export interface Org {
  id: number;
  name: string;
  acronym?: string;
  names: string[];
  mentions: Set<number>;
  definedIn?: Passage;
}

export interface EventFact {
  id: number;
  name: string;
  acronym?: string;
  aliases: string[];
  head: string;
  verb: string;
  date?: string;
  dateText?: string;
  place?: string;
  hosts: string[];
  theme?: string;
  parent?: string;
  attendance: FigureFact[];
  passages: Passage[];
  themePassage?: Passage;
}

export interface FigureFact {
  value: string;
  counts: string;
  clause: string;
  passage: Passage;
}

export interface Knowledge {
  people: Person[];
  orgs: Org[];
  events: EventFact[];
  figures: FigureFact[];
  roles: RoleFact[];
  /** Name key (and pinyin key) → person. */
  personByKey: Map<string, Person>;
  /** Upper-case acronym or name key → organisation. */
  orgByKey: Map<string, Org>;
}

/** The key an acronym is known by: upper case, a plural "s" dropped ("SDGs" → "SDG"). */
export const acronymKey = (a: string) => a.toUpperCase().replace(/S$/, "").replace(/\s+/g, " ");

/** Words that may be acronyms ("CAST", "APsyA", "SDGs"). */
export const ACRONYM_WORD = /\b[\p{Lu}][\p{L}&]*[\p{Lu}]s?\b/gu;

/** Organisations by acronym and by each name's key. */
export function orgKeys(orgs: Org[]): Map<string, Org> {
  const orgByKey = new Map<string, Org>();
  for (const o of orgs) {
    if (o.acronym) orgByKey.set(acronymKey(o.acronym), o);
    for (const n of o.names) orgByKey.set(nameKey(n), o);
  }
  return orgByKey;
}

/** People by each spelling's key (and pinyin key). */
export function personKeys(people: Person[]): Map<string, Person> {
  const personByKey = new Map<string, Person>();
  for (const p of people) for (const k of p.keys) personByKey.set(k, p);
  return personByKey;
}

export function buildKnowledge(passages: Passage[], curated: CuratedAliases): Knowledge {
  const orgs = collectOrgs(passages);
  const orgByKey = orgKeys(orgs);
  const { people, roles } = collectPeople(passages, curated, orgByKey);
  const personByKey = personKeys(people);
  const figures = passages.flatMap((passage) => extractFigures(passage.norm).map((f) => ({ ...f, passage })));
  const events = collectEvents(passages, orgByKey, figures);
  return { people, orgs, events, figures, roles, personByKey, orgByKey };
}

/** Organisations from "Name (ACR)" pairs and from capitalised names ending in an org noun. */
function collectOrgs(passages: Passage[]): Org[] {
  const byAcronym = new Map<string, Org>();
  const byName = new Map<string, Org>();
  const orgs: Org[] = [];
  const add = (name: string, acronym: string | undefined, passage: Passage) => {
    let org = (acronym && byAcronym.get(acronymKey(acronym))) || byName.get(nameKey(name));
    if (!org) {
      org = { id: orgs.length, name, acronym, names: [], mentions: new Set(), definedIn: acronym ? passage : undefined };
      orgs.push(org);
    }
    if (acronym && !org.acronym) {
      org.acronym = acronym;
      org.definedIn = passage;
    }
    if (acronym) byAcronym.set(acronymKey(acronym), org);
    if (!org.names.some((n) => nameKey(n) === nameKey(name))) org.names.push(name);
    byName.set(nameKey(name), org);
    org.mentions.add(passage.id);
  };
  for (const passage of passages) {
    for (const a of extractAcronyms(passage.norm)) {
      if (!a.name.split(/\s+/).some((w) => EVENT_HEADS.has(w.toLowerCase()))) add(a.name, a.acronym, passage);
    }
  }
  for (const passage of passages) {
    for (const name of extractOrgNames(passage.norm)) add(name, undefined, passage);
    for (const m of passage.norm.matchAll(ACRONYM_WORD)) {
      const org = byAcronym.get(acronymKey(m[0]));
      if (org) org.mentions.add(passage.id);
    }
  }
  // The most used spelling of an acronym's expansion names it.
  for (const o of orgs) if (o.names.length > 1 && o.acronym) o.name = o.names[0];
  return orgs;
}

/** Organisations named inside a role's org text ("Secretariat of the CAST" → CAST): acronyms and known names. */
export function orgsIn(text: string, orgByKey: Map<string, Org>): number[] {
  const ids = new Set<number>();
  for (const m of text.matchAll(ACRONYM_WORD)) {
    const o = orgByKey.get(acronymKey(m[0]));
    if (o) ids.add(o.id);
  }
  for (const name of [text.replace(/\s*\([^)]*\)\s*$/, ""), ...extractOrgNames(text)]) {
    const o = orgByKey.get(nameKey(name.replace(/^the\s+/i, "")));
    if (o) ids.add(o.id);
  }
  return [...ids];
}

function collectPeople(passages: Passage[], curated: CuratedAliases, orgByKey: Map<string, Org>) {
  const found = passages.map((p) => ({ passage: p, ...extractPeople(p.norm) }));
  const stats = new Map<string, NameStats>();
  const rawRoles: { role: RoleMention; passage: Passage; orgIds: number[] }[] = [];
  const touch = (name: string) => {
    const s = stats.get(name) ?? { name, key: nameKey(name), count: 0, orgs: new Set<string>() };
    s.count++;
    stats.set(name, s);
    return s;
  };
  for (const f of found) {
    for (const n of f.names) touch(n);
    for (const role of f.roles) {
      const orgIds = orgsIn(role.org, orgByKey);
      for (const id of orgIds) (stats.get(role.person) ?? touch(role.person)).orgs.add(String(id));
      rawRoles.push({ role, passage: f.passage, orgIds });
    }
  }
  // Curated aliases name people extraction may never see ("怀进鹏").
  for (const [canonical, aliases] of curated) {
    for (const n of [canonical, ...aliases])
      if (!stats.has(n) && stats.has(canonical))
        stats.set(n, { name: n, key: hasHan(n) ? pinyinKeys(n).join("") : nameKey(n), count: 0, orgs: new Set() });
  }
  const wordCount = new Map<string, number>();
  for (const p of passages)
    for (const w of p.norm.match(/\p{Lu}[\p{L}'-]+/gu) ?? []) wordCount.set(w, (wordCount.get(w) ?? 0) + 1);
  const canonicalOf = clusterNames([...stats.values()], curated, (w) => wordCount.get(w) ?? 0);
  const people = new Map<string, Person>();
  for (const s of stats.values()) {
    const canonical = canonicalOf.get(s.name) ?? s.name;
    const person = people.get(canonical) ?? {
      id: people.size,
      name: canonical,
      aliases: [],
      keys: new Set<string>(),
      roles: [],
      mentions: new Set<number>(),
      references: new Set<number>(),
    };
    if (!person.aliases.includes(s.name)) person.aliases.push(s.name);
    person.keys.add(s.key);
    if (hasHan(s.name)) person.keys.add(pinyinKeys(s.name).join(""));
    people.set(canonical, person);
  }
  const roles: RoleFact[] = rawRoles.map(({ role, passage, orgIds }) => ({
    ...role,
    canonical: canonicalOf.get(role.person) ?? role.person,
    orgIds,
    passage,
  }));
  for (const r of roles) people.get(r.canonical)?.roles.push(r);
  for (const f of found) for (const n of f.names) people.get(canonicalOf.get(n) ?? n)?.mentions.add(f.passage.id);
  addPartialReferences([...people.values()], passages);
  return { people: [...people.values()], roles };
}

/** "added Huai": a single name part counts where it is unique among the article's people. */
function addPartialReferences(people: Person[], passages: Passage[]) {
  const passagesOf = new Map<string, Passage[]>();
  for (const p of passages) {
    const list = passagesOf.get(p.article.id);
    if (list) list.push(p);
    else passagesOf.set(p.article.id, [p]);
  }
  const peopleOf = new Map<string, Set<Person>>();
  for (const person of people) {
    for (const m of person.mentions) {
      const id = passages[m].article.id;
      const set = peopleOf.get(id) ?? new Set<Person>();
      set.add(person);
      peopleOf.set(id, set);
    }
  }
  const partsOf = (p: Person) =>
    new Set(p.aliases.flatMap((a) => a.split(/\s+/)).filter((t) => t.length >= 3 && /^\p{Lu}/u.test(t)));
  for (const [articleId, present] of peopleOf) {
    const partCount = new Map<string, number>();
    for (const p of present) for (const t of partsOf(p)) partCount.set(t, (partCount.get(t) ?? 0) + 1);
    for (const p of present) {
      const unique = [...partsOf(p)].filter((t) => partCount.get(t) === 1);
      if (unique.length === 0) continue;
      const re = new RegExp(`\\b(?:${unique.map(escapeRe).join("|")})\\b`, "u");
      for (const passage of passagesOf.get(articleId) ?? [])
        if (!p.mentions.has(passage.id) && re.test(passage.norm)) p.references.add(passage.id);
    }
  }
}

export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const eventKey = (name: string) => nameKey(name.replace(/^the\s+/i, ""));

/**
 * Events found so far, indexed by name key, acronym and article: merging a mention looks up the
 * same name or acronym anywhere, and a longer or shorter form of the name in the same article
 * (a headline and its first sentence).
 */
class EventRegistry {
  readonly events: EventFact[] = [];
  private readonly byKey = new Map<string, EventFact>();
  private readonly byAcronym = new Map<string, EventFact>();
  private readonly byArticle = new Map<string, EventFact[]>();

  find(name: string, acronym: string | undefined, articleId: string): EventFact | undefined {
    const key = eventKey(name);
    const hit = this.byKey.get(key) ?? (acronym ? this.byAcronym.get(acronym) : undefined);
    if (hit) return hit;
    if (key.length < 15) return undefined;
    return this.inArticle(articleId).find((e) =>
      [e.name, ...e.aliases].some((n) => {
        const k = eventKey(n);
        return k.length >= 15 && (k.includes(key) || key.includes(k));
      }),
    );
  }

  inArticle(articleId: string): EventFact[] {
    return this.byArticle.get(articleId) ?? [];
  }

  add(e: EventFact): void {
    this.events.push(e);
    this.index(e);
  }

  /** (Re)index an event under its current names, acronym and articles. */
  index(e: EventFact): void {
    for (const n of [e.name, ...e.aliases]) this.byKey.set(eventKey(n), e);
    if (e.acronym) this.byAcronym.set(e.acronym, e);
    for (const p of e.passages) {
      const list = this.byArticle.get(p.article.id) ?? [];
      if (!list.includes(e)) list.push(e);
      this.byArticle.set(p.article.id, list);
    }
  }
}

function collectEvents(passages: Passage[], orgByKey: Map<string, Org>, figures: FigureFact[]): EventFact[] {
  const registry = new EventRegistry();
  const merge = (m: EventMention, passage: Passage) => {
    let e = registry.find(m.name, m.acronym, passage.article.id);
    if (!e) {
      e = {
        id: registry.events.length,
        name: m.name,
        aliases: [],
        head: m.head,
        verb: m.verb,
        hosts: [],
        attendance: [],
        passages: [],
      };
      registry.add(e);
    }
    if (m.acronym && !e.acronym) e.acronym = m.acronym;
    if (m.name.length > e.name.length && !m.name.includes('"')) {
      e.aliases.push(e.name);
      e.name = m.name;
    }
    if (m.date && (!e.date || m.date.iso.length > e.date.length)) {
      e.date = m.date.iso;
      e.dateText = m.date.text;
      e.verb = m.verb;
    }
    e.place ??= m.place;
    e.parent ??= m.parent;
    if (m.hosts.length > e.hosts.length) e.hosts = m.hosts.map((h) => expandAcronym(h, orgByKey));
    if (!e.passages.includes(passage)) e.passages.push(passage);
    registry.index(e);
    return e;
  };
  for (const passage of passages) for (const m of extractEvents(passage.norm)) merge(m, passage);
  // Acronyms whose expansion is an event name ("(WSTDF 2020)") become aliases of that event.
  for (const passage of passages) {
    for (const a of extractAcronyms(passage.norm)) {
      if (!headOf(a.name)) continue;
      const e = registry.find(a.name, a.acronym, passage.article.id);
      if (e && !e.acronym) {
        e.acronym = a.acronym;
        registry.index(e);
      }
    }
  }
  for (const passage of passages) {
    const t = extractTheme(passage.norm);
    if (!t) continue;
    const e =
      resolveEventReference(t.subject, passage, registry) ??
      (t.subject.includes(" ")
        ? merge({ name: t.subject, head: headOf(t.subject) ?? "event", verb: "was held", hosts: [] }, passage)
        : undefined);
    if (e && !e.theme) {
      e.theme = t.theme;
      e.themePassage = passage;
    }
  }
  for (const f of figures) {
    if (!/\battend(?:ed|s|ing|ance)?\b/i.test(f.clause)) continue;
    const e = resolveEventReference(headOf(f.clause) ?? "event", f.passage, registry);
    if (e && !e.attendance.some((a) => a.clause === f.clause)) e.attendance.push(f);
  }
  return registry.events;
}

/** "the forum" → the forum of the same article; a full name → that event. */
function resolveEventReference(subject: string, passage: Passage, registry: EventRegistry): EventFact | undefined {
  if (subject.includes(" ")) {
    const named = registry.find(subject, undefined, passage.article.id);
    if (named) return named;
  }
  const head = headOf(subject) ?? subject;
  const inArticle = registry.inArticle(passage.article.id);
  const sameHead = inArticle.filter((e) => e.head === head || head === "event");
  const pool = sameHead.length > 0 ? sameHead : subject.includes(" ") ? [] : inArticle;
  return pool.sort((a, b) => distanceTo(a, passage) - distanceTo(b, passage))[0];
}

function distanceTo(e: EventFact, passage: Passage): number {
  return Math.min(
    ...e.passages.filter((p) => p.article.id === passage.article.id).map((p) => Math.abs(p.position - passage.position)),
  );
}

/** "CAST" → "China Association for Science and Technology (CAST)" when the corpus defines it. */
export function expandAcronym(text: string, orgByKey: Map<string, Org>): string {
  const o = orgByKey.get(acronymKey(text));
  return o?.acronym && acronymKey(o.acronym) === acronymKey(text) ? `${o.name} (${o.acronym})` : text;
}
