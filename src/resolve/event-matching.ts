// Whether an event reported by a new document is one the knowledge base already holds:
// the same type, dates within a day of each other, and participants that agree. Reports of
// one story (near-duplicate documents) need no date: they tell the same occasion; nor do
// reports of one instrument's signing by the same parties, or of the same people's meeting
// about it.
import { partialDateBounds } from '../record/partial-date.ts';

export interface EventView {
  type: string;
  /** As reported: YYYY, YYYY-MM or YYYY-MM-DD, or null. */
  date: string | null;
  /** Countries involved, through participants and their people's offices. */
  countries: ReadonlySet<string>;
  /** Knowledge-base ids of the people taking part. */
  people: ReadonlySet<string>;
  /** Knowledge-base ids of the instruments signed, ratified or discussed. */
  instruments: ReadonlySet<string>;
  /** The stories of the documents that report it. */
  stories: ReadonlySet<number>;
}

/** Days by which two reports of one occasion may differ (time zones, "yesterday" read on the next day). */
const DATE_TOLERANCE_DAYS = 1;
const DAY_MS = 24 * 60 * 60 * 1000;

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

function intersects<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  for (const item of a) if (b.has(item)) return true;
  return false;
}

function sharedCount<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  let count = 0;
  for (const item of a) if (b.has(item)) count += 1;
  return count;
}

function datesAgree(a: string, b: string): boolean {
  const [boundsA, boundsB] = [partialDateBounds(a), partialDateBounds(b)];
  return dayNumber(boundsA.start) <= dayNumber(boundsB.end) + DATE_TOLERANCE_DAYS
    && dayNumber(boundsB.start) <= dayNumber(boundsA.end) + DATE_TOLERANCE_DAYS;
}

/** Whether both name people and share two of them (one when either names only one): the same people met. */
function samePeople(a: EventView, b: EventView): boolean {
  if (a.people.size === 0 || b.people.size === 0) return false;
  return sharedCount(a.people, b.people) >= Math.min(2, a.people.size, b.people.size);
}

/** The signing of one instrument: its parties are what identify it, whoever each report says put pen to paper. */
function signingOfOneInstrument(known: EventView, incoming: EventView): boolean {
  return known.type === 'signing' && intersects(known.instruments, incoming.instruments);
}

/** Both sides' countries, and where both name people or instruments, at least one in common. */
function participantsAgree(known: EventView, incoming: EventView): boolean {
  const needed = Math.min(2, known.countries.size, incoming.countries.size);
  if (needed === 0 || sharedCount(known.countries, incoming.countries) < needed) return false;
  if (known.instruments.size > 0 && incoming.instruments.size > 0 && !intersects(known.instruments, incoming.instruments)) return false;
  if (signingOfOneInstrument(known, incoming)) return true;
  return known.people.size === 0 || incoming.people.size === 0 || intersects(known.people, incoming.people);
}

/**
 * Without a date on one side, what says two reports tell one occasion is what it was about: the
 * same instrument, signed by the same parties, or met about by the same people.
 */
function sameOccasionUndated(known: EventView, incoming: EventView): boolean {
  return signingOfOneInstrument(known, incoming) || (intersects(known.instruments, incoming.instruments) && samePeople(known, incoming));
}

export function isSameEvent(known: EventView, incoming: EventView): boolean {
  if (known.type !== incoming.type || !participantsAgree(known, incoming)) return false;
  if (intersects(known.stories, incoming.stories)) return known.date === null || incoming.date === null || datesAgree(known.date, incoming.date);
  if (known.date === null || incoming.date === null) return sameOccasionUndated(known, incoming);
  // A month or a year alone is not enough to say two reports tell one occasion: the same people, or the same instrument signed, must be named.
  const dayPrecise = known.date.length === 10 && incoming.date.length === 10;
  return datesAgree(known.date, incoming.date) && (dayPrecise || intersects(known.people, incoming.people) || signingOfOneInstrument(known, incoming));
}

/** The window of days in which a known event could match `date`, for the store's candidate query. */
export function candidateWindow(date: string): { start: string; end: string } {
  const bounds = partialDateBounds(date);
  const shift = (day: string, days: number) => new Date((dayNumber(day) + days) * DAY_MS).toISOString().slice(0, 10);
  return { start: shift(bounds.start, -DATE_TOLERANCE_DAYS), end: shift(bounds.end, DATE_TOLERANCE_DAYS) };
}

/** Event types an instrument is signed at, without being named by the event itself. */
const OCCASIONS_OF_SIGNING = ['meeting', 'visit'];

/**
 * The instruments an event of one document is about: its own, and for a meeting or visit
 * those its document says the same people signed on the same day (or, undated, at all).
 */
export function occasionInstruments(event: EventView, documentEvents: readonly EventView[]): Set<string> {
  const instruments = new Set(event.instruments);
  if (!OCCASIONS_OF_SIGNING.includes(event.type)) return instruments;
  for (const other of documentEvents) {
    if (other.type !== 'signing' || other.date !== event.date || !samePeople(other, event)) continue;
    for (const instrument of other.instruments) instruments.add(instrument);
  }
  return instruments;
}
