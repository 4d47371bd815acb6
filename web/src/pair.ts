// The pair of countries the analyst is looking at, kept across pages (the dashboard and
// the briefing show the same pair) and across reloads.
export type Pair = [string, string];

const DEFAULT_PAIR: Pair = ['AZE', 'KAZ'];
const STORAGE_KEY = 'bilat:pair';

export function rememberedPair(): Pair {
  const stored = window.localStorage.getItem(STORAGE_KEY)?.split('-');
  return stored?.length === 2 && stored.every((code) => /^[A-Z]{3}$/.test(code)) ? [stored[0], stored[1]] : DEFAULT_PAIR;
}

export function rememberPair(pair: Pair): void {
  window.localStorage.setItem(STORAGE_KEY, pair.join('-'));
}

/** The pair named by an address's two segments, upper-cased; undefined unless both are ISO3-like codes. */
export function pairFrom(segments: readonly string[]): Pair | undefined {
  const [a, b] = segments.map((segment) => segment.toUpperCase());
  return a && b && /^[A-Z]{3}$/.test(a) && /^[A-Z]{3}$/.test(b) ? [a, b] : undefined;
}
