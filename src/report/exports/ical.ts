// An iCalendar (RFC 5545) of what is coming: the day each instrument's period ends, and the
// events dated after the export's as-of date. All-day events; an event dated only by month
// or year spans that month or year (DTEND is the day after, as RFC 5545 wants).
import { partialDateBounds } from '../../record/partial-date.ts';
import { instrumentStandingAsOf } from '../../resolve/instrument-lifecycle.ts';
import type { DocumentReference, EntitySummary, KnowledgeEvent } from '../../store/store.ts';
import { VERSION } from '../../version.ts';
import { periodOf, textField, textListField } from './entity-fields.ts';

export interface CalendarItem {
  uid: string;
  /** YYYY-MM-DD: the first day, and the day after the last. */
  start: string;
  endExclusive: string;
  summary: string;
  description: string;
  categories: string[];
  url?: string;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;

/** TEXT values escape backslashes, semicolons, commas and line breaks (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Splits a content line into lines of at most 75 octets, each continuation starting with a space (§3.1), never inside a character. */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF) + CRLF;
}

const compactDate = (date: string) => date.replaceAll('-', '');

/** YYYY-MM-DD of the next day. */
export function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** The calendar's opening lines; `name` is what calendar programs show for it. */
export function calendarStart(name: string): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//bilat//bilat ${VERSION}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ].map(foldLine).join('');
}

export function calendarEnd(): string {
  return foldLine('END:VCALENDAR');
}

/** One VEVENT; `stamp` is when the calendar was made (DTSTAMP). */
export function vevent(item: CalendarItem, stamp: Date): string {
  const dtstamp = stamp.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(item.uid)}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${compactDate(item.start)}`,
    `DTEND;VALUE=DATE:${compactDate(item.endExclusive)}`,
    `SUMMARY:${escapeText(item.summary)}`,
    `DESCRIPTION:${escapeText(item.description)}`,
    `CATEGORIES:${item.categories.map(escapeText).join(',')}`,
    ...(item.url ? [`URL:${item.url}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ].map(foldLine).join('');
}

/** "- News.Az, 2025-03-03, “Title”, https://…" */
function sourceLine(document: DocumentReference): string {
  const parts = [document.outlet, document.published, document.title ? `“${document.title}”` : null, document.source ?? document.file];
  return `- ${parts.filter((part) => part !== null && part !== '').join(', ')}`;
}

const firstWebAddress = (documents: readonly DocumentReference[]) =>
  documents.map((document) => document.source).find((source) => source !== null && /^https?:\/\//i.test(source)) ?? undefined;

/** The day the instrument's period ends, with where it stands on `asOf`; undefined when its period has no end. */
export function instrumentExpiryItem(instrument: EntitySummary, sources: readonly DocumentReference[], asOf: string): CalendarItem | undefined {
  const standing = instrumentStandingAsOf(instrument.attributes, asOf);
  if (standing.expires === null) return undefined;
  const period = periodOf(instrument.attributes);
  const parties = textListField(instrument.attributes, 'parties');
  const days = standing.daysToExpiry ?? 0;
  const when = days < 0 ? `ended ${-days} days before` : days === 0 ? 'ends on' : `ends ${days} days after`;
  const description = [
    `${instrument.name} (${textField(instrument.attributes, 'kind') ?? 'instrument'})`,
    ...(parties.length > 0 ? [`Parties: ${parties.join(', ')}`] : []),
    `Period: ${period.start ?? '?'} to ${period.end ?? '?'}`,
    `Status on ${asOf}: ${standing.status}; its period ${when} that day`,
    `Knowledge-base id: ${instrument.id}`,
    'Sources:',
    ...sources.map(sourceLine),
  ].join('\n');
  const url = firstWebAddress(sources);
  return {
    uid: `expiry.${instrument.id}@bilat`,
    start: standing.expires,
    endExclusive: dayAfter(standing.expires),
    summary: `Expires: ${instrument.name}${parties.length > 0 ? ` (${parties.join('–')})` : ''}`,
    description,
    categories: ['instrument expiry'],
    ...(url ? { url } : {}),
  };
}

/** A dated event as a calendar item; undefined for an undated one. */
export function eventItem(event: KnowledgeEvent): CalendarItem | undefined {
  if (event.date === null) return undefined;
  const bounds = partialDateBounds(event.date);
  const people = event.participants.filter((participant) => participant.type !== 'country').map((participant) => participant.name);
  const everyone = event.participants.map((participant) => participant.name);
  const documents = event.sources.map((source) => source.document);
  const description = [
    `${event.type} on ${event.date}${event.dateText ? ` (“${event.dateText}”)` : ''}`,
    ...(everyone.length > 0 ? [`Participants: ${everyone.join(', ')}`] : []),
    ...(event.place ? [`Place: ${event.place.name}`] : []),
    ...(event.instruments.length > 0 ? [`Instruments: ${event.instruments.map((instrument) => instrument.name).join('; ')}`] : []),
    ...(event.initiatives.length > 0 ? [`Projects: ${event.initiatives.map((initiative) => initiative.name).join('; ')}`] : []),
    `Knowledge-base id: ${event.id}`,
    'Sources:',
    ...event.sources.flatMap((source) => [sourceLine(source.document), ...source.sentences.map((sentence) => `  “${sentence}”`)]),
  ].join('\n');
  const url = firstWebAddress(documents);
  return {
    uid: `event.${event.id}@bilat`,
    start: bounds.start,
    endExclusive: dayAfter(bounds.end),
    summary: `${event.type[0].toUpperCase()}${event.type.slice(1)}: ${(people.length > 0 ? people : everyone).join(', ') || 'unnamed participants'}`,
    description,
    categories: ['event', event.type],
    ...(url ? { url } : {}),
  };
}
