// Stage: forums, meaning multilateral events and meetings of bodies ("3rd Caspian Economic
// Forum", "2025 CIS Games", "5th Summit of the Heads of State …", COP29), with date and place.
import type { AnnotatedDocument, CountryMention, ForumMention, Sentence, Token } from '../annotated-document.ts';
import type { Stage } from '../stage.ts';
import type { Span } from '../../record/schema.ts';
import { SpanIndex } from '../span-index.ts';
import { loadDataFile } from '../../vocabulary/data-file.ts';
import { HeadIndex, MAX_PHRASE_TOKENS, cleanName, isCapitalised, lower } from '../phrases.ts';

interface ForumsFile {
  heads: string[];
  needs_ordinal: string[];
  coded: string[];
}

const vocabulary = loadDataFile<ForumsFile>('forums.yaml');
const HEADS = new HeadIndex<string>(vocabulary.heads.map((h) => [h, h]));
const NEEDS_ORDINAL = new Set(vocabulary.needs_ordinal);
const CODED = new RegExp(`\\b(?:${vocabulary.coded.join('|')})\\b`, 'g');
const ORDINAL = /^(\d{1,3}(st|nd|rd|th)|\d{4}|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/i;

/** Words that say what kind of meeting it is, not whose: "Presidential Meeting", "Summit Meeting". */
const GENERIC_MODIFIERS = new Set(['summit', 'presidential', 'bilateral', 'official', 'leaders', 'ministerial', 'high-level', 'joint']);

const WORD_CHARACTER = /\w/;
const POSSESSIVE = /^'s?$/;

/**
 * How many of the words before a head name a forum (an ordinal or a year does not): "Quad Foreign Ministers' Meeting" names one;
 * a "Bilateral Meeting" or "Chile-Peru Presidential Meeting" does not. A function of its own,
 * not a closure in the loop over tokens, which would make V8 allocate the loop body's scope at
 * every token.
 */
function countNamingWords(tokens: readonly Token[], from: number, to: number, isCountry: (k: number) => boolean): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (WORD_CHARACTER.test(t.text) && !ORDINAL.test(t.text) && !isCountry(k) && !GENERIC_MODIFIERS.has(t.lower) && !POSSESSIVE.test(t.text)) count++;
  }
  return count;
}

/** A hyphen that joins two capitalised words without spaces, inside one name: "High-Level", "India-Kenya". */
function joinsCapitalisedWords(tokens: readonly Token[], k: number, first: number, end: number): boolean {
  if (k <= first || k + 1 >= end || tokens[k].text !== '-') return false;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return before.end === tokens[k].start && tokens[k].end === after.start && isCapitalised(before.text) && isCapitalised(after.text);
}

/** "Forum on the Future of Asia", "Forum on China-Africa Cooperation": an "on" complement is part of a name only when capitalised. */
function capitalisedComplement(tokens: readonly Token[], k: number, end: number): boolean {
  if (k < end && tokens[k].lower === 'the') k++;
  return k < end && isCapitalised(tokens[k].text);
}

function countriesNamed(countries: SpanIndex<CountryMention>, start: number, end: number): number {
  return new Set(countries.within(start, end).map((c) => c.code)).size;
}

