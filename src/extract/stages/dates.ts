// Stage: date expressions and periods, with spans, resolved against the publication date; when
// the header gives none, the dateline's or a closing credit's full date stands in for it.
// chrono-node finds day/month/weekday expressions; our own rules handle what it does not:
// "last March", "in November last year", "November 3 of 2019", "yesterday (30)", "a year and a
// half ago", "8 de mayo de 2022", bare years ("in 2023"), year ranges and seasons. Relative
// expressions never resolve against today: with no publication date they stay null.
import * as chrono from 'chrono-node';
import type { AnnotatedDocument, DateMention } from '../annotated-document.ts';
import type { Stage } from '../stage.ts';
import { type DateParts, resolveRelativeDate } from '../dates/resolve-relative-date.ts';
import { tenseBefore } from '../dates/tense.ts';
import { anchorUnresolvedDates, type FoundDate } from '../dates/anchor-dates.ts';
import { chronoResults } from '../dates/chrono-reading.ts';
import { datelineDateParts } from '../dateline.ts';
import { loadDataFile } from '../../vocabulary/data-file.ts';

interface DateCuesFile {
  year_prepositions: string[];
  seasons: { [season: string]: number };
  number_words: { [word: string]: number | null };
  other_language_months: { [month: string]: number };
}

const cues = loadDataFile<DateCuesFile>('date-cues.yaml');

const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ABBREVIATIONS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const OTHER_MONTHS = Object.keys(cues.other_language_months).sort((a, b) => b.length - a.length).join('|');
// chrono is the slow part of this stage: it only reads sentences that hold something date-like.
const DATE_CUE = new RegExp([
  `\\b(?:${MONTH_NAMES}|(?:${MONTH_ABBREVIATIONS})\\.?)\\b`,
  '\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b',
  '\\b(?:today|tonight|yesterday|tomorrow|ago|(?:this|last|next|past)\\s+(?:morning|afternoon|evening|week|month|year|spring|summer|autumn|fall|winter))\\b',
  '\\b(?:1[89]|20)\\d{2}\\b',
  '\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b',
].join('|'), 'i');
const YEAR_RANGE = /\b((?:19|20)\d{2})\s*(?:-|\/|to|until|through)\s*((?:19|20)?\d{2})\b/g;
const BARE_YEAR = new RegExp(`\\b(${cues.year_prepositions.join('|')})\\s+(?:the\\s+(?:year\\s+)?|early\\s+|late\\s+|mid-)?((?:19|20)\\d{2})\\b(?!\\s*(?:-|/)\\s*\\d)`, 'gi');
/** "in 2014 and 2015", "in 2009, 2012 and 2018": a year coordinated with the bare year before it. */
const COORDINATED_YEAR = /\s*(?:,\s*(?:and\s+)?|and\s+)((?:19|20)\d{2})\b(?!\s*(?:-|\/)\s*\d)/y;
const SEASON = new RegExp(`\\b(?:(last|this|next)\\s+)?(${Object.keys(cues.seasons).join('|')})(?:\\s+(?:of\\s+)?((?:19|20)\\d{2}))?\\b`, 'gi');
const RELATIVE_YEAR = /^(last|this|next|past) year$/i;
const MONTHS = MONTH_NAMES.toLowerCase().split('|');
// chrono skips "May" (also a verb) and month names it cannot anchor; after a preposition or "last" they are months.
const MONTH_PHRASE = new RegExp(`\\b(last|next|this|in|early|late|since|until|by|mid-)\\s*(${MONTHS.join('|')})\\b(?!\\s+\\d)`, 'gi');
/** "November 3 of 2019", "December 19th of 2014": chrono reads the day and drops the year. */
const DAY_OF_YEAR = new RegExp(`\\b(${MONTH_NAMES})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+of\\s+((?:19|20)\\d{2})\\b`, 'gi');
/** "8 de mayo de 2022", "domingo 8 de mayo", "8 de maio de 2022". */
const OTHER_LANGUAGE_DATE = new RegExp(`\\b(\\d{1,2})\\s+de\\s+(${OTHER_MONTHS})(?:\\s+(?:de|del)\\s+((?:19|20)\\d{2}))?\\b`, 'giu');
const OTHER_LANGUAGE_CUE = new RegExp(OTHER_LANGUAGE_DATE.source, 'iu');
const NUMBER_WORDS = Object.keys(cues.number_words).join('|');
/** "a year and a half ago", "two and a half years ago", "half a year ago": chrono reads none of them. */
const HALF_AGO = new RegExp(`\\b(?:(${NUMBER_WORDS}|\\d+)\\s+(?:(years?|months?)\\s+and\\s+a\\s+half|and\\s+a\\s+half\\s+(years|months))|half\\s+an?\\s+(year|month))\\s+ago\\b`, 'gi');
/**
 * The words without which the patterns above cannot match: they are tried at every offset of a
 * sentence, so a sentence is read with each only when it holds its word.
 */
