// The article text format: an optional header of "key: value" lines ended by one blank
// line, then the body. Also the normalisers of header values that the other readers share.
import { type Article, InputError } from './article.ts';

const HEADER_KEYS = new Set(['source', 'outlet', 'published', 'title', 'url', 'language']);
const HEADER_LINE = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)$/;
export const DEFAULT_LANGUAGE = 'en';

/** A header or metadata value, or undefined when it is empty or says "unknown". */
export function presentValue(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && trimmed.toLowerCase() !== 'unknown' ? trimmed : undefined;
}

/** The primary subtag of a BCP 47 tag ("en-GB" → "en"), or undefined when there is none. */
export function primaryLanguage(tag: string | null | undefined): string | undefined {
  const match = /^([a-z]{2,3})(?:[-_]|$)/i.exec(presentValue(tag) ?? '');
  return match ? match[1].toLowerCase() : undefined;
}

const MONTHS: { [name: string]: number } = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

function isoDate(year: number, month: number | undefined, day: number): string | null {
  if (month === undefined || month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * A publication date as YYYY-MM-DD, or null when the value is absent or not a date.
 * Timestamps keep the calendar date written in them (the publisher's local date), not UTC's.
 */
export function normalisePublishedDate(value: string | null | undefined): string | null {
  const text = presentValue(value);
  if (!text) return null;
  let match = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(text) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})(?!\d)/.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/.exec(text);
  if (match) return isoDate(Number(match[3]), Number(match[2]), Number(match[1]));
  match = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
  if (match && MONTHS[match[1].toLowerCase()]) return isoDate(Number(match[3]), MONTHS[match[1].toLowerCase()], Number(match[2]));
  match = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(text);
  if (match) return isoDate(Number(match[3]), MONTHS[match[2].toLowerCase()], Number(match[1]));
  return null;
}

interface TextHeader {
  fields: Map<string, string>;
  bodyStart: number;
}

function readHeader(text: string): TextHeader {
  const fields = new Map<string, string>();
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const nextLineStart = newline === -1 ? text.length : newline + 1;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === '') return { fields, bodyStart: fields.size > 0 ? nextLineStart : 0 };
    const match = HEADER_LINE.exec(line);
    const key = match?.[1].toLowerCase();
    // Any line that is not "known-key: value" starts the body, so no text is ever dropped as header.
    if (!match || key === undefined || !HEADER_KEYS.has(key)) return { fields, bodyStart: lineStart };
    if (!fields.has(key)) fields.set(key, match[2]);
    lineStart = nextLineStart;
  }
  return { fields, bodyStart: text.length };
}

/** Reads an article text (already decoded, LF line ends); throws InputError when it has no body. */
export function parseTextArticle(text: string, file: string): Article {
  const { fields, bodyStart } = readHeader(text);
  const body = text.slice(bodyStart).trimEnd();
  if (body.trim() === '') {
    throw new InputError(file, fields.size > 0 ? 'empty body: the header is followed by no text' : 'empty: only whitespace');
  }
  const source = presentValue(fields.get('source')) ?? presentValue(fields.get('url'));
  const outlet = presentValue(fields.get('outlet'));
  const title = presentValue(fields.get('title'));
  return {
    file,
    ...(source && { source }),
    ...(outlet && { outlet }),
    ...(title && { title }),
    published: normalisePublishedDate(fields.get('published')),
    language: primaryLanguage(fields.get('language')) ?? DEFAULT_LANGUAGE,
    body,
  };
}
