// The queries the knowledge-base bench times: timelines of varied country pairs (busy,
// quiet and empty, whole and within a few years) and searches for the genre's words.
import type { DateRange } from '../src/store/store.ts';
import { countryByCode } from '../src/vocabulary/countries.ts';
import { FIRST_YEAR, SURNAMES, SYNTHETIC_COUNTRIES, YEARS } from '../test/support/synthetic-articles.ts';

export interface TimelineQuery {
  pair: readonly [string, string];
  range: DateRange;
}

/** Pairs that corpus sentences mention beside the synthetic ones, or not at all: quiet or empty timelines. */
const QUIET_PAIRS: readonly (readonly [string, string])[] = [
  ['AZE', 'ARM'], ['KAZ', 'RUS'], ['AZE', 'TUR'], ['IRN', 'TKM'], ['KAZ', 'UZB'], ['USA', 'GBR'], ['BRA', 'CHN'], ['IND', 'MUS'],
];
const WINDOW_YEARS = 3;

export function timelineQueries(): TimelineQuery[] {
  const pairs: (readonly [string, string])[] = [];
  SYNTHETIC_COUNTRIES.forEach((first, index) => {
    for (const second of SYNTHETIC_COUNTRIES.slice(index + 1)) pairs.push([first, second]);
  });
  const whole = [...pairs, ...QUIET_PAIRS].map((pair): TimelineQuery => ({ pair, range: {} }));
  const windowed = pairs.map((pair, index): TimelineQuery => {
    const from = FIRST_YEAR + (index % (YEARS - WINDOW_YEARS));
    return { pair: [pair[1], pair[0]], range: { from: `${from}-01-01`, to: `${from + WINDOW_YEARS - 1}-12-31` } };
  });
  // Interleaved, so that neither kind runs only on a cache warmed by its own kind.
  return whole.flatMap((query, index) => (windowed[index] ? [query, windowed[index]] : [query]));
}

const SEARCH_TERMS = [
  'fiber-optic Caspian', 'Middle Corridor', 'action plan', 'memorandum of understanding', 'strategic partnership',
  'green energy', 'shipbuilding', 'investment fund', 'Digital Silk Road', 'pipeline', 'railway', 'visa regime',
  'tourism', 'agriculture', 'education and science', 'COP29', 'Trans-Caspian', '"comprehensive cooperation"',
  ...SURNAMES.slice(0, 4), 'prime minister', 'foreign minister', 'Zangezur', 'Aktau',
  'humanitarian', 'culture days', 'signed agreements', 'energy cable', 'trade turnover', 'uranium enrichment',
];
const SEARCH_COUNTRIES = SYNTHETIC_COUNTRIES.slice(0, 8).map((code) => countryByCode(code)?.name ?? code);

/** Each term alone and with a country's name: 64 searches, common and rare words, some that match nothing. */
export function searchQueries(): string[] {
  return SEARCH_TERMS.flatMap((term, index) => [term, `${term} ${SEARCH_COUNTRIES[index % SEARCH_COUNTRIES.length]}`]);
}

/** Every pair of the timeline queries, once each, whole: the pairs whose entities and reports are asked for. */
export function pairQueries(): (readonly [string, string])[] {
  return timelineQueries().filter((query) => query.range.from === undefined).map((query) => query.pair);
}
