// Stage: named venues as places of kind "other": palaces, residences, halls, airports, ports and
// lakes, read from a venue head noun after a capitalised name ("Zagulba Presidential Palace",
// "at the Roosevelt Room") or before one ("Palace of the Revolution", "Port of Mombasa").
// The venue's country is that of a city named inside it or right after it ("… Palace in Baku").
import type { AnnotatedDocument, PlaceMention, Token } from '../annotated-document.ts';
import type { Stage } from '../stage.ts';
import type { Span } from '../../record/schema.ts';
import { loadDataFile } from '../../vocabulary/data-file.ts';
import { SpanIndex } from '../span-index.ts';

interface VenuePatternsFile {
  heads_after: string[];
  heads_after_locative: string[];
  heads_before: string[];
}

const patterns = loadDataFile<VenuePatternsFile>('venue-patterns.yaml');
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:\.\p{Lu}[\p{L}\p{M}'’-]*)*`;
/** Words on one line: a name does not run on across a line break. */
const GAP = '[ \\t]+';
/** A day or month written straight after a name ("held at Sakhir Palace Tuesday") does not continue it. */
const DAY_OR_MONTH = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b';
const alternatives = (words: string[]) => words.map((w) => w.replace(/ /g, GAP)).join('|');

/** Up to five capitalised words, then a head noun that no further capitalised word follows. */
const HEAD_AFTER = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’.-])((?:${NAME_WORD}${GAP}){1,5})(${alternatives([...patterns.heads_after, ...patterns.heads_after_locative])})\b(?!${GAP}(?!${DAY_OR_MONTH})\p{Lu})`, 'gu');
const HEAD_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${alternatives(patterns.heads_before)})${GAP}(?!${DAY_OR_MONTH})${NAME_WORD}(?:${GAP}(?!${DAY_OR_MONTH})${NAME_WORD}){0,3}`, 'gu');
/**
 * The head nouns alone: V8 tries the patterns above at every offset, so a sentence is read with
 * them only when it holds a head noun, which few do (they cannot match without one); most
 * articles hold none, and their sentences are not looked at.
 */
const HEAD_AFTER_NOUN = new RegExp(alternatives([...patterns.heads_after, ...patterns.heads_after_locative]), 'u');
const HEAD_BEFORE_NOUN = new RegExp(alternatives(patterns.heads_before), 'u');
const NEEDS_LOCATIVE = new RegExp(String.raw`^(?:${alternatives(patterns.heads_after_locative)})$`, 'u');
const LOCATIVE_BEFORE = /\b(?:at|in|inside|outside|into)\s+(?:the\s+)?$/i;
/** Parts of speech that cannot open a venue's name: a sentence's first word ("At Sakhir Palace") or a determiner. */
const NOT_NAME_POS = new Set(['DET', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'ADV', 'VERB', 'AUX', 'PART', 'NUM', 'PUNCT']);
/** A venue named by a wire's dateline credit or a photo credit is not one ("… Palace/Reuters"). */
const CREDIT_AFTER = /^\s*(?:\/|\(Photo|Photo:)/;

function tokenAt(doc: AnnotatedDocument, offset: number): Token | undefined {
  let low = 0;
  let high = doc.tokens.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const t = doc.tokens[mid];
    if (t.end <= offset) low = mid + 1;
    else if (t.start > offset) high = mid - 1;
    else return t;
  }
  return undefined;
}

/** Where a venue's name really starts: after a leading function word and after an owner's possessive ("Phnom Penh's Peace Palace"). */
function nameStart(doc: AnnotatedDocument, start: number, headStart: number): number {
  const possessive = /^.*['’]s\s+/su.exec(doc.text.slice(start, headStart));
  let from = possessive ? start + possessive[0].length : start;
  for (;;) {
    const t = tokenAt(doc, from);
    if (!t || t.start >= headStart || !NOT_NAME_POS.has(t.pos) || /^(?:Presidential|Royal|National|Grand|Great|Old|New)$/.test(t.text)) return from;
    const next = /^\S+\s+/u.exec(doc.text.slice(from, headStart));
    if (!next) return from;
    from += next[0].length;
  }
}

/** Which head nouns an article holds. */
interface HeadNouns {
  after: boolean;
  before: boolean;
}

function venuesIn(doc: AnnotatedDocument, sentence: Span, heads: HeadNouns): Span[] {
  const text = doc.text.slice(sentence.start, sentence.end);
  const found: Span[] = [];
  if (heads.after && HEAD_AFTER_NOUN.test(text)) for (const m of text.matchAll(HEAD_AFTER)) {
    const headStart = sentence.start + m.index + m[1].length;
    const start = nameStart(doc, sentence.start + m.index, headStart);
    if (start >= headStart) continue;
    const end = sentence.start + m.index + m[0].length;
    if (NEEDS_LOCATIVE.test(m[2]) && !LOCATIVE_BEFORE.test(doc.text.slice(Math.max(sentence.start, start - 16), start))) continue;
    found.push({ start, end });
  }
  if (heads.before && HEAD_BEFORE_NOUN.test(text)) for (const m of text.matchAll(HEAD_BEFORE)) found.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  return found.filter((v) => !CREDIT_AFTER.test(doc.text.slice(v.end, v.end + 8)));
}

export function findVenues(doc: AnnotatedDocument): PlaceMention[] {
  const heads: HeadNouns = { after: HEAD_AFTER_NOUN.test(doc.text), before: HEAD_BEFORE_NOUN.test(doc.text) };
  if (!heads.after && !heads.before) return [];
  const countries = new SpanIndex<Span>(doc.countries);
  const organizations = new SpanIndex<Span>(doc.organizations);
  const places = new SpanIndex<PlaceMention>(doc.places);
  const venues: PlaceMention[] = [];
  for (const sentence of doc.sentences) {
    for (const { start, end } of venuesIn(doc, sentence, heads)) {
      // A listed body or a country inside the span makes it part of another name ("Peru Museum Association").
      if (organizations.overlaps(start, end) || countries.within(start, end).length > 0) continue;
      if (places.overlapping(start, end).some((p) => p.start <= start && p.end >= end)) continue;
      const city = places.within(start, end + 30).find((p) => p.kind === 'city');
      venues.push({ start, end, name: doc.text.slice(start, end).replace(/\s+/g, ' '), kind: 'other', ...(city?.country ? { country: city.country } : {}) });
    }
  }
  return venues;
}

const wordsOf = (name: string) => name.toLowerCase().split(/[\s-]+/);

/** "Zagulba Palace" after "Zagulba Presidential Palace" is the same venue: a shorter name whose words all stand in a fuller one takes its name. */
function oneNamePerVenue(venues: PlaceMention[]): void {
  for (const venue of venues) {
    const words = wordsOf(venue.name);
    const fuller = venues.find((other) => {
      const otherWords = wordsOf(other.name);
      return otherWords.length > words.length && otherWords.at(-1) === words.at(-1) && words.every((w) => otherWords.includes(w));
    });
    if (fuller) venue.name = fuller.name;
  }
}

export const venuesStage: Stage = {
  name: 'venues',
  requires: ['text', 'sentences', 'tokens', 'countries', 'organizations', 'places'],
  assigns: ['places'],
  run(doc) {
    const venues = findVenues(doc);
    oneNamePerVenue(venues);
    // A city inside a venue's name ("Port of Mombasa") is read as part of the venue there.
    const inside = (p: PlaceMention) => venues.some((v) => p.start >= v.start && p.end <= v.end);
    doc.places = [...doc.places.filter((p) => !inside(p)), ...venues].sort((a, b) => a.start - b.start);
  },
};
