// Query latency: each query timed alone, one after another, and summarised by percentiles.

export interface TimedQuery {
  milliseconds: number;
  /** How many answers it gave (events, or documents and entities), to show what was timed. */
  results: number;
}

export interface LatencySummary {
  queries: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
  medianResults: number;
}

/** Runs the queries in order; `run` answers with its number of results; `afterEach` runs outside the timing. */
export async function timeQueries<Query>(queries: readonly Query[], run: (query: Query) => Promise<number>, afterEach?: () => void): Promise<TimedQuery[]> {
  const timed: TimedQuery[] = [];
  for (const query of queries) {
    const started = performance.now();
    const results = await run(query);
    timed.push({ milliseconds: performance.now() - started, results });
    afterEach?.();
  }
  return timed;
}

/** Nearest rank: the smallest value with at least `percent` % of the values at or below it. */
function percentile(sorted: readonly number[], percent: number): number {
  return sorted[Math.max(0, Math.ceil((percent / 100) * sorted.length) - 1)];
}

export function summariseLatencies(timed: readonly TimedQuery[]): LatencySummary {
  const milliseconds = timed.map((query) => query.milliseconds).sort((a, b) => a - b);
  const results = timed.map((query) => query.results).sort((a, b) => a - b);
  return {
    queries: timed.length,
    p50: percentile(milliseconds, 50),
    p95: percentile(milliseconds, 95),
    max: milliseconds[milliseconds.length - 1],
    mean: milliseconds.reduce((sum, value) => sum + value, 0) / milliseconds.length,
    medianResults: percentile(results, 50),
  };
}