const HAS_YEAR = /(?:19|20)\d{2}/;
const HAS_MONTH = new RegExp(MONTHS.join('|'), 'i');
const HAS_SEASON = new RegExp(Object.keys(cues.seasons).join('|'), 'i');
/** "yesterday (30)": the day of the month in brackets after a relative day. */
const BRACKETED_DAY = /^\s*\((\d{1,2})\)/;
const TRAILING = /[\s,;:]+$/;

/** Whether chrono read the expression relative to its reference instant ("two years ago", "last week", "now"). */
function isRelativeResult(result: chrono.ParsedResult): boolean {
  for (const tag of result.tags()) if (tag === 'result/relativeDate' || tag.startsWith('casualReference/')) return true;
  return false;
}

function partsFromChrono(result: chrono.ParsedResult, before: string, published: string | null): DateParts | undefined {
  const c = result.start;
  const parts: DateParts = {};
  const text = result.text.trim();
  const relativeYear = RELATIVE_YEAR.exec(text);
  if (relativeYear) {
    const word = relativeYear[1].toLowerCase();
    return { relative: { years: word === 'next' ? 1 : word === 'this' ? 0 : -1 } };
  }
  if (/^(today|tonight|this (morning|afternoon|evening))$/i.test(text) || /^earlier today$/i.test(text)) return { relative: { days: 0 } };
  if (/^yesterday/i.test(text)) return { relative: { days: -1 } };
  if (/^tomorrow/i.test(text)) return { relative: { days: 1 } };
  if (/^(last|this|next) month$/i.test(text)) return { relative: { months: text.startsWith('next') ? 1 : text.startsWith('this') ? 0 : -1 } };
  // Read against the publication date; with none, what chrono read against today means nothing.
  if (isRelativeResult(result) && published === null) return {};
  if (c.isCertain('year')) parts.year = c.get('year') ?? undefined;
  if (c.isCertain('month')) parts.month = c.get('month') ?? undefined;
  if (c.isCertain('day')) parts.day = c.get('day') ?? undefined;
  if (c.isCertain('weekday') && parts.day === undefined) parts.weekday = c.get('weekday') ?? undefined;
  if (parts.month !== undefined && parts.year === undefined) {
    const modifier = /\b(last|next|this)\s+$/i.exec(before)?.[1].toLowerCase();
    if (modifier) parts.monthModifier = modifier === 'last' ? -1 : modifier === 'next' ? 1 : 0;
  }
  if (parts.year === undefined && parts.month === undefined && parts.day === undefined && parts.weekday === undefined) return undefined;
  return parts;
}

/** Whether [start, end) overlaps none of the dates found before. */
function isFree(found: readonly FoundDate[], start: number, end: number): boolean {
  for (const { mention: m } of found) if (end > m.start && start < m.end) return false;
  return true;
}

function mention(sentence: string, start: number, end: number, value: string | null, isPeriod = false): DateMention {
  const text = sentence.slice(start, end).replace(TRAILING, '');
  return { start, end: start + text.length, text, value, isPeriod };
}

