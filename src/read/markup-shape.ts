// The shape of HTML and XML checked by one streaming pass before a DOM is built. The DOM
// builder, Readability and the feed parser take time that grows with the square of the
// nesting depth (or recurse along it): a page 100,000 elements deep, a few hundred kB, held
// them for minutes. No article nests anywhere near the limits.
import { Parser } from 'htmlparser2';
import { InputError } from './article.ts';

/** Article pages nest some tens of elements deep; Readability takes seconds on a single chain of a few hundred. */
export const MAX_MARKUP_DEPTH = 256;
/**
 * An article page has a few thousand elements; a long feed some tens of thousands. The DOM
 * takes about 1 KB an element (a page of 250,000 took some 250 MB of a thread), so this also keeps
 * one input's reading well inside a thread's memory.
 */
export const MAX_MARKUP_ELEMENTS = 100_000;

/** Thrown from the parser's callbacks to stop it at the first element over a limit. */
class OverLimit extends Error {}

/** Throws InputError when `markup` nests elements deeper than MAX_MARKUP_DEPTH or holds more than MAX_MARKUP_ELEMENTS. */
export function checkMarkupShape(markup: string, input: string, kind: 'HTML' | 'XML'): void {
  let depth = 0;
  let elements = 0;
  const parser = new Parser({
    onopentag() {
      depth++;
      elements++;
      if (depth > MAX_MARKUP_DEPTH || elements > MAX_MARKUP_ELEMENTS) throw new OverLimit();
    },
    onclosetag() {
      depth--;
    },
  }, { xmlMode: kind === 'XML', decodeEntities: false });
  try {
    parser.end(markup);
  } catch (error) {
    if (!(error instanceof OverLimit)) throw error;
    const limit = depth > MAX_MARKUP_DEPTH
      ? `elements nested more than ${MAX_MARKUP_DEPTH} deep`
      : `more than ${MAX_MARKUP_ELEMENTS.toLocaleString('en')} elements`;
    throw new InputError(input, `${kind} with ${limit}, beyond any article: not read`);
  }
}
