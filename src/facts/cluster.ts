/**
 * One person, many spellings: cluster names by Jaro–Winkler on the whole name plus an edit
 * distance on each part, with a shared organisation as supporting evidence; pick the spelling
 * most often written as canonical.
 */
import { jaroWinkler } from "@skyra/jaro-winkler";
import { distance } from "fastest-levenshtein";
import { nameKey } from "../text/normalize.js";

export interface NameStats {
  name: string;
  /** Key compared across spellings: letters only, or pinyin for Han names. */
  key: string;
  count: number;
  /** Organisations the name holds roles at, as keys. */
  orgs: Set<string>;
}

/** Edits allowed in one name part: none for short Chinese given names ("Bo" vs "Ke"). */
const allowedEdits = (len: number) => (len <= 4 ? 0 : len <= 8 ? 2 : 3);

function parts(name: string): string[] {
  const tokens = name.toLowerCase().split(/\s+/);
  return [tokens[0], tokens.slice(1).join("")].map(nameKey);
}

/** Are two spellings the same person? */
export function sameName(a: NameStats, b: NameStats): boolean {
  if (a.key === b.key) return true;
  const pa = parts(a.name);
  const pb = parts(b.name);
  if (!pa[1] || !pb[1]) return false;
  for (let i = 0; i < 2; i++) {
    if (pa[i][0] !== pb[i][0]) return false;
    if (distance(pa[i], pb[i]) > allowedEdits(Math.min(pa[i].length, pb[i].length))) return false;
  }
  const sharedOrg = [...a.orgs].some((o) => b.orgs.has(o));
  return jaroWinkler(a.key, b.key) >= (sharedOrg ? 0.85 : 0.9) && distance(a.key, b.key) <= 3;
}

/** Group names; returns name → canonical spelling. Curated aliases are merged first. */
export function clusterNames(
  stats: NameStats[],
  curated: Map<string, string[]>,
  wordFrequency: (word: string) => number = () => 0,
): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  for (const s of stats) parent.set(s.name, s.name);

  const byKey = new Map(stats.map((s) => [s.key, s.name]));
  for (const [canonical, aliases] of curated) {
    const members = [canonical, ...aliases].map((n) => byKey.get(nameKey(n))).filter((n): n is string => !!n);
    for (const m of members.slice(1)) union(members[0], m);
  }
  // Block by first letter of the key so the pairwise pass stays small on large corpora.
  const blocks = new Map<string, NameStats[]>();
  for (const s of stats) {
    const block = blocks.get(s.key[0]) ?? [];
    block.push(s);
    blocks.set(s.key[0], block);
  }
  for (const block of blocks.values()) {
    for (let i = 0; i < block.length; i++)
      for (let j = i + 1; j < block.length; j++) if (sameName(block[i], block[j])) union(block[i].name, block[j].name);
  }

  const groups = new Map<string, NameStats[]>();
  for (const s of stats) {
    const g = groups.get(find(s.name)) ?? [];
    g.push(s);
    groups.set(find(s.name), g);
  }
  const canonicalOf = new Map<string, string>();
  for (const group of groups.values()) {
    const curatedName = [...curated.keys()].find((c) =>
      group.some((g) => nameKey(g.name) === nameKey(c) || curated.get(c)?.some((a) => nameKey(a) === g.key)),
    );
    const canonical = curatedName ?? pickCanonical(group, wordFrequency);
    for (const g of group) canonicalOf.set(g.name, canonical);
  }
  return canonicalOf;
}

/**
 * Most frequent spelling; ties go to the spelling whose words are most common, in the group and
 * then in the whole corpus ("Lindqvist said" votes for "Tomas Lindqvist").
 */
function pickCanonical(group: NameStats[], wordFrequency: (word: string) => number): string {
  const tokenVotes = new Map<string, number>();
  for (const g of group) for (const t of g.name.split(/\s+/)) tokenVotes.set(t, (tokenVotes.get(t) ?? 0) + g.count);
  const vote = (g: NameStats) =>
    g.name.split(/\s+/).reduce((sum, t) => sum + (tokenVotes.get(t) ?? 0) * 1000 + wordFrequency(t), 0);
  return [...group].sort((a, b) => b.count - a.count || vote(b) - vote(a) || a.name.localeCompare(b.name))[0].name;
}
