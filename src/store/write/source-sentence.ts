// The sentence a span sits in, so that every fact can be shown with the words that support it.
import type { Span } from '../../record/schema.ts';

/** A sentence with no end in sight (a list, a table) is cut this far either side of its span. */
const MAX_CONTEXT_CHARACTERS = 400;
const SENTENCE_END = /[.!?]["'\u201D\u2019)\]]*(?=\s)|\n/g;

/** Start of the sentence holding `position`: just after the previous sentence end, skipping spaces. */
function sentenceStart(body: string, position: number): number {
  const floor = Math.max(0, position - MAX_CONTEXT_CHARACTERS);
  let start = floor;
  SENTENCE_END.lastIndex = floor;
  for (let match = SENTENCE_END.exec(body); match && match.index < position; match = SENTENCE_END.exec(body)) {
    start = match.index + match[0].length;
  }
  while (start < position && /\s/.test(body[start])) start++;
  return start;
}

function sentenceEnd(body: string, position: number): number {
  const ceiling = Math.min(body.length, position + MAX_CONTEXT_CHARACTERS);
  SENTENCE_END.lastIndex = Math.max(0, position - 1);
  const match = SENTENCE_END.exec(body);
  if (!match || match.index >= ceiling) return ceiling;
  return match[0] === '\n' ? match.index : match.index + match[0].length;
}

/** The whole sentence (or sentences) around a span, whitespace collapsed; a span that is a sentence comes back as itself. */
export function sentenceAround(body: string, span: Span): string {
  const start = sentenceStart(body, Math.min(span.start, body.length));
  const end = Math.max(sentenceEnd(body, Math.max(span.end, start)), span.end);
  const prefix = start > 0 && start === Math.max(0, span.start - MAX_CONTEXT_CHARACTERS) ? '…' : '';
  const suffix = end < body.length && end === Math.min(body.length, span.end + MAX_CONTEXT_CHARACTERS) ? '…' : '';
  return prefix + body.slice(start, Math.min(end, body.length)).replace(/\s+/g, ' ').trim() + suffix;
}
