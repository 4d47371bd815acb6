// Which countries a stretch of text names, and which pair an article is about.
import type { AnnotatedDocument, CountryMention } from './annotated-document.ts';
import { SpanIndex } from './span-index.ts';
import { governmentCountry } from './outlet-country.ts';

// The country layer is complete once the gazetteer stage has run; later stages only read it.
const indexes = new WeakMap<CountryMention[], { size: number; index: SpanIndex<CountryMention> }>();

function countryIndex(doc: AnnotatedDocument): SpanIndex<CountryMention> {
  const cached = indexes.get(doc.countries);
  if (cached && cached.size === doc.countries.length) return cached.index;
  const index = new SpanIndex(doc.countries);
  indexes.set(doc.countries, { size: doc.countries.length, index });
  return index;
}

/** Codes of the countries named between two offsets, in order of first mention. */
export function countriesIn(doc: AnnotatedDocument, start: number, end: number): string[] {
  const codes: string[] = [];
  for (const m of countryIndex(doc).within(start, end)) if (!m.insideName && !codes.includes(m.code)) codes.push(m.code);
  return codes;
}

/** Country mentions between two offsets, in text order. */
export function countryMentionsIn(doc: AnnotatedDocument, start: number, end: number): CountryMention[] {
  return countryIndex(doc).within(start, end);
}

/**
 * The article's dyad: the two most mentioned countries (the outlet's own, then the earlier first mention, breaks ties).
 * A country named once, after the opening sentences, is a passing reference, not a side, unless
 * it is the outlet's own; the country a government's outlet speaks for is a side.
 */
export function documentDyad(doc: AnnotatedDocument): string[] {
  // Several stages ask; the pair is counted once for a country layer (and a copy given, which a caller may keep and change).
  const cached = dyads.get(doc.countries);
  if (cached && cached.size === doc.countries.length) return [...cached.dyad];
  const dyad = countDyad(doc);
  dyads.set(doc.countries, { size: doc.countries.length, dyad });
  return [...dyad];
}

const dyads = new WeakMap<CountryMention[], { size: number; dyad: string[] }>();

function countDyad(doc: AnnotatedDocument): string[] {
  const counts = new Map<string, { count: number; first: number }>();
  for (const m of doc.countries) {
    if (m.insideName) continue;
    const entry = counts.get(m.code) ?? { count: 0, first: m.start };
    entry.count++;
    counts.set(m.code, entry);
  }
  const opening = doc.sentences[Math.min(2, doc.sentences.length - 1)]?.end ?? Infinity;
  // The outlet's own country, named once anywhere ("… the state visit of President A to Kazakhstan" in a Kazakh agency's report), is no passing reference, and comes first of those named as often.
  const outlet = doc.outletCountry;
  const dyad = [...counts.entries()]
    .filter(([code, e]) => e.count >= 2 || e.first < opening || code === outlet)
    .sort((a, b) => b[1].count - a[1].count || Number(b[0] === outlet) - Number(a[0] === outlet) || a[1].first - b[1].first)
    .slice(0, 2)
    .map(([code]) => code);
  // A government's readout speaks for one side: its country is in the pair, however often it names itself.
  const own = governmentCountry(doc);
  if (own !== undefined && !dyad.includes(own)) return [dyad[0], own].filter((code) => code !== undefined);
  return dyad;
}

/** Country mentions that overlap the stretch between two offsets ("Tobago" in "Trinidad and Tobago"). */
export function countryMentionsOverlapping(doc: AnnotatedDocument, start: number, end: number): CountryMention[] {
  return countryIndex(doc).overlapping(start, end);
}
