/** term → positions of the term sets that hold it: lookup tables built once, searched per question. */
export function invertedIndex(termSets: Iterable<string>[]): Map<string, number[]> {
  const inverted = new Map<string, number[]>();
  termSets.forEach((terms, i) => {
    for (const t of terms) {
      const list = inverted.get(t);
      if (list) list.push(i);
      else inverted.set(t, [i]);
    }
  });
  return inverted;
}