function findInSentence(doc: AnnotatedDocument, sentence: Sentence, countries: SpanIndex<CountryMention>, cities: SpanIndex<Span>): { start: number; end: number }[] {
  const tokens = doc.tokens;
  const isCountry = (k: number) => countries.containing(tokens[k].start, tokens[k].end).length > 0;
  // "… Joint Commission in Accra": a city or country after "in" is where the meeting is, not part of its name.
  const isVenueAfter = (k: number) => tokens[k].text === 'in' && k + 1 < sentence.tokenEnd && (isCountry(k + 1) || cities.containing(tokens[k + 1].start, tokens[k + 1].end).length > 0);
  const found: { start: number; end: number }[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const head = HEADS.matchAt(tokens, i, sentence.tokenEnd);
    if (!head || !isCapitalised(tokens[i].text)) continue;
    let from = head.from;
    let ordinal = false;
    while (from > sentence.tokenStart && head.from - from < MAX_PHRASE_TOKENS) {
      const t = tokens[from - 1];
      if (ORDINAL.test(t.text)) { ordinal = true; from--; continue; }
      if ((t.text === "'" || t.text === "'s") && from - 2 >= sentence.tokenStart && isCapitalised(tokens[from - 2].text)) { from--; continue; }
      if (joinsCapitalisedWords(tokens, from - 1, sentence.tokenStart, sentence.tokenEnd)) { from--; continue; }
      if (isCapitalised(t.text) && t.pos !== 'DET' && t.pos !== 'PRON' && !(from - 1 === sentence.tokenStart && t.pos !== 'PROPN')) { from--; continue; }
      break;
    }
    let to = head.to;
    const complement = lower(tokens[to] ?? tokens[i]);
    if ((complement === 'of' || (complement === 'on' && capitalisedComplement(tokens, to + 1, sentence.tokenEnd))) && to + 1 < sentence.tokenEnd) {
      let k = to + 1;
      while (k < sentence.tokenEnd && k - to < MAX_PHRASE_TOKENS && !isVenueAfter(k) && (isCapitalised(tokens[k].text) || joinsCapitalisedWords(tokens, k, sentence.tokenStart, sentence.tokenEnd) || /^(of|the|and|for|in)$/.test(tokens[k].text) || (tokens[k].text === 'on' && capitalisedComplement(tokens, k + 1, sentence.tokenEnd)) || (complement === 'of' && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ')))) k++;
      while (k > to + 1 && /^(of|the|and|for|in)$/.test(tokens[k - 1].text)) k--;
      if (k > to + 1) to = k;
    }
    const headWord = head.value;
    const modified = from < head.from || to > head.to;
    const namingWords = countNamingWords(tokens, from, head.from, isCountry);
    const namedByModifiers = namingWords >= 2;
    // "Foreign Ministerial visit": an adjective before a noun, not a meeting's name.
    const adjectival = headWord === 'ministerial' && to === head.to && tokens[to] !== undefined && /^[a-z]/.test(tokens[to].text);
    // "the Chile-Peru Summit": a summit of two countries named only by them is a bilateral meeting.
    const onlyCountries = from < head.from && to === head.to && namingWords === 0 && ordinal === false;
    // "the 10th Session of the India-Kenya Joint Commission": a body of two countries is a bilateral mechanism, whose sessions are meetings.
    const ofTwoCountries = countriesNamed(countries, tokens[from].start, tokens[to - 1].end) === 2;
    // "10th Session", "the 5th Summit": an ordinal and a head name no forum.
    const unnamed = to === head.to && namingWords === 0;
    if (!modified || adjectival || onlyCountries || ofTwoCountries || unnamed || (NEEDS_ORDINAL.has(headWord) && !ordinal && !namedByModifiers)) continue;
    found.push({ start: tokens[from].start, end: tokens[to - 1].end });
    i = to - 1;
  }
  return found;
}

export const forumsStage: Stage = {
  name: 'forums',
  requires: ['text', 'sentences', 'tokens', 'countries', 'organizations', 'places', 'dates', 'instruments'],
  assigns: ['forums'],
  run(doc) {
    const forums: ForumMention[] = [];
    const covered = new SpanIndex<Span>([...doc.organizations, ...doc.instruments.flatMap((i) => i.mentions)]);
    const dates = new SpanIndex(doc.dates);
    const places = new SpanIndex(doc.places);
    const countries = new SpanIndex(doc.countries);
    const cities = new SpanIndex<Span>(doc.places.filter((p) => p.kind === 'city'));
    const byName = new Map<string, ForumMention>();
    const add = (start: number, end: number, sentence: Sentence) => {
      if (covered.containing(start, end).length > 0) return;
      const name = cleanName(doc.text.slice(start, end));
      const existing = byName.get(name) ?? forums.slice(-40).find((f) => f.name.endsWith(` ${name}`));
      if (existing) {
        existing.mentions.push({ start, end });
        return;
      }
      const after = dates.within(end, sentence.end).find((d) => !d.isPeriod);
      const place = places.within(end, sentence.end).find((p) => /\bin\s+$/.test(doc.text.slice(p.start - 4, p.start)));
      byName.set(name, forums[forums.push({
        start, end, mentions: [{ start, end }], name, aliases: [],
        ...(after?.value ? { date: after.value } : /^\d{4}\b/.test(name) ? { date: name.slice(0, 4) } : {}),
        ...(place ? { place: place.name } : {}),
        sentence: sentence.index,
      }) - 1]);
    };
    for (const sentence of doc.sentences) {
      const text = doc.text.slice(sentence.start, sentence.end);
      // exec() on the global pattern, not matchAll(), which copies the pattern for every sentence; CODED never matches the empty string.
      CODED.lastIndex = 0;
      for (let m = CODED.exec(text); m !== null; m = CODED.exec(text)) add(sentence.start + m.index, sentence.start + m.index + m[0].length, sentence);
      for (const f of findInSentence(doc, sentence, countries, cities)) add(f.start, f.end, sentence);
    }
    doc.forums = forums;
  },
};
