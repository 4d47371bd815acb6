// A report's headline: the body's first sentence when it is a short line of its own without a
// full stop ("Mexico and Guatemala sign security pact"), written in a headline's grammar (the
// present tense for what happened).
import type { AnnotatedDocument } from './annotated-document.ts';

/** Longer than this, a first line is a paragraph, not a headline. */
const MAX_HEADLINE_TOKENS = 20;

/** The body's first sentence when it is a headline: a short line of its own, without a full stop ("Mexico and Guatemala sign security pact"). */
export function headlineSentence(doc: AnnotatedDocument): number | undefined {
  const first = doc.sentences[0];
  if (!first || first.aside || first.tokenEnd - first.tokenStart > MAX_HEADLINE_TOKENS || doc.sentences.length < 2) return undefined;
  const lineEnd = doc.text.indexOf('\n', first.end);
  const alone = doc.text.slice(0, first.start).trim() === '' && lineEnd >= 0 && doc.text.slice(first.end, lineEnd).trim() === '';
  return alone && !/[.!?:]["”’]?$/.test(doc.text.slice(first.start, first.end)) ? 0 : undefined;
}
