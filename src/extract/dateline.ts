// Datelines: the place and date that open a wire or agency story, in their many forms:
// "BAKU, Azerbaijan, Feb. 20 / Trend:", "MANAMA, Feb 13 (KUNA) --", "New Delhi, Jan 5 (KNN)",
// "Riyadh (UNA-OIC) -", "Riyadh, April 15, 2026, SPA --", "March 1 (UPI) --", "Agenda.ge, 11 Sep 2014 - 14:34, Tbilisi,Georgia",
// "09:28 | Lima, Jan. 13.", "PUTRAJAYA:", "NUR-SULTAN. KAZINFORM -". Read on the typography-
// normalised body, where every dash is "-".
import type { AnnotatedDocument, Dateline, Token } from './annotated-document.ts';
import type { Span } from '../record/schema.ts';
import { loadDataFile } from '../vocabulary/data-file.ts';

interface TextLayoutFile {
  not_places: string[];
  sentence_openers: string[];
}

const layout = loadDataFile<TextLayoutFile>('text-layout.yaml');
const NOT_PLACES = new Set(layout.not_places.map((w) => w.toLowerCase()));
const OPENING_WORDS = new Set(layout.sentence_openers.map((w) => w.toLowerCase()));

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
/** "Feb. 20", "October 31, 2023", "11 Sep 2014", "13 March". */
export const DATELINE_DATE = `(?:${MONTH}\\s${DAY}(?:,?\\s\\d{4})?|${DAY}\\s${MONTH}(?:,?\\s\\d{4})?)`;
const MONTH_DAY_YEAR = new RegExp(`^(?:(${MONTH})\\s(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s(${MONTH}))(?:,?\\s(\\d{4}))?`);
const MONTH_STEMS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The month, day and year (when written) of a dateline's or credit's date ("Feb. 20", "11 Sep 2014"). */
export function datelineDateParts(date: string): { year?: number; month: number; day: number } | undefined {
  const m = MONTH_DAY_YEAR.exec(date);
  if (!m) return undefined;
  const month = MONTH_STEMS.indexOf((m[1] ?? m[4]).slice(0, 3).toLowerCase()) + 1;
  return { month, day: Number(m[2] ?? m[3]), ...(m[5] ? { year: Number(m[5]) } : {}) };
}

/** A capitalised word of a place name ("BAKU", "New", "NUR-SULTAN", "HÀ", "Al-Quds"), or a short abbreviation ("St.", "D.C."). */
const PLACE_WORD = "(?:\\p{Lu}\\p{L}{0,2}\\.(?:\\p{L}\\.)*(?=\\s|,)|\\p{Lu}[\\p{L}'-]*)";
/** Up to four capitalised words, with the small words inside names ("Dar es Salaam", "Villa de Leyva"). */
const PLACE = `${PLACE_WORD}(?:\\s(?:(?:de|del|da|do|dos|di|la|le|el|al|es|of|upon|am|an|sur)\\s)?${PLACE_WORD}){0,3}`;
const AGENCY_IN_BRACKETS = '\\(([^()\\n]{2,40})\\)';
const TIME_PREFIX = /^\d{1,2}:\d{2}\s*\|\s*/;

/** PLACE[, QUALIFIER][, DATE][.] [(AGENCY)] — then what ends it is read separately. */
const PLACE_FIRST = new RegExp(`^(${PLACE})(?:([,.])\\s?(?!${DATELINE_DATE})(${PLACE}))?(?:,\\s?(${DATELINE_DATE}))?(\\.)?(?:\\s?${AGENCY_IN_BRACKETS})?`, 'u');
/** DATE [(AGENCY)] --   ("March 1 (UPI) --"). */
const DATE_FIRST = new RegExp(`^(${DATELINE_DATE})(?:\\s?${AGENCY_IN_BRACKETS})?\\s*(?:-{1,2}|:)(?:\\s+|$)`, 'u');
/** DATE, OUTLET.   ("August 12, Fineko/abc.az."). */
const DATE_OUTLET = new RegExp(`^(${DATELINE_DATE}),\\s([^\\s,]{2,30})\\.(?:\\s+|$)`, 'u');
/** OUTLET, DATE[ - TIME], PLACE[,COUNTRY]   ("Agenda.ge, 11 Sep 2014 - 14:34, Tbilisi,Georgia"). */
const OUTLET_DATE_PLACE = new RegExp(`^([^\\s,]{2,30}),\\s(${DATELINE_DATE})(?:\\s-\\s\\d{1,2}:\\d{2})?,\\s?(${PLACE})(?:,\\s?(${PLACE}))?\\s*$`, 'u');
/** A line that is only a date ("September 18, 2025"), or only a place and its country ("Mexico City, Mexico"). */
const DATE_ONLY = new RegExp(`^(${DATELINE_DATE})\\.?\\s*$`, 'u');
const PLACE_ONLY = new RegExp(`^(${PLACE})(?:,\\s?(${PLACE}))?\\.?\\s*$`, 'u');
/** What ends a dateline that opens a line of text: a dash, a colon, a slash before the agency. */
const DASH_OR_COLON = /^\s*(?:-{1,2}|:)(?:\s+|$)/;
const SLASH_AGENCY = /^\s*\/\s*([\p{Lu}][\p{L}.-]*(?:\s[\p{Lu}][\p{L}.-]*){0,2})\s*:?(?:\s+|$)/u;
/** ", SPA --" after a place and date ("Riyadh, April 15, 2026, SPA --"): an agency in capitals, then the dash. */
const COMMA_AGENCY = /^,\s?(\p{Lu}[\p{Lu}.-]{1,15})\s*(?:-{1,2}|:)(?:\s+|$)/u;

