// How dates, countries and counts read on screen.
import countries from 'virtual:bilat/countries';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2025-03-03" → "3 Mar 2025", "2025-03" → "Mar 2025", "2025" → "2025"; null → "undated". */
export function formatDate(date: string | null | undefined): string {
  if (!date) return 'undated';
  const [year, month, day] = date.split('-');
  if (!month) return year;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

export function countryName(code: string): string {
  return countries[code]?.name ?? code;
}

/** "1 event", "3 events". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Where a document came from, in one line: outlet, else its address, else its file. */
export function documentLabel(document: { title: string | null; outlet: string | null; source: string | null; file: string | null; id: string }): string {
  return document.title ?? document.outlet ?? document.source ?? document.file ?? document.id;
}

/** The address to link to, when it is a web address: never a javascript: or data: one. */
export function webAddress(source: string | null): string | undefined {
  if (!source) return undefined;
  try {
    const url = new URL(source);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
