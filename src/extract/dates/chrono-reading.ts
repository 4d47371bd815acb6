// chrono-node's English reading ("casual", as chrono.en.parse reads), with only the parsers that
// can match the sentence at hand. chrono runs every parser's pattern over the whole sentence, and
// most of its parsers cannot match without a word or a digit shape of their own that most
// sentences lack ("ago", a weekday, "12/2024"): a parser is left out where that is missing, which
// changes no result, since a pattern that cannot match finds nothing for the refiners to see.
import * as chrono from 'chrono-node';
import { literalSource } from '../pattern-source.ts';

/**
 * What a parser's pattern cannot match without: a digit shape, or one of some words (in lower
 * case; the patterns ignore case). Looking for a word costs less than a pattern tried at every
 * offset.
 */
type Need = RegExp | readonly string[];

const MONTH = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * For each parser of the casual configuration (by class name), what it needs, read from its
 * pattern in node_modules/chrono-node/dist/esm; null where nothing cheaper than the pattern tells
 * ("in", "for" and a number word are in most sentences).
 */
const PARSER_NEEDS: { [parser: string]: Need | null } = {
  ENYearMonthDayParser: /[0-9]{4}[-./\s]/,
  ISOFormatParser: /[0-9]{4}-[0-9]/,
  SlashDateFormatParser: /[0-9][/.-][0-9]/,
  ENTimeUnitWithinFormatParser: null,
  // Every month's name and abbreviation begins with one of these.
  ENMonthNameLittleEndianParser: MONTH,
  ENMonthNameMiddleEndianParser: MONTH,
  // Every weekday's name and abbreviation begins with one of these; and "weekend", "weekday".
  ENWeekdayParser: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'week'],
  ENSlashMonthFormatParser: /[0-9]\/[0-9]{4}/,
  ENTimeExpressionParser: /[0-9]/,
  ENTimeUnitAgoFormatParser: ['ago', 'before', 'earlier'],
  ENTimeUnitLaterFormatParser: ['later', 'after', 'from now', 'henceforth', 'forward', 'out'],
  ENYearMonthNameParser: MONTH,
  // "tmr" stands for "tmrw" too, "last" for "last night".
  ENCasualDateParser: ['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'last'],
  // "noon" stands for "afternoon" too, "night" for "midnight".
  ENCasualTimeParser: ['morning', 'noon', 'evening', 'night', 'midday'],
  ENEndOfCurrentMonthParser: ['month'],
  ENMonthNameParser: MONTH,
  ENRelativeDateFormatParser: ['this', 'last', 'past', 'next', 'after'],
  ENTimeUnitCasualRelativeFormatParser: ['this', 'last', 'past', 'next', 'after', '+', '-'],
};

const { parsers, refiners } = chrono.en.casual;
const needs = parsers.map((parser) => {
  const name = parser.constructor.name;
  const need = PARSER_NEEDS[name];
  if (need === undefined) throw new Error(`chrono-node's English parsers include ${name}, which src/extract/dates/chrono-reading.ts does not know: add what its pattern needs to PARSER_NEEDS`);
  return need;
});

/** The bit of each parser in a set of parsers. */
const bitOf = (index: number) => 1 << index;
/** The parsers that nothing cheaper than their pattern tells. */
const ALWAYS_KEPT = needs.reduce((bits: number, need, i) => (need === null ? bits | bitOf(i) : bits), 0);
/** The parsers that need a digit shape, each begins with a digit. */
const DIGIT_SHAPES = needs.flatMap((need, i) => (need instanceof RegExp ? [{ shape: need, bit: bitOf(i) }] : []));
const DIGIT = /[0-9]/;

const NEEDED_WORDS = [...new Set(needs.flatMap((need) => (Array.isArray(need) ? need : [])))].sort((a, b) => b.length - a.length);
/**
 * The longest needed word that starts at an offset, at every offset where one does: one pass over
 * the sentence instead of a search for each word. A shorter word starting at the same offset is a
 * prefix of the one found, so it is there too.
 */
const NEEDED_WORD_AT = new RegExp(`(?=(${NEEDED_WORDS.map(literalSource).join('|')}))`, 'g');
/** For each needed word, the parsers that need it or a word it begins with. */
const PARSERS_MET_BY = new Map(NEEDED_WORDS.map((word) => [
  word,
  needs.reduce((bits: number, need, i) => (Array.isArray(need) && need.some((prefix) => word.startsWith(prefix)) ? bits | bitOf(i) : bits), 0),
]));

/** The parsers whose needs a sentence meets. */
function parsersMetBy(sentence: string): number {
  let met = ALWAYS_KEPT;
  if (DIGIT.test(sentence)) for (const { shape, bit } of DIGIT_SHAPES) if (shape.test(sentence)) met |= bit;
  const lower = sentence.toLowerCase();
  NEEDED_WORD_AT.lastIndex = 0;
  for (let m = NEEDED_WORD_AT.exec(lower); m; m = NEEDED_WORD_AT.exec(lower)) {
    met |= PARSERS_MET_BY.get(m[1])!;
    NEEDED_WORD_AT.lastIndex++;
  }
  return met;
}

/** A chrono for each set of parsers met so far, by the bits of the parsers it keeps. */
const readers = new Map<number, chrono.Chrono>();

/** What chrono.en.parse finds in a sentence. */
export function chronoResults(sentence: string, reference: chrono.ParsingReference | undefined): chrono.ParsedResult[] {
  const kept = parsersMetBy(sentence);
  let reader = readers.get(kept);
  if (reader === undefined) {
    reader = new chrono.Chrono({ parsers: parsers.filter((_, i) => (kept & bitOf(i)) !== 0), refiners });
    readers.set(kept, reader);
  }
  return reader.parse(sentence, reference);
}
