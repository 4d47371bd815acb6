// Whether an event reported by a new document is one the knowledge base already holds:
// the same type, dates within a day of each other, and participants that agree. Reports of
// one story (near-duplicate documents) need no date: they tell the same occasion.
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

/** Both sides' countries, and where both name people or instruments, at least one in common. */
function participantsAgree(known: EventView, incoming: EventView): boolean {
  const needed = Math.min(2, known.countries.size, incoming.countries.size);
  if (needed === 0 || sharedCount(known.countries, incoming.countries) < needed) return false;
  if (known.people.size > 0 && incoming.people.size > 0 && !intersects(known.people, incoming.people)) return false;
  if (known.instruments.size > 0 && incoming.instruments.size > 0 && !intersects(known.instruments, incoming.instruments)) return false;
  return true;
}

export function isSameEvent(known: EventView, incoming: EventView): boolean {
  if (known.type !== incoming.type || !participantsAgree(known, incoming)) return false;
  if (intersects(known.stories, incoming.stories)) return known.date === null || incoming.date === null || datesAgree(known.date, incoming.date);
  if (known.date === null || incoming.date === null) return false;
  // A month or a year alone is not enough to say two reports tell one occasion: the same people must be named.
  const dayPrecise = known.date.length === 10 && incoming.date.length === 10;
  return datesAgree(known.date, incoming.date) && (dayPrecise || intersects(known.people, incoming.people));
}

/** The window of days in which a known event could match `date`, for the store's candidate query. */
export function candidateWindow(date: string): { start: string; end: string } {
  const bounds = partialDateBounds(date);
  const shift = (day: string, days: number) => new Date((dayNumber(day) + days) * DAY_MS).toISOString().slice(0, 10);
  return { start: shift(bounds.start, -DATE_TOLERANCE_DAYS), end: shift(bounds.end, DATE_TOLERANCE_DAYS) };
}
