// With no publication date, relative and year-less dates have nothing to resolve against; an
// explicit full date nearby often pins them: "held talks on Wednesday … paid an official visit on
// March 31, 2021" (a Wednesday), "negotiations between March 6-10 … on March 10, 2023".
import type { DateMention } from '../annotated-document.ts';
import { type DateParts, parseIsoDay } from './resolve-relative-date.ts';

/** A date mention with the parts it was read from and the sentence it sits in. */
export interface FoundDate {
  mention: DateMention;
  parts?: DateParts;
  endParts?: DateParts;
  sentence?: number;
}

/** How many sentences away an explicit date may pin another. */
const NEARBY_SENTENCES = 5;
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isExplicitDay(d: FoundDate): boolean {
  return d.parts?.year !== undefined && d.parts.relative === undefined && d.mention.value !== null && FULL_DAY.test(d.mention.value);
}

/** The explicit day nearest a date that a test accepts: at most a few sentences away, the closest in the text. */
function nearestExplicit(found: readonly FoundDate[], from: FoundDate, accepts: (day: string) => boolean): string | undefined {
  let best: FoundDate | undefined;
  let bestDistance = Infinity;
  for (const d of found) {
    if (d === from || !isExplicitDay(d) || !accepts(d.mention.value!)) continue;
    if (Math.abs((d.sentence ?? 0) - (from.sentence ?? 0)) > NEARBY_SENTENCES) continue;
    const distance = Math.abs(d.mention.start - from.mention.start);
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best?.mention.value ?? undefined;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Pins weekdays and year-less days of a document without a publication date to the explicit dates near them. */
export function anchorUnresolvedDates(found: FoundDate[]): void {
  for (const d of found) {
    const parts = d.parts;
    // The dateline's and credits' dates are the story's own day: with no year given, none is to be had.
    if (d.mention.value !== null || !parts || parts.year !== undefined || parts.relative !== undefined || d.mention.aside === 'dateline' || d.mention.aside === 'credit') continue;
    if (parts.weekday !== undefined && parts.month === undefined && parts.day === undefined) {
      const day = nearestExplicit(found, d, (value) => parseIsoDay(value).getUTCDay() === parts.weekday);
      if (day) d.mention.value = day;
    } else if (parts.month !== undefined && parts.day !== undefined && parts.monthModifier === undefined) {
      const day = nearestExplicit(found, d, (value) => Number(value.slice(5, 7)) === parts.month);
      if (!day) continue;
      const year = Number(day.slice(0, 4));
      d.mention.value = `${year}-${pad(parts.month)}-${pad(parts.day)}`;
      const end = d.endParts;
      if (end?.month !== undefined && end.day !== undefined && end.year === undefined) {
        d.mention.end_value = `${end.month < parts.month ? year + 1 : year}-${pad(end.month)}-${pad(end.day)}`;
      }
    }
  }
}
