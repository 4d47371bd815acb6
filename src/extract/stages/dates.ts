// Stage: date expressions and periods, with spans, resolved against the publication date.
// chrono-node finds day/month/weekday expressions; our own rules handle what it does not:
// "last March", "in November last year", bare years ("in 2023"), year ranges and seasons.
import * as chrono from 'chrono-node';
import type { AnnotatedDocument, DateMention } from '../annotated-document.ts';
import type { Stage } from '../stage.ts';
import { type DateParts, resolveRelativeDate, type Tense } from '../dates/resolve-relative-date.ts';
import { loadDataFile } from '../../vocabulary/data-file.ts';

interface DateCuesFile {
  future_cues: string[];
  year_prepositions: string[];
  seasons: { [season: string]: number };
}

const cues = loadDataFile<DateCuesFile>('date-cues.yaml');
const FUTURE = new RegExp(`\\b(?:${cues.future_cues.map(escape).join('|')})\\b`, 'i');
// chrono is the slow part of this stage: it only reads sentences that hold something date-like.
const DATE_CUE = new RegExp([
  '\\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?)\\b',
  '\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b',
  '\\b(?:today|tonight|yesterday|tomorrow|ago|(?:this|last|next|past)\\s+(?:morning|afternoon|evening|week|month|year|spring|summer|autumn|fall|winter))\\b',
  '\\b(?:1[89]|20)\\d{2}\\b',
  '\\b\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}\\b',
].join('|'), 'i');
const YEAR_RANGE = /\b((?:19|20)\d{2})\s*(?:-|\/|to|until|through)\s*((?:19|20)?\d{2})\b/g;
const BARE_YEAR = new RegExp(`\\b(${cues.year_prepositions.join('|')})\\s+(?:the\\s+(?:year\\s+)?|early\\s+|late\\s+|mid-)?((?:19|20)\\d{2})\\b(?!\\s*(?:-|/)\\s*\\d)`, 'gi');
const SEASON = new RegExp(`\\b(?:(last|this|next)\\s+)?(${Object.keys(cues.seasons).join('|')})(?:\\s+(?:of\\s+)?((?:19|20)\\d{2}))?\\b`, 'gi');
const RELATIVE_YEAR = /^(last|this|next|past) year$/i;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// chrono skips "May" (also a verb) and month names it cannot anchor; after a preposition or "last" they are months.
const MONTH_PHRASE = new RegExp(`\\b(last|next|this|in|early|late|since|until|by|mid-)\\s*(${MONTHS.join('|')})\\b(?!\\s+\\d)`, 'gi');

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The tense of the words leading to an offset, not of a later clause ("Xi arrived on Monday for
 * a visit that will last until …").
 */
function tenseBefore(sentence: string, offset: number): Tense {
  return FUTURE.test(sentence.slice(Math.max(0, offset - 80), offset)) ? 'future' : 'past';
}

function partsFromChrono(result: chrono.ParsedResult, before: string): DateParts | undefined {
  const c = result.start;
  const parts: DateParts = {};
  if (c.isCertain('year')) parts.year = c.get('year') ?? undefined;
  if (c.isCertain('month')) parts.month = c.get('month') ?? undefined;
  if (c.isCertain('day')) parts.day = c.get('day') ?? undefined;
  if (c.isCertain('weekday') && parts.day === undefined) parts.weekday = c.get('weekday') ?? undefined;
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
  if (parts.month !== undefined && parts.year === undefined) {
    const modifier = /\b(last|next|this)\s+$/i.exec(before)?.[1].toLowerCase();
    if (modifier) parts.monthModifier = modifier === 'last' ? -1 : modifier === 'next' ? 1 : 0;
  }
  if (parts.year === undefined && parts.month === undefined && parts.day === undefined && parts.weekday === undefined) return undefined;
  return parts;
}

/** Whether [start, end) overlaps none of the dates found before. */
function isFree(found: readonly DateMention[], start: number, end: number): boolean {
  for (const m of found) if (end > m.start && start < m.end) return false;
  return true;
}

/** Every date expression in one sentence, resolved. Offsets are relative to the sentence. */
export function findDates(sentence: string, published: string | null): DateMention[] {
  if (!DATE_CUE.test(sentence)) return [];
  const found: DateMention[] = [];

  for (const m of sentence.matchAll(YEAR_RANGE)) {
    const startYear = Number(m[1]);
    let endYear = Number(m[2]);
    if (m[2].length === 2) endYear = Math.floor(startYear / 100) * 100 + endYear;
    if (endYear <= startYear || endYear - startYear > 50) continue;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: String(startYear), end_value: String(endYear), isPeriod: true });
  }

  const ref = published ? { instant: new Date(`${published}T12:00:00Z`), timezone: 'UTC' } : undefined;
  const results = chrono.en.parse(sentence, ref);
  for (let i = 0; i < results.length; i++) {
    const result = results[i];
    const start = result.index;
    let end = start + result.text.length;
    if (!isFree(found, start, end)) continue;
    const parts = partsFromChrono(result, sentence.slice(Math.max(0, start - 6), start));
    if (!parts) continue;
    const next = results[i + 1];
    // "in November last year": chrono reads two results; the year one qualifies the month.
    if (next && parts.month !== undefined && parts.year === undefined && next.index - end <= 2 && RELATIVE_YEAR.test(next.text.trim())) {
      const word = RELATIVE_YEAR.exec(next.text.trim())![1].toLowerCase();
      parts.relative = { years: word === 'next' ? 1 : word === 'this' ? 0 : -1 };
      end = next.index + next.text.length;
      i++;
    }
    const value = resolveRelativeDate(parts, published, tenseBefore(sentence, start));
    const modifierStart = parts.monthModifier !== undefined ? sentence.slice(0, start).search(/\b(last|next|this)\s+$/i) : -1;
    const from = modifierStart >= 0 ? modifierStart : start;
    const mention: DateMention = { start: from, end, text: sentence.slice(from, end), value, isPeriod: false };
    if (result.end && result.end.isCertain('day')) {
      const endParts: DateParts = { year: result.end.isCertain('year') ? result.end.get('year') ?? undefined : parts.year, month: result.end.get('month') ?? undefined, day: result.end.get('day') ?? undefined };
      mention.end_value = resolveRelativeDate(endParts, published, tenseBefore(sentence, start));
    }
    found.push(mention);
  }

  for (const m of sentence.matchAll(MONTH_PHRASE)) {
    const word = m[1].toLowerCase();
    const start = word === 'last' || word === 'next' || word === 'this' ? m.index : m.index + m[0].length - m[2].length;
    const end = m.index + m[0].length;
    if (!isFree(found, start, end)) continue;
    const parts: DateParts = { month: MONTHS.indexOf(m[2].toLowerCase()) + 1 };
    if (word === 'last' || word === 'next' || word === 'this') parts.monthModifier = word === 'last' ? -1 : word === 'next' ? 1 : 0;
    found.push({ start, end, text: sentence.slice(start, end), value: resolveRelativeDate(parts, published, tenseBefore(sentence, start)), isPeriod: false });
  }

  for (const m of sentence.matchAll(BARE_YEAR)) {
    const start = m.index + m[0].length - m[2].length;
    const end = m.index + m[0].length;
    if (isFree(found, start, end)) found.push({ start, end, text: m[2], value: m[2], isPeriod: false });
  }

  for (const m of sentence.matchAll(SEASON)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isFree(found, start, end) || (!m[1] && !m[3])) continue;
    const parts: DateParts = m[3] ? { year: Number(m[3]) } : { relative: { years: 0 } };
    if (m[1] && !m[3]) {
      const month = cues.seasons[m[2].toLowerCase()];
      const refMonth = published ? Number(published.slice(5, 7)) : 0;
      const shift = m[1].toLowerCase() === 'last' ? (month >= refMonth ? -1 : 0) : m[1].toLowerCase() === 'next' ? (month <= refMonth ? 1 : 0) : 0;
      parts.relative = { years: shift };
    }
    found.push({ start, end, text: m[0], value: resolveRelativeDate(parts, published, tenseBefore(sentence, start)), isPeriod: false });
  }
  return found.sort((a, b) => a.start - b.start);
}

export const datesStage: Stage = {
  name: 'dates',
  run(doc: AnnotatedDocument) {
    for (const sentence of doc.sentences) {
      for (const date of findDates(doc.text.slice(sentence.start, sentence.end), doc.published)) {
        doc.dates.push({ ...date, start: date.start + sentence.start, end: date.end + sentence.start });
      }
    }
  },
};