/** "yesterday (30)": the day in brackets wins over the arithmetic (the header may date the page a day late). */
function withBracketedDay(sentence: string, found: FoundDate): void {
  const m = BRACKETED_DAY.exec(sentence.slice(found.mention.end));
  if (!m) return;
  const day = Number(m[1]);
  found.mention.end += m[0].length;
  found.mention.text = sentence.slice(found.mention.start, found.mention.end);
  const value = found.mention.value;
  if (value === null || value.length !== 10 || Number(value.slice(8)) === day) return;
  const resolved = new Date(`${value}T00:00:00Z`);
  for (let shift = 1; shift <= 7; shift++) {
    for (const sign of [-1, 1]) {
      const d = new Date(resolved.getTime() + sign * shift * 86_400_000);
      if (d.getUTCDate() === day) {
        found.mention.value = d.toISOString().slice(0, 10);
        return;
      }
    }
  }
}

function numberOf(word: string): number | null {
  const n = Number(word);
  return Number.isNaN(n) ? cues.number_words[word.toLowerCase()] ?? null : n;
}

/** "a year and a half ago": months before the reference, to the month. */
function halfAgo(m: RegExpMatchArray, published: string | null): string | null {
  const unit = (m[2] ?? m[3] ?? m[4]).toLowerCase();
  const count = m[1] === undefined ? 0 : numberOf(m[1]);
  if (count === null || published === null) return null;
  const months = unit.startsWith('year') ? count * 12 + 6 : count + 0.5;
  const ref = new Date(`${published}T00:00:00Z`);
  const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - Math.round(months), 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Every date expression in one sentence, with the parts it was read from. Offsets are relative to the sentence. */
export function readDates(sentence: string, published: string | null): FoundDate[] {
  const otherLanguage = sentence.includes(' de ');
  if (!DATE_CUE.test(sentence) && !(otherLanguage && OTHER_LANGUAGE_CUE.test(sentence))) return [];
  const found: FoundDate[] = [];

  const hasYear = HAS_YEAR.test(sentence);
  if (hasYear) for (const m of sentence.matchAll(YEAR_RANGE)) {
    const startYear = Number(m[1]);
    let endYear = Number(m[2]);
    if (m[2].length === 2) endYear = Math.floor(startYear / 100) * 100 + endYear;
    if (endYear <= startYear || endYear - startYear > 50) continue;
    found.push({ mention: { ...mention(sentence, m.index, m.index + m[0].length, String(startYear), true), end_value: String(endYear) } });
  }
  // The rarer forms are looked for only where their telling word is.
  if (sentence.includes(' of ')) for (const m of sentence.matchAll(DAY_OF_YEAR)) {
    const parts = { year: Number(m[3]), month: MONTHS.indexOf(m[1].toLowerCase()) + 1, day: Number(m[2]) };
    found.push({ mention: mention(sentence, m.index, m.index + m[0].length, resolveRelativeDate(parts, published, 'past')), parts });
  }
  if (otherLanguage) for (const m of sentence.matchAll(OTHER_LANGUAGE_DATE)) {
    const parts: DateParts = { month: cues.other_language_months[m[2].toLowerCase()], day: Number(m[1]), ...(m[3] ? { year: Number(m[3]) } : {}) };
    if (isFree(found, m.index, m.index + m[0].length)) found.push({ mention: mention(sentence, m.index, m.index + m[0].length, resolveRelativeDate(parts, published, tenseBefore(sentence, m.index))), parts });
  }
  if (sentence.includes(' ago')) for (const m of sentence.matchAll(HALF_AGO)) {
    if (isFree(found, m.index, m.index + m[0].length)) found.push({ mention: mention(sentence, m.index, m.index + m[0].length, halfAgo(m, published)) });
  }

  const ref = published ? { instant: new Date(`${published}T12:00:00Z`), timezone: 'UTC' } : undefined;
  const results = chronoResults(sentence, ref);
  for (let i = 0; i < results.length; i++) {
    const result = results[i];
    const start = result.index;
    let end = start + result.text.length;
    if (!isFree(found, start, end) || result.tags().has('casualReference/now')) continue;
    const parts = partsFromChrono(result, sentence.slice(Math.max(0, start - 6), start), published);
    if (!parts) continue;
    const next = results[i + 1];
    // "in November last year", "on April 18 last year": chrono reads two results; the year one qualifies the month.
    if (next && parts.month !== undefined && parts.year === undefined && next.index - end <= 2 && RELATIVE_YEAR.test(next.text.trim())) {
      const word = RELATIVE_YEAR.exec(next.text.trim())![1].toLowerCase();
      parts.relative = { years: word === 'next' ? 1 : word === 'this' ? 0 : -1 };
      end = next.index + next.text.length;
      i++;
    }
    const tense = tenseBefore(sentence, start);
    // "March 30 - April 2, 2024": the first day takes the year the range ends in.
    if (parts.year === undefined && parts.month !== undefined && result.end?.isCertain('year')) {
      const endYear = result.end.get('year')!;
      parts.year = parts.month > (result.end.get('month') ?? 12) ? endYear - 1 : endYear;
    }
    const value = Object.keys(parts).length === 0 ? null : resolveRelativeDate(parts, published, tense);
    const modifierStart = parts.monthModifier !== undefined ? sentence.slice(0, start).search(/\b(last|next|this)\s+$/i) : -1;
    const from = modifierStart >= 0 ? modifierStart : start;
    const date: FoundDate = { mention: mention(sentence, from, end, value), parts };
    if (result.end && result.end.isCertain('day')) {
      const endParts: DateParts = { year: result.end.isCertain('year') ? result.end.get('year') ?? undefined : parts.year, month: result.end.get('month') ?? undefined, day: result.end.get('day') ?? undefined };
      date.mention.end_value = resolveRelativeDate(endParts, published, tense);
      // The range's end follows its start: "December 30 - January 2" ends in the next year.
      if (date.mention.value && date.mention.end_value && date.mention.end_value < date.mention.value && endParts.year === undefined) date.mention.end_value = `${Number(date.mention.end_value.slice(0, 4)) + 1}${date.mention.end_value.slice(4)}`;
      date.endParts = endParts;
    }
    if (parts.relative?.days !== undefined) withBracketedDay(sentence, date);
    found.push(date);
  }

  if (HAS_MONTH.test(sentence)) for (const m of sentence.matchAll(MONTH_PHRASE)) {
    const word = m[1].toLowerCase();
    const start = word === 'last' || word === 'next' || word === 'this' ? m.index : m.index + m[0].length - m[2].length;
    const end = m.index + m[0].length;
    if (!isFree(found, start, end)) continue;
    const parts: DateParts = { month: MONTHS.indexOf(m[2].toLowerCase()) + 1 };
    if (word === 'last' || word === 'next' || word === 'this') parts.monthModifier = word === 'last' ? -1 : word === 'next' ? 1 : 0;
    found.push({ mention: mention(sentence, start, end, resolveRelativeDate(parts, published, tenseBefore(sentence, start))), parts });
  }

  if (hasYear) for (const m of sentence.matchAll(BARE_YEAR)) {
    const start = m.index + m[0].length - m[2].length;
    const end = m.index + m[0].length;
    if (isFree(found, start, end)) found.push({ mention: mention(sentence, start, end, m[2]) });
    COORDINATED_YEAR.lastIndex = end;
    for (let next = COORDINATED_YEAR.exec(sentence); next; next = COORDINATED_YEAR.exec(sentence)) {
      const yearEnd = next.index + next[0].length;
      const yearStart = yearEnd - next[1].length;
      if (isFree(found, yearStart, yearEnd)) found.push({ mention: mention(sentence, yearStart, yearEnd, next[1]) });
    }
  }

  if (HAS_SEASON.test(sentence)) for (const m of sentence.matchAll(SEASON)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isFree(found, start, end) || (!m[1] && !m[3])) continue;
    const parts: DateParts = m[3] ? { year: Number(m[3]) } : { relative: { years: 0 } };
    if (m[1] && !m[3]) {
      const seasonStart = cues.seasons[m[2].toLowerCase()];
      const refMonth = published ? Number(published.slice(5, 7)) : 0;
      // "last summer" is the last one to have ended; "next summer" the next one to begin.
      const word = m[1].toLowerCase();
      const shift = word === 'last' ? (refMonth > seasonStart + 2 ? 0 : -1) : word === 'next' ? (refMonth < seasonStart ? 0 : 1) : 0;
      parts.relative = { years: shift };
    }
    found.push({ mention: mention(sentence, start, end, resolveRelativeDate(parts, published, tenseBefore(sentence, start))), parts });
  }
  return found.sort((a, b) => a.mention.start - b.mention.start);
}

