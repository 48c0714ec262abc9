/**
 * A deterministic synthetic corpus: article-like text with people, roles, organisations with
 * acronyms, events with dates and places, themes and figures. Same seed, same corpus.
 */
import type { Article } from "../src/corpus/article.js";

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN =
  "Ana Bo Chen Dana Elif Farid Grace Hana Ivan Jun Kofi Lena Mei Nadia Omar Pavel Qing Rosa Sami Tariq Uma Vera Wei Xin Yara Zhao Akira Bruno Chloe Diego Emeka Fatima Goran Hugo Ingrid Jonas Kenji Leila Marta Nikos Olga Priya Rafael Sofia Tomas Ulla Viktor Wanjiru Yusuf Zara".split(
    " ",
  );
const SURNAMES =
  "Adeyemi Berg Castillo Dubois Eriksen Fischer Garcia Haddad Ito Jensen Kowalski Lindqvist Moreau Nakamura Okafor Petrov Quispe Rossi Schmidt Tanaka Umarov Varga Wagner Xu Yilmaz Zhang Liu Wang Huang Zhou Wu Sun Ma Zhu Hu Guo Lin Luo Gao Zheng Liang Song Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Cai Jiang Yu Du Ye".split(
    " ",
  );
const ADJ =
  "Northern Southern Eastern Western Global International National Regional Pacific Atlantic Arctic Alpine Coastal Continental Royal Federal United Central Asian African European American Nordic Baltic".split(
    " ",
  );
const FIELD =
  "Marine Energy Materials Robotics Genomics Climate Water Soil Ocean Space Polar Forest Urban Transport Health Nutrition Computing Optics Quantum Geology Chemistry Physics Mathematics Statistics Engineering Agriculture Aviation".split(
    " ",
  );
const HEAD = "Society Association Academy Institute Council Federation Foundation Agency Union Alliance".split(" ");
const EVENT = "Forum Summit Conference Symposium Congress Workshop".split(" ");
const CITY =
  "Lisbon Nairobi Osaka Lima Tromso Hanoi Cairo Quito Perth Oslo Accra Lyon Seville Busan Turin Bergen Dakar Tbilisi Almaty Cusco".split(
    " ",
  );
const ROLE = [
  "president",
  "vice president",
  "director-general",
  "secretary-general",
  "chief scientist",
  "executive director",
  "chairman",
  "CEO",
  "professor",
  "founding member",
];
const THINGS = [
  "research stations",
  "coastal towns",
  "member societies",
  "young scientists",
  "journals",
  "patents",
  "laboratories",
  "projects",
  "start-ups",
  "datasets",
];
const FILLER =
  "innovation cooperation governance data platform network capacity resilience transition infrastructure talent policy standards openness integrity partnership community education outreach funding evaluation".split(
    " ",
  );
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export interface SyntheticWorld {
  people: string[];
  orgs: { name: string; acronym: string }[];
}

export function world(seed = 7): SyntheticWorld {
  const r = prng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const people = new Set<string>();
  while (people.size < 2000) people.add(`${pick(GIVEN)} ${pick(SURNAMES)}`);
  const orgs = new Map<string, { name: string; acronym: string }>();
  while (orgs.size < 2000) {
    const name = `${pick(ADJ)} ${pick(FIELD)} ${pick(FIELD)} ${pick(HEAD)}`;
    if (!/(\b\w+\b) \1/.test(name))
      orgs.set(name, {
        name,
        acronym: name
          .split(" ")
          .map((w) => w[0])
          .join(""),
      });
  }
  // Acronyms must be unique to be meaningful.
  const byAcronym = new Map<string, { name: string; acronym: string }>();
  for (const o of orgs.values()) if (!byAcronym.has(o.acronym)) byAcronym.set(o.acronym, o);
  return { people: [...people], orgs: [...byAcronym.values()] };
}

const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;