/** Not a label ("Note", "Update") nor a phrase that opens a sentence ("The President of Chile"). */
function isPlaceName(words: string): boolean {
  const first = /^\S+/.exec(words)![0].toLowerCase();
  return !NOT_PLACES.has(words.toLowerCase()) && !OPENING_WORDS.has(first);
}

function isAllCaps(text: string): boolean {
  return /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text);
}

function span(lineStart: number, at: number, text: string | undefined, within: string): Span | undefined {
  if (text === undefined) return undefined;
  const index = within.indexOf(text, at);
  return index < 0 ? undefined : { start: lineStart + index, end: lineStart + index + text.length };
}

/**
 * The dateline from the line's start to `length` characters into `rest` (the line after any time,
 * at offset `at`), its trailing spaces left out. Not a closure in readDateline: most lines
 * have no dateline, and the closure was made (and named, under tsx) for each of them.
 */
function datelineTo(lineStart: number, at: number, rest: string, length: number, parts: Omit<Dateline, 'start' | 'end'>): Dateline {
  let end = length;
  while (end > 0 && /\s/.test(rest[end - 1])) end--;
  return { start: lineStart, end: at + end, ...parts };
}

/**
 * The dateline that opens one line, if it does: `line` is the line's text from its first
 * character (after any credit that precedes it), `lineStart` its offset in the body.
 */
export function readDateline(line: string, lineStart: number, afterDateOnlyLine = false): Dateline | undefined {
  const time = TIME_PREFIX.exec(line);
  const offset = time ? time[0].length : 0;
  const rest = line.slice(offset);
  const at = lineStart + offset;

  let m = DATE_FIRST.exec(rest);
  if (m) return datelineTo(lineStart, at, rest, m[0].length, { date: span(at, 0, m[1], rest), agency: span(at, m[1].length, m[2], rest) });
  m = DATE_OUTLET.exec(rest);
  if (m) return datelineTo(lineStart, at, rest, m[0].length, { date: span(at, 0, m[1], rest), agency: span(at, m[1].length, m[2], rest) });
  m = OUTLET_DATE_PLACE.exec(rest);
  if (m) return datelineTo(lineStart, at, rest, m[0].length, { agency: span(at, 0, m[1], rest), date: span(at, m[1].length, m[2], rest), place: span(at, m[1].length + m[2].length, m[3], rest), qualifier: span(at, m[1].length + m[2].length + m[3].length, m[4], rest) });
  m = DATE_ONLY.exec(rest);
  if (m) return datelineTo(lineStart, at, rest, m[0].length, { date: span(at, 0, m[1], rest) });

  m = PLACE_FIRST.exec(rest);
  if (!m) return undefined;
  const [whole, place, , qualifier, date, dot, agency] = m;
  if (!isPlaceName(place) || (qualifier && NOT_PLACES.has(qualifier.toLowerCase()))) return undefined;
  const parts: Omit<Dateline, 'start' | 'end'> = {
    place: span(at, 0, place, rest),
    qualifier: span(at, place.length, qualifier, rest),
    date: span(at, place.length, date, rest),
    agency: span(at, place.length, agency, rest),
  };
  const after = rest.slice(whole.length);
  const slash = SLASH_AGENCY.exec(after);
  if (slash) return datelineTo(lineStart, at, rest, whole.length + slash[0].length, { ...parts, agency: span(at, whole.length, slash[1], rest) });
  const commaAgency = date ? COMMA_AGENCY.exec(after) : null;
  if (commaAgency) return datelineTo(lineStart, at, rest, whole.length + commaAgency[0].length, { ...parts, agency: span(at, whole.length, commaAgency[1], rest) });
  const dash = DASH_OR_COLON.exec(after);
  const endsLine = after.trim() === '';
  const capitals = isAllCaps(place);
  // With a date or an agency the words are surely a dateline; a place alone needs capitals, a dash or a colon.
  if (date || agency) {
    if (dash) return datelineTo(lineStart, at, rest, whole.length + dash[0].length, parts);
    // "Tumbes, May 21 (ANDINA). President …": the full stop after the agency closes the dateline.
    if (agency && /^\.\s/.test(after)) return datelineTo(lineStart, at, rest, whole.length + 1, parts);
    if (endsLine || dot || agency) return datelineTo(lineStart, at, rest, whole.length, parts);
    return undefined;
  }
  if (dash && (capitals || !/[.]/.test(m[2] ?? ''))) return datelineTo(lineStart, at, rest, whole.length + dash[0].length, parts);
  if (endsLine && (capitals || afterDateOnlyLine) && !dot) return datelineTo(lineStart, at, rest, whole.length, parts);
  if (afterDateOnlyLine && PLACE_ONLY.test(rest)) return datelineTo(lineStart, at, rest, rest.trimEnd().length, parts);
  return undefined;
}

/** Whether a token is the capitalised place word that opens a line as its dateline. */
export function isDatelineWord(doc: AnnotatedDocument, token: Token): boolean {
  const place = doc.dateline?.place;
  if (place && token.start >= place.start && token.end <= place.end) return true;
  if (!/^[A-Z][A-Z'-]{2,}$/.test(token.text)) return false;
  // A dateline opens its line: look back a few words only, never across the whole line.
  const window = doc.text.slice(Math.max(0, token.start - 40), token.start);
  const newline = window.lastIndexOf('\n');
  if (newline < 0 && token.start > 40) return false;
  const before = window.slice(newline + 1);
  if (!/^(?:[A-Z][A-Z'-]+[ -])*$/.test(before)) return false;
  return /^(?:[ -][A-Z][A-Z'-]+)*\s*(?:,|\(|\.|-{1,2}|–)/.test(doc.text.slice(token.end, token.end + 40));
}
