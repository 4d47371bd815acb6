// Who an event's sentence names: people (not those cited as sources), countries, organisations.
import type { AnnotatedDocument, PersonMention } from '../../annotated-document.ts';

const CITED_SOURCE_BEFORE = /\baccording to\b[^,.;]*$/i;

/** People named in a stretch of a sentence, except those cited as sources ("according to Kremlin aide X"). */
export function personsIn(doc: AnnotatedDocument, mentions: readonly PersonMention[], from: number, to: number): number[] {
  const found: number[] = [];
  for (const m of mentions) {
    if (m.start < from || m.end > to || found.includes(m.person)) continue;
    if (CITED_SOURCE_BEFORE.test(doc.text.slice(Math.max(from, m.start - 60), m.start))) continue;
    found.push(m.person);
  }
  return found;
}