/** `count` articles; article i is the same for any count. */
export function syntheticCorpus(count: number, seed = 7): Article[] {
  const w = world(seed);
  const articles: Article[] = [];
  for (let i = 0; i < count; i++) {
    const r = prng(seed * 1_000_003 + i);
    const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
    const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
    const [o1, o2, o3] = [pick(w.orgs), pick(w.orgs), pick(w.orgs)];
    const [p1, p2, p3] = [pick(w.people), pick(w.people), pick(w.people)];
    const year = int(2015, 2025);
    const month = int(0, 11);
    const day = int(1, 28);
    const field = pick(FIELD);
    const head = pick(EVENT);
    const event = `${ordinal(int(1, 30))} ${pick(ADJ)} ${field} ${head}`;
    const acr = `${event
      .split(" ")
      .slice(1)
      .map((x) => x[0])
      .join("")} ${year}`;
    const city = pick(CITY);
    const filler = () =>
      `${pick(["The", "Participants", "Speakers", "Delegates"])} discussed ${pick(FILLER)}, ${pick(FILLER)} and ${pick(FILLER)} in ${field.toLowerCase()} research, calling for stronger ${pick(FILLER)}.`;
    const body = [
      `The ${event} (${acr}), hosted by the ${o1.name} (${o1.acronym}) and the ${o2.name} (${o2.acronym}), was held in ${city} on ${MONTHS[month]} ${day}, ${year}.`,
      `The ${head.toLowerCase()} themed ${pick(FILLER)[0].toUpperCase()}${pick(FILLER).slice(1)}, ${pick(FILLER)} and ${pick(FILLER)}.`,
      `${p1}, ${pick(ROLE)} of the ${o1.name} (${o1.acronym}), chaired the opening session.`,
      `${p2}, ${pick(ROLE)} of ${o2.acronym}, and ${p3}, ${pick(ROLE)} of the ${o3.name}, delivered keynote speeches.`,
      `More than ${int(50, 900)} experts from ${int(5, 60)} countries attended the ${head.toLowerCase()}.`,
      `${p1.split(" ")[1]} said that ${pick(FILLER)} and ${pick(FILLER)} will shape the next decade of ${field.toLowerCase()} science.`,
      `The ${o3.name} released a report assessing ${int(20, 2000)} ${pick(THINGS)}.`,
      filler(),
      filler(),
    ].join("\n\n");
    articles.push({
      id: `synthetic-${String(i).padStart(6, "0")}`,
      file: `synthetic/${i}.md`,
      title: `${event} held in ${city}`,
      date: `${year}-${String(month + 1).padStart(2, "0")}-${String(day + 1).padStart(2, "0")}`,
      source: pick(["Science Wire", "Research Daily", "Lab Notes"]),
      body,
    });
  }
  return articles;
}

/** Questions about a synthetic corpus, of every kind the engine answers, plus some to decline. */
export function syntheticQuestions(articles: Article[], count: number, seed = 11): string[] {
  const r = prng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const out: string[] = [];
  while (out.length < count) {
    const a = pick(articles);
    const lines = a.body.split("\n\n");
    const acr = /\(([A-Z]+ \d{4})\)/.exec(lines[0])?.[1] ?? "";
    const person = lines[2].split(",")[0];
    const org = /\(([A-Z]+)\)/.exec(lines[2])?.[1] ?? "";
    const role = lines[2].split(", ")[1]?.split(" of ")[0] ?? "president";
    const kind = Math.floor(r() * 10);
    out.push(
      [
        `who is ${person}`,
        `what is ${org}`,
        `when was ${acr} held`,
        `where was ${acr}`,
        `what was the theme of ${acr}`,
        `how many experts attended ${acr}`,
        `who is the ${role} of ${org}`,
        `who chaired the opening session of ${acr}`,
        "who is Elon Musk",
        `who is ${person.slice(0, -1)}x`,
      ][kind],
    );
  }
  return out;
}
