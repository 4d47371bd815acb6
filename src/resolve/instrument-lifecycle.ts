// An instrument's status on a given day: what the latest evidence known by then said, and
// expired once its period has ended (a renewal reported later carries the new period).
import { AGREED_INSTRUMENT_STATUSES, INSTRUMENT_STATUS_MODEL } from '../record/model.ts';
import { partialDateBounds } from '../record/partial-date.ts';
import type { StatusEvidence } from './merge-attributes.ts';

export interface InstrumentStanding {
  status: string;
  /** The last day of its period, when it has one. */
  expires: string | null;
  /** Days from the as-of date to the expiry (negative once expired). */
  daysToExpiry: number | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function periodEnd(attributes: { readonly [field: string]: unknown }): string | null {
  const period = attributes.period as { end?: unknown } | undefined;
  return typeof period?.end === 'string' ? partialDateBounds(period.end).end : null;
}

function history(attributes: { readonly [field: string]: unknown }): StatusEvidence[] {
  return Array.isArray(attributes.statusHistory) ? (attributes.statusHistory as StatusEvidence[]) : [];
}

/** Where the instrument stood on `asOf` (YYYY-MM-DD), from the knowledge base's merged attributes. */
export function instrumentStandingAsOf(attributes: { readonly [field: string]: unknown }, asOf: string): InstrumentStanding {
  const known = history(attributes).filter((evidence) => evidence.date === null || evidence.date <= asOf);
  const { unreported, lapsed } = INSTRUMENT_STATUS_MODEL;
  const evidenced = known.length > 0 ? known[known.length - 1].status : history(attributes).length > 0 ? unreported : String(attributes.status ?? unreported);
  const expires = periodEnd(attributes);
  const daysToExpiry = expires === null ? null : daysBetween(asOf, expires);
  // A text not yet agreed (proposed, negotiating) does not expire when a period it was to run for has ended.
  const status = daysToExpiry !== null && daysToExpiry < 0 && AGREED_INSTRUMENT_STATUSES.has(evidenced) ? lapsed : evidenced;
  return { status, expires, daysToExpiry };
}
