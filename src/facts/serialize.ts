/**
 * Knowledge ⇄ plain JSON, for the start-up snapshot. Passages are rebuilt from the articles
 * (deterministically, same ids), so facts refer to them by id.
 */
import type { Passage } from "../search/chunk.js";
import {
  type EventFact,
  type FigureFact,
  type Knowledge,
  type Org,
  orgKeys,
  type Person,
  personKeys,
  type RoleFact,
} from "./knowledge.js";

type Plain<T, K extends keyof T, R> = Omit<T, K> & R;
type PlainRole = Plain<RoleFact, "passage", { passage: number }>;
type PlainFigure = Plain<FigureFact, "passage", { passage: number }>;
type PlainPerson = Plain<
  Person,
  "keys" | "roles" | "mentions" | "references",
  { keys: string[]; roles: number[]; mentions: number[]; references: number[] }
>;
type PlainOrg = Plain<Org, "mentions" | "definedIn", { mentions: number[]; definedIn?: number }>;
type PlainEvent = Plain<
  EventFact,
  "attendance" | "passages" | "themePassage",
  { attendance: number[]; passages: number[]; themePassage?: number }
>;

export interface PlainKnowledge {
  people: PlainPerson[];
  orgs: PlainOrg[];
  events: PlainEvent[];
  figures: PlainFigure[];
  roles: PlainRole[];
}

export function knowledgeToPlain(kb: Knowledge): PlainKnowledge {
  const roleIndex = new Map(kb.roles.map((r, i) => [r, i]));
  const figureIndex = new Map(kb.figures.map((f, i) => [f, i]));
  return {
    roles: kb.roles.map((r) => ({ ...r, passage: r.passage.id })),
    figures: kb.figures.map((f) => ({ ...f, passage: f.passage.id })),
    people: kb.people.map((p) => ({
      ...p,
      keys: [...p.keys],
      roles: p.roles.map((r) => roleIndex.get(r) ?? -1),
      mentions: [...p.mentions],
      references: [...p.references],
    })),
    orgs: kb.orgs.map((o) => ({ ...o, mentions: [...o.mentions], definedIn: o.definedIn?.id })),
    events: kb.events.map((e) => ({
      ...e,
      attendance: e.attendance.map((f) => figureIndex.get(f) ?? -1),
      passages: e.passages.map((p) => p.id),
      themePassage: e.themePassage?.id,
    })),
  };
}

export function knowledgeFromPlain(plain: PlainKnowledge, passages: Passage[]): Knowledge {
  const at = (id: number) => {
    const p = passages[id];
    if (!p) throw new Error(`snapshot refers to passage ${id}, which the corpus does not have`);
    return p;
  };
  const roles: RoleFact[] = plain.roles.map((r) => ({ ...r, passage: at(r.passage) }));
  const figures: FigureFact[] = plain.figures.map((f) => ({ ...f, passage: at(f.passage) }));
  const people: Person[] = plain.people.map((p) => ({
    ...p,
    keys: new Set(p.keys),
    roles: p.roles.map((i) => roles[i]),
    mentions: new Set(p.mentions),
    references: new Set(p.references),
  }));
  const orgs: Org[] = plain.orgs.map((o) => ({
    ...o,
    mentions: new Set(o.mentions),
    definedIn: o.definedIn === undefined ? undefined : at(o.definedIn),
  }));
  const events: EventFact[] = plain.events.map((e) => ({
    ...e,
    attendance: e.attendance.map((i) => figures[i]),
    passages: e.passages.map(at),
    themePassage: e.themePassage === undefined ? undefined : at(e.themePassage),
  }));
  return { people, orgs, events, figures, roles, personByKey: personKeys(people), orgByKey: orgKeys(orgs) };
}
