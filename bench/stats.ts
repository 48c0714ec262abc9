/** Small measuring helpers for the benchmarks. */

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export interface Latency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Time each call of fn over the inputs, in milliseconds. */
export function latency<T>(inputs: T[], fn: (input: T) => unknown): Latency {
  const times = inputs.map((input) => {
    const start = performance.now();
    fn(input);
    return performance.now() - start;
  });
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    count: times.length,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    max: round(times[times.length - 1] ?? 0),
  };
}

/** Heap in use after a garbage collection (run node with --expose-gc for exact figures). */
export function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return Math.round(process.memoryUsage().heapUsed / 1e5) / 10;
}

export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: Math.round(performance.now() - start), value };
}

/** Rows of cells → an aligned text table. */
export function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows
    .map(
      (r, j) =>
        `${r.map((c, i) => c.padEnd(widths[i])).join("  ")}${j === 0 ? `\n${widths.map((w) => "-".repeat(w)).join("  ")}` : ""}`,
    )
    .join("\n");
}
