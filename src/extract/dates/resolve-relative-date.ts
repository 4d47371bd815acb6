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

export type Tense = 'past' | 'future';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function parsePublished(published: string): Date {
  return new Date(`${published}T00:00:00Z`);
}

/** Resolves parts to YYYY[-MM[-DD]]; null when they need a publication date that is missing. */
export function resolveRelativeDate(parts: DateParts, published: string | null, tense: Tense): string | null {
  const { year, month, day, weekday, relative } = parts;
  if (year !== undefined && month !== undefined && day !== undefined) return `${year}-${pad(month)}-${pad(day)}`;
  if (year !== undefined && month !== undefined) return `${year}-${pad(month)}`;
  if (year !== undefined && month === undefined && day === undefined) return String(year);
  if (published === null) return null;

  const ref = parsePublished(published);
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
      return month !== undefined ? `${y}-${pad(month)}` : String(y);
    }
  }

  if (month !== undefined) {
    let y = refYear;
    if (parts.monthModifier === -1) y = month >= refMonth ? refYear - 1 : refYear;
    else if (parts.monthModifier === 1) y = month <= refMonth ? refYear + 1 : refYear;
    else if (parts.monthModifier === 0) y = refYear;
    else if (tense === 'past') y = month > refMonth || (month === refMonth && day !== undefined && day > ref.getUTCDate()) ? refYear - 1 : refYear;
    else y = month < refMonth ? refYear + 1 : refYear;
    return day !== undefined ? `${y}-${pad(month)}-${pad(day)}` : `${y}-${pad(month)}`;
  }

  if (weekday !== undefined) {
    const d = new Date(ref);
    const delta = weekday - d.getUTCDay();
    if (tense === 'past') d.setUTCDate(d.getUTCDate() + (delta > 0 ? delta - 7 : delta));
    else d.setUTCDate(d.getUTCDate() + (delta < 0 ? delta + 7 : delta));
    return isoDay(d);
  }
  return null;
}
