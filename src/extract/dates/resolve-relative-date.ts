// Turns the parts of a date expression into a partial ISO date, resolved against the
// publication date and never against today. What is not stated stays unstated: a month
// with no day gives YYYY-MM, a year gives YYYY.

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** Relative offsets: "last year" is { years: -1 }, "yesterday" { days: -1 }. */
  relative?: { years?: number; months?: number; days?: number };
  /** "last March" (-1), "next March" (+1), "this March" (0). */
  monthModifier?: -1 | 0 | 1;
}

/**
 * How the words before a date place it: "will meet on …" is future, "was signed on …" past; a
 * date with neither ("talks on Aug 4") is unmarked and takes its nearest occurrence, so long as
 * that lies at most a couple of months ahead (news reports the recent past and the coming weeks).
 */
export type Tense = 'past' | 'future' | 'unmarked';

/** How far ahead of publication an unmarked date without a year may lie. */
const NEAR_FUTURE_DAYS = 62;
const DAY_MS = 86_400_000;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function parseIsoDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** Days from the reference to a day of a month in a year (negative: before). */
function daysAfter(reference: Date, year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - reference.getTime()) / DAY_MS;
}

/** The year of a month (and day) without one, as the tense places it. */
function yearOf(month: number, day: number | undefined, reference: Date, tense: Tense): number {
  const refYear = reference.getUTCFullYear();
  // A month without a day lies ahead from its first day, and behind once its last has passed.
  const ahead = daysAfter(reference, refYear, month, day ?? 1);
  const behind = daysAfter(reference, refYear, month, day ?? 28);
  if (tense === 'future') return month < reference.getUTCMonth() + 1 ? refYear + 1 : refYear;
  if (behind <= 0 || (day === undefined && month === reference.getUTCMonth() + 1)) return refYear;
  if (tense === 'unmarked' && ahead <= NEAR_FUTURE_DAYS) return refYear;
  return refYear - 1;
}

/** Resolves parts to YYYY[-MM[-DD]]; null when they need a publication date that is missing. */
export function resolveRelativeDate(parts: DateParts, published: string | null, tense: Tense): string | null {
  const { year, month, day, weekday, relative } = parts;
  if (year !== undefined && month !== undefined && day !== undefined) return `${year}-${pad(month)}-${pad(day)}`;
  if (year !== undefined && month !== undefined) return `${year}-${pad(month)}`;
  if (year !== undefined && month === undefined && day === undefined) return String(year);
  if (published === null) return null;

  const ref = parseIsoDay(published);
  const refYear = ref.getUTCFullYear();
  const refMonth = ref.getUTCMonth() + 1;

  if (relative) {
    if (relative.days !== undefined) {
      const d = new Date(ref);
      d.setUTCDate(d.getUTCDate() + relative.days);
      return isoDay(d);
    }
    if (relative.months !== undefined) {
      const d = new Date(Date.UTC(refYear, refMonth - 1 + relative.months, 1));
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
    }
    if (relative.years !== undefined) {
      const y = refYear + relative.years;
      if (month === undefined) return String(y);
      return day !== undefined ? `${y}-${pad(month)}-${pad(day)}` : `${y}-${pad(month)}`;
    }
  }

  if (month !== undefined) {
    let y: number;
    if (parts.monthModifier === -1) y = month >= refMonth ? refYear - 1 : refYear;
    else if (parts.monthModifier === 1) y = month <= refMonth ? refYear + 1 : refYear;
    else if (parts.monthModifier === 0) y = refYear;
    else y = yearOf(month, day, ref, tense);
    return day !== undefined ? `${y}-${pad(month)}-${pad(day)}` : `${y}-${pad(month)}`;
  }

  if (weekday !== undefined) {
    // A weekday of a past or unmarked report lies on or before publication; of a future one, on or after.
    const d = new Date(ref);
    const delta = weekday - d.getUTCDay();
    if (tense === 'future') d.setUTCDate(d.getUTCDate() + (delta < 0 ? delta + 7 : delta));
    else d.setUTCDate(d.getUTCDate() + (delta > 0 ? delta - 7 : delta));
    return isoDay(d);
  }
  return null;
}
