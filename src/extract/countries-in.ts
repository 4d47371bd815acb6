// Which countries a stretch of text names, and which pair an article is about.
import type { AnnotatedDocument } from './annotated-document.ts';

/** Codes of the countries named between two offsets, in order of first mention. */
export function countriesIn(doc: AnnotatedDocument, start: number, end: number): string[] {
  const codes: string[] = [];
  for (const m of doc.countries) {
    if (m.start >= start && m.end <= end && !m.insideName && !codes.includes(m.code)) codes.push(m.code);
  }
  return codes;
}

/** The article's dyad: the two most mentioned countries (earlier first mention breaks ties). */
export function documentDyad(doc: AnnotatedDocument): string[] {
  const counts = new Map<string, { count: number; first: number }>();
  for (const m of doc.countries) {
    if (m.insideName) continue;
    const entry = counts.get(m.code) ?? { count: 0, first: m.start };
    entry.count++;
    counts.set(m.code, entry);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)
    .slice(0, 2)
    .map(([code]) => code);
}
