// Personal names as proper-noun patterns over tokens: "Kassym-Jomart Tokayev", "Ferdinand R. Marcos, Jr.",
// "KIHARA Minoru", "Hassan Shia' al-Amiri", past forms of address ("His Excellency", "HE").
import type { AnnotatedDocument, Sentence, Token } from '../../annotated-document.ts';
import { isCapitalised, joinedToPrevious, lower } from '../../phrases.ts';
import { CAPITAL_HONORIFICS, COMPOUND_SUFFIXES, HONORIFICS, NOT_NAMES, PARTICLES, SUFFIXES, SURNAME_HOMOGRAPHS } from './vocabulary.ts';
import { WordShapeFilter } from '../../../vocabulary/word-shape-filter.ts';
import { isEnglishWord } from '../sentences-and-tokens.ts';

const MAX_NAME_WORDS = 8;

export interface NameSpan {
  from: number;
  to: number;
}

/** Tokens already claimed by a country, organization, place or title. */
export function claimedTokens(doc: AnnotatedDocument): Uint8Array {
  const claimed = new Uint8Array(doc.tokens.length);
  const spans = [...doc.countries, ...doc.organizations, ...doc.places, ...doc.titles];
  if (spans.length === 0) return claimed;
  const sorted = spans.map((s) => [s.start, s.end] as const).sort((a, b) => a[0] - b[0]);
  let k = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    while (k < sorted.length && sorted[k][1] <= t.start) k++;
    for (let j = k; j < sorted.length && sorted[j][0] < t.end; j++) {
      if (sorted[j][0] <= t.start && t.end <= sorted[j][1]) claimed[i] = 1;
    }
  }
  return claimed;
}

