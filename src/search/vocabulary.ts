/** Document frequencies over passages: term weights (IDF) and typo-tolerant term lookup. */
import { distance } from "fastest-levenshtein";

/** Edits a typo may have: none for short terms, one from 5 letters, two from 8. */
export function typoAllowance(term: string): number {
  if (/\d|\p{Script=Han}/u.test(term)) return 0;
  return term.length >= 8 ? 2 : term.length >= 5 ? 1 : 0;
}

export class Vocabulary {
  private readonly df = new Map<string, number>();
  private readonly byInitial = new Map<string, string[]>();
  private docs = 0;

  /** The document frequencies as plain data, for the snapshot. */
  toPlain(): { docs: number; df: [string, number][] } {
    return { docs: this.docs, df: [...this.df] };
  }

  static fromPlain(plain: { docs: number; df: [string, number][] }): Vocabulary {
    const v = new Vocabulary();
    v.docs = plain.docs;
    for (const [t, n] of plain.df) {
      v.df.set(t, n);
      const list = v.byInitial.get(t[0]) ?? [];
      list.push(t);
      v.byInitial.set(t[0], list);
    }
    return v;
  }

  add(terms: Iterable<string>): void {
    this.docs++;
    for (const t of new Set(terms)) {
      const n = this.df.get(t) ?? 0;
      this.df.set(t, n + 1);
      if (n === 0) {
        const list = this.byInitial.get(t[0]) ?? [];
        list.push(t);
        this.byInitial.set(t[0], list);
      }
    }
  }

  get size(): number {
    return this.docs;
  }

  /** In how many passages the term occurs. */
  frequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  has(term: string): boolean {
    return this.df.has(term);
  }

  /** Inverse document frequency; an unknown term weighs as much as the rarest. */
  idf(term: string): number {
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (this.docs + 1) / (df + 0.5));
  }

  /** The term itself when known, else known terms within typo reach (same first letter). */
  variants(term: string): string[] {
    if (this.df.has(term)) return [term];
    const reach = typoAllowance(term);
    if (reach === 0) return [];
    const out: string[] = [];
    for (const t of this.byInitial.get(term[0]) ?? []) {
      if (Math.abs(t.length - term.length) <= reach && distance(t, term) <= reach) out.push(t);
    }
    return out;
  }
}
