// A pair's events by the `event_pairs` key (kept by triggers on `event_countries`): the work
// grows with the pair's events, not with each country's.
import { type SQL, sql } from 'drizzle-orm';

/** A subquery of the ids of the events that involve both countries. */
export function pairEventIds(a: string, b: string): SQL {
  const [first, second] = a < b ? [a, b] : [b, a];
  return sql`select event_id from event_pairs where first = ${first} and second = ${second}`;
}
