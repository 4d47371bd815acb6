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

const NEEDED_WORDS = [...new Set(needs.flatMap((need) => (Array.isArray(need) ? need : [])))].sort((a, b) => b.length - a.length);
/**
 * The longest needed word that starts at an offset, at every offset where one does: one pass over
 * the sentence instead of a search for each word. A shorter word starting at the same offset is a
 * prefix of the one found, so it is there too.
 */
const NEEDED_WORD_AT = new RegExp(`(?=(${NEEDED_WORDS.map(literalSource).join('|')}))`, 'g');
/** For each needed word, the needed words it begins with (itself among them). */
const WORDS_BEGINNING = new Map(NEEDED_WORDS.map((word) => [word, NEEDED_WORDS.filter((prefix) => word.startsWith(prefix))]));
/** Each digit shape of PARSER_NEEDS begins with a digit. */
const DIGIT = /[0-9]/;

/** The needed words in a sentence (in lower case). */
function neededWordsIn(lower: string): Set<string> {
  const found = new Set<string>();
  NEEDED_WORD_AT.lastIndex = 0;
  for (let m = NEEDED_WORD_AT.exec(lower); m; m = NEEDED_WORD_AT.exec(lower)) {
    for (const word of WORDS_BEGINNING.get(m[1])!) found.add(word);
    NEEDED_WORD_AT.lastIndex++;
  }
  return found;
}

function isMet(need: Need, sentence: string, hasDigit: boolean, words: Set<string>): boolean {
  if (need instanceof RegExp) return hasDigit && need.test(sentence);
  for (const word of need) if (words.has(word)) return true;
  return false;
}

/** A chrono for each set of parsers met so far, by the bits of the parsers it keeps. */
const readers = new Map<number, chrono.Chrono>();

/** What chrono.en.parse finds in a sentence. */
export function chronoResults(sentence: string, reference: chrono.ParsingReference | undefined): chrono.ParsedResult[] {
  const hasDigit = DIGIT.test(sentence);
  const words = neededWordsIn(sentence.toLowerCase());
  let kept = 0;
  for (let i = 0; i < needs.length; i++) {
    const need = needs[i];
    if (need === null || isMet(need, sentence, hasDigit, words)) kept |= 1 << i;
  }
  let reader = readers.get(kept);
  if (reader === undefined) {
    reader = new chrono.Chrono({ parsers: parsers.filter((_, i) => (kept & (1 << i)) !== 0), refiners });
    readers.set(kept, reader);
  }
  return reader.parse(sentence, reference);
}
