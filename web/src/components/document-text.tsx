// An article's text with one sentence highlighted and, within it, the words a fact was read
// from. The text is rendered as text (React text nodes): sources may hold markup, and it
// must stay inert.
import { useEffect, useRef } from 'react';
import type { Span } from '../api-types.ts';

export interface Highlight {
  /** The sentence to highlight, found in the text (the occurrence around `span` when both are given). */
  sentence?: string;
  /** The words themselves: character offsets into the text, end exclusive. */
  span?: Span;
}

function occurrences(text: string, part: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(part); at !== -1 && part.length > 0; at = text.indexOf(part, at + 1)) found.push(at);
  return found;
}

/** Where the highlighted sentence lies in the text: around the span, else the first occurrence, else the span itself. */
function sentenceRange(body: string, { sentence, span }: Highlight): Span | undefined {
  const validSpan = span && span.start >= 0 && span.end <= body.length && span.start < span.end ? span : undefined;
  if (sentence) {
    const starts = occurrences(body, sentence);
    const around = validSpan ? starts.find((start) => start <= validSpan.start && validSpan.end <= start + sentence.length) : undefined;
    const start = around ?? starts[0];
    if (start !== undefined) return { start, end: start + sentence.length };
  }
  return validSpan;
}

export function DocumentText({ body, highlight }: { body: string; highlight: Highlight }) {
  const box = useRef<HTMLDivElement>(null);
  const mark = useRef<HTMLElement>(null);
  const range = sentenceRange(body, highlight);
  const span = highlight.span && range && highlight.span.start >= range.start && highlight.span.end <= range.end ? highlight.span : undefined;

  useEffect(() => {
    if (!box.current || !mark.current) return;
    // In a scrolling box (beside the facts) scroll the box; on a page of its own, the page.
    if (box.current.scrollHeight > box.current.clientHeight) box.current.scrollTop = Math.max(0, mark.current.offsetTop - box.current.clientHeight / 3);
    else mark.current.scrollIntoView({ block: 'center' });
  }, [range?.start, range?.end]);

  if (!range) {
    return (
      <div className="document-text" ref={box}>
        {body}
      </div>
    );
  }
  const inner = span ? (
    <>
      {body.slice(range.start, span.start)}
      <strong className="mention">{body.slice(span.start, span.end)}</strong>
      {body.slice(span.end, range.end)}
    </>
  ) : (
    body.slice(range.start, range.end)
  );
  return (
    <div className="document-text" ref={box}>
      {body.slice(0, range.start)}
      <mark className="sentence" ref={mark}>
        {inner}
      </mark>
      {body.slice(range.end)}
    </div>
  );
}