/** Every date expression in one sentence, resolved. Offsets are relative to the sentence. */
export function findDates(sentence: string, published: string | null): DateMention[] {
  return readDates(sentence, published).map((d) => d.mention);
}

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
const WEEK_DAYS = 7;

/** A date written in an aside (the dateline's, a closing credit's), its year the nearest when it has none. */
function dateOf(doc: AnnotatedDocument, span: { start: number; end: number } | undefined): string | null {
  const parts = span && datelineDateParts(doc.text.slice(span.start, span.end));
  return parts ? resolveRelativeDate(parts, doc.published, 'unmarked') : null;
}

/**
 * The date relative expressions resolve against. The header's publication date, or, when it gives
 * none, the full date of the dateline or of a closing credit, which then becomes the publication
 * date. A dateline's day up to a week before the header's is the day the story was filed (the
 * header often dates the page), and "yesterday" is the day before it.
 */
function referenceDate(doc: AnnotatedDocument): string | null {
  const filed = dateOf(doc, doc.dateline?.date);
  if (doc.dateline?.date) doc.dateline.value = filed;
  if (doc.published === null) {
    const credited = doc.asides.find((a) => a.kind === 'credit' && a.date);
    const stated = [filed, dateOf(doc, credited?.date)].find((d) => d !== null && FULL_DAY.test(d));
    if (stated) doc.published = stated;
    return doc.published;
  }
  if (filed === null || !FULL_DAY.test(filed)) return doc.published;
  const daysBefore = (Date.parse(doc.published) - Date.parse(filed)) / 86_400_000;
  return daysBefore >= 0 && daysBefore <= WEEK_DAYS ? filed : doc.published;
}

export const datesStage: Stage = {
  name: 'dates',
  requires: ['text', 'published', 'asides', 'dateline', 'sentences'],
  assigns: ['dates', 'published'],
  run(doc: AnnotatedDocument) {
    const reference = referenceDate(doc);
    const found: FoundDate[] = [];
    const filed = doc.dateline?.date;
    for (const sentence of doc.sentences) {
      // The dateline's date is read already; the rest of its sentence is a place and an agency.
      if (sentence.aside === 'dateline' && filed && filed.start >= sentence.start && filed.end <= sentence.end) {
        const text = doc.text.slice(filed.start, filed.end);
        found.push({ mention: { start: filed.start, end: filed.end, text, value: doc.dateline!.value ?? null, isPeriod: false, aside: 'dateline' }, sentence: sentence.index });
        continue;
      }
      for (const date of readDates(doc.text.slice(sentence.start, sentence.end), reference)) {
        date.mention.start += sentence.start;
        date.mention.end += sentence.start;
        if (sentence.aside) date.mention.aside = sentence.aside;
        date.sentence = sentence.index;
        found.push(date);
      }
    }
    if (reference === null) anchorUnresolvedDates(found);
    doc.dates = found.map((d) => d.mention);
  },
};