// "Tokayev", "Vučić", "O'Brien", "Ba'Owain": a capital, small letters, and a capital again only after an apostrophe.
const CAPITALISED_NAME_WORD = /^\p{Lu}(?:[\p{Ll}\p{M}'-]|'\p{Lu})+$/u;
const CAPITALS_NAME_WORD = /^\p{Lu}{2,}$/u;
// "J.", and "J.P." or "A.K." written together as one word.
const INITIAL = /^(?:[A-Z]\.){1,3}$/;
const BARE_INITIAL = /^[A-Z]$/;
const HAS_LOWER_ASCII = /[a-z]/;
export const ARTICLE = /^(the|a)$/i;

// The two patterns above for a word of ASCII letters, which most are: Unicode's classes cost a search of their ranges at each character.
const ASCII_CAPITALISED_NAME_WORD = /^[A-Z](?:[a-z'-]|'[A-Z])+$/;
const ASCII_CAPITALS_NAME_WORD = /^[A-Z]{2,}$/;
const NON_ASCII = /[^\x00-\x7f]/;

export function isNameWord(token: Token): boolean {
  // Every form starts with a capital: most tokens are dismissed on their first character.
  if (!isCapitalised(token.text)) return false;
  const text = token.text;
  if (ASCII_CAPITALISED_NAME_WORD.test(text) || ASCII_CAPITALS_NAME_WORD.test(text) || INITIAL.test(text)) return true;
  return NON_ASCII.test(text) && (CAPITALISED_NAME_WORD.test(text) || CAPITALS_NAME_WORD.test(text));
}

const OPENING_QUOTE = /^[“"‘]$/;
const CLOSING_QUOTE = /^[”"’]$/;

/** Where a quoted nickname at token k ends ("“Jokowi”", "\"Bongbong\""), when a name word follows it; else k. */
function nicknameEnd(tokens: readonly Token[], k: number, end: number): number {
  if (!OPENING_QUOTE.test(tokens[k].text)) return k;
  let q = k + 1;
  while (q < end && q - k <= 2 && isNameWord(tokens[q])) q++;
  return q > k + 1 && q + 1 < end && CLOSING_QUOTE.test(tokens[q].text) && isNameWord(tokens[q + 1]) ? q + 1 : k;
}

/** The tokens of the quotes around a nickname inside a name's span, if any ("“" and "”" in Joko “Jokowi” Widodo). */
function nicknameQuotes(tokens: readonly Token[], span: NameSpan): [number, number] | undefined {
  for (let k = span.from + 1; k < span.to; k++) {
    const after = nicknameEnd(tokens, k, span.to);
    if (after > k) return [k, after - 1];
  }
  return undefined;
}

/** The quoted nickname inside a name's span, if any ("Jokowi" in Joko “Jokowi” Widodo). */
export function nicknameOf(doc: AnnotatedDocument, span: NameSpan): string | undefined {
  const quotes = nicknameQuotes(doc.tokens, span);
  return quotes && doc.text.slice(doc.tokens[quotes[0]].end, doc.tokens[quotes[1]].start);
}

/** "Crown Prince Receives Phone Call", "President Meets Kenyan Delegation": a headline's verb in the present ("-s") is no name. */
function isHeadlineVerb(token: Token): boolean {
  return token.pos === 'VERB' && token.lower.length > 3 && token.lower.endsWith('s') && isEnglishWord(token.lower);
}

/**
 * "Vice Premier He Lifeng": a surname that is also an English word, inside a sentence (not its
 * first word, which is the pronoun), capitalised, before a given name that is no English word.
 */
function isSurnameHomograph(tokens: Token[], k: number, sentence: Sentence): boolean {
  const next = tokens[k + 1];
  return k > sentence.tokenStart && SURNAME_HOMOGRAPHS.has(tokens[k].lower) && isCapitalised(tokens[k].text) && k + 1 < sentence.tokenEnd
    && next.start > tokens[k].end && isNameWord(next) && !NOT_NAMES.has(next.lower) && !isEnglishWord(next.lower);
}

const SYLLABLE = /^[a-z]{1,5}$/;
const FIRST_SYLLABLE = /^[A-Z][a-z]{0,4}$/;

/** "Jae-in" in "Moon Jae-in": a short given name's second syllable, joined by a hyphen in lower case. */
function isSecondSyllable(tokens: Token[], k: number, end: number): boolean {
  if (k + 1 >= end || tokens[k].text !== '-' || !joinedToPrevious(tokens, k) || !joinedToPrevious(tokens, k + 1)) return false;
  return FIRST_SYLLABLE.test(tokens[k - 1].text) && SYLLABLE.test(tokens[k + 1].text) && !COMPOUND_SUFFIXES.has(tokens[k + 1].text);
}

/** Reads a personal name starting at token i: "Kassym-Jomart Tokayev", "Ferdinand R. Marcos, Jr.", "KIHARA Minoru". */
export function readName(doc: AnnotatedDocument, i: number, sentence: Sentence, claimed: Uint8Array): NameSpan | undefined {
  const tokens = doc.tokens;
  // A name starts with a name word: most tokens are dismissed here.
  if (i >= sentence.tokenEnd || !isNameWord(tokens[i])) return undefined;
  let k = i;
  let words = 0;
  let normalWords = 0;
  while (k < sentence.tokenEnd) {
    const t = tokens[k];
    if (claimed[k] || (NOT_NAMES.has(lower(t)) && !(k === i && isSurnameHomograph(tokens, k, sentence))) || isHeadlineVerb(t)) break;
    // Longer runs of capitalised words are headings or lists, not one name.
    if (words >= MAX_NAME_WORDS) return undefined;
    if (isNameWord(t)) {
      words++;
      if (t.text.length > 2 && HAS_LOWER_ASCII.test(t.text)) normalWords++;
      k++;
      while (k + 1 < sentence.tokenEnd && tokens[k].text === '-' && joinedToPrevious(tokens, k) && /^[A-Z]/.test(tokens[k + 1].text)) k += 2;
      if (words >= 2 && isSecondSyllable(tokens, k, sentence.tokenEnd)) k += 2;
      continue;
    }
    // "Joko “Jokowi” Widodo": a nickname in quotes inside the name, the name going on after it.
    const afterNickname = words > 0 ? nicknameEnd(tokens, k, sentence.tokenEnd) : k;
    if (afterNickname > k && !claimed[afterNickname]) {
      k = afterNickname;
      continue;
    }
    // "Ralph E Gonsalves": a middle initial written without its full stop.
    if (words > 0 && BARE_INITIAL.test(t.text) && k + 1 < sentence.tokenEnd && isNameWord(tokens[k + 1]) && !claimed[k + 1]) {
      k++;
      continue;
    }
    // "Hassan Shia' al-Amiri": an apostrophe that ends a transliterated word, the name going on after it.
    if (words > 0 && t.text === "'" && tokens[k - 1].end === t.start && k + 1 < sentence.tokenEnd && tokens[k + 1].start > t.end && (isNameWord(tokens[k + 1]) || PARTICLES.has(tokens[k + 1].text)) && !claimed[k + 1]) {
      k++;
      continue;
    }
    if (words > 0 && PARTICLES.has(t.text) && k + 1 < sentence.tokenEnd && isNameWord(tokens[k + 1]) && !claimed[k + 1]) {
      k++;
      continue;
    }
    // "al-Sisi", "el-Sheikh": a particle joined by a hyphen to the name after it.
    if (words > 0 && PARTICLES.has(t.text) && tokens[k + 1]?.text === '-' && k + 2 < sentence.tokenEnd && isNameWord(tokens[k + 2]) && joinedToPrevious(tokens, k + 2)) {
      k += 2;
      continue;
    }
    break;
  }
  if (words === 0 || normalWords === 0) return undefined;
  // "Marcos, Jr." and "Marcos Jr." keep their suffix.
  if (tokens[k]?.text === ',' && tokens[k + 1] && SUFFIXES.has(lower(tokens[k + 1]))) k += 2;
  else if (tokens[k] && SUFFIXES.has(lower(tokens[k]))) k++;
  const last = tokens[k - 1];
  if (INITIAL.test(last.text)) return undefined;
  return { from: i, to: k };
}

export function nameText(doc: AnnotatedDocument, span: NameSpan): string {
  const start = doc.tokens[span.from].start;
  const end = doc.tokens[span.to - 1].end;
  const quotes = nicknameQuotes(doc.tokens, span);
  // "Joko “Jokowi” Widodo" is written as "Joko Widodo": the nickname is an alias.
  const raw = quotes ? `${doc.text.slice(start, doc.tokens[quotes[0]].start)} ${doc.text.slice(doc.tokens[quotes[1]].end, end)}` : doc.text.slice(start, end);
  // Surnames written in capitals ("KIHARA Minoru") are written as names.
  return raw.replace(/,\s*(Jr|Sr)\.?$/i, ' $1.').replace(/\b([A-Z])([A-Z]{2,})\b/g, (_, a: string, b: string) => a + b.toLowerCase()).replace(/\s+/g, ' ');
}

/** Honorifics by their first word, so that most tokens are dismissed with one look-up. */
const HONORIFICS_BY_FIRST_WORD = new Map<string, string[][]>();
for (const words of HONORIFICS) HONORIFICS_BY_FIRST_WORD.set(words[0], [...(HONORIFICS_BY_FIRST_WORD.get(words[0]) ?? []), words]);
// The longest form matches first ("Dato' Seri Utama" before "Dato' Seri").
for (const forms of HONORIFICS_BY_FIRST_WORD.values()) forms.sort((a, b) => b.length - a.length);
/** The words an honorific may begin with, by shape: most tokens need neither look-up (which would hash them). */
const HONORIFIC_SHAPES = new WordShapeFilter([...CAPITAL_HONORIFICS, ...HONORIFICS_BY_FIRST_WORD.keys()]);

export function skipHonorifics(doc: AnnotatedDocument, i: number, end: number): number {
  if (i >= end) return i;
  const token = doc.tokens[i];
  // CAPITAL_HONORIFICS holds words as written, HONORIFICS_BY_FIRST_WORD in lower case: a token of either shape is looked up.
  if (!HONORIFIC_SHAPES.mayContain(token.text) && !HONORIFIC_SHAPES.mayContain(lower(token))) return i;
  if (CAPITAL_HONORIFICS.has(token.text)) return skipHonorifics(doc, i + 1, end);
  const honorifics = HONORIFICS_BY_FIRST_WORD.get(lower(token));
  if (honorifics === undefined) return i;
  for (const words of honorifics) {
    if (i + words.length <= end && wordsAt(doc.tokens, i, words)) return skipHonorifics(doc, i + words.length, end);
  }
  return i;
}

/**
 * Whether the tokens from i are these words, in lower case. A loop, not words.every() with a
 * closure over i, which would make V8 allocate skipHonorifics' scope at each of its calls (one a token).
 */
function wordsAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let n = 0; n < words.length; n++) if (lower(tokens[i + n]) !== words[n]) return false;
  return true;
}

export function firstTokenAtOrAfter(doc: AnnotatedDocument, offset: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (doc.tokens[i].start >= offset) return i;
  return to;
}
