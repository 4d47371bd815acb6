// Stage: sentences and tokens with part-of-speech tags (wink-nlp). An article is tagged in
// one call; a line break also ends a sentence, since articles put one paragraph on a line
// and wink does not split sentences there.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Token } from '../annotated-document.ts';
import type { Stage } from '../stage.ts';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** Texts longer than this are tagged in pieces cut at line breaks or spaces, so that no single call grows unbounded. */
const MAX_PIECE = 20_000;
/**
 * wink-nlp takes quadratic time over a long stretch without whitespace ("----{{{{''''…"), so
 * such stretches are cut into pieces of this length; no word of any language is this long.
 */
const MAX_UNBROKEN = 400;
const UNBROKEN = new RegExp(`\\S{${MAX_UNBROKEN},}`, 'g');

interface Piece {
  start: number;
  end: number;
}

function pieces(text: string): Piece[] {
  const result: Piece[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + MAX_PIECE);
    if (end < text.length) {
      const lineBreak = text.lastIndexOf('\n', end);
      const space = text.lastIndexOf(' ', end);
      end = lineBreak > start ? lineBreak + 1 : space > start ? space + 1 : end;
    }
    for (const piece of cutUnbroken(text, start, end)) result.push(piece);
    start = end;
  }
  return result;
}

function cutUnbroken(text: string, start: number, end: number): Piece[] {
  const result: Piece[] = [];
  let from = start;
  // Matched within the piece only: a search running on to the end of the text would be quadratic.
  for (const m of text.slice(start, end).matchAll(UNBROKEN)) {
    const runStart = start + m.index;
    const runEnd = runStart + m[0].length;
    if (runStart > from) result.push({ start: from, end: runStart });
    for (let at = runStart; at < runEnd; at += MAX_UNBROKEN) result.push({ start: at, end: Math.min(runEnd, at + MAX_UNBROKEN) });
    from = runEnd;
  }
  if (from < end) result.push({ start: from, end });
  return result.filter((p) => /\S/.test(text.slice(p.start, p.end)));
}

export function tokenise(text: string): { sentences: Sentence[]; tokens: Token[] } {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const piece of pieces(text)) {
    const pieceText = text.slice(piece.start, piece.end);
    const doc = nlp.readDoc(pieceText);
    const values = doc.tokens().out(its.value) as string[];
    const tags = doc.tokens().out(its.pos) as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    // wink keeps each token's preceding whitespace, so offsets follow by addition; a token that
    // is not where expected (never seen, but cheap to guard) is looked for nearby.
    const offsets: number[] = [];
    let cursor = 0;
    for (let i = 0; i < values.length; i++) {
      cursor += spaces[i].length;
      if (!pieceText.startsWith(values[i], cursor)) {
        const near = pieceText.slice(cursor, cursor + 64 + values[i].length).indexOf(values[i]);
        if (near >= 0) cursor += near;
      }
      offsets.push(piece.start + cursor);
      cursor += values[i].length;
    }
    const breaksBefore = (i: number) => tags[i] === 'SPACE' || spaces[i].includes('\n');
    doc.sentences().each((s: { out(f: unknown): unknown }) => {
      const [first, last] = s.out(its.span) as [number, number];
      let open = -1;
      const close = (endToken: number) => {
        if (open < 0) return;
        addSentence(sentences, tokens, values, tags, offsets, open, endToken);
        open = -1;
      };
      for (let i = first; i <= last; i++) {
        if (breaksBefore(i)) close(i);
        if (tags[i] !== 'SPACE' && open < 0) open = i;
      }
      close(last + 1);
    });
  }
  return { sentences, tokens };
}

function addSentence(sentences: Sentence[], tokens: Token[], values: string[], tags: string[], offsets: number[], from: number, to: number): void {
  const start = offsets[from];
  const end = offsets[to - 1] + values[to - 1].length;
  const previous = sentences[sentences.length - 1];
  // wink ends a sentence at the dot of "News.Az"; a sentence that starts with no space after the previous one continues it.
  const continues = previous !== undefined && previous.end === start;
  const index = continues ? previous.index : sentences.length;
  for (let i = from; i < to; i++) tokens.push({ start: offsets[i], end: offsets[i] + values[i].length, text: values[i], lower: values[i].toLowerCase(), pos: tags[i], sentence: index });
  if (continues) {
    previous.end = end;
    previous.tokenEnd = tokens.length;
  } else {
    sentences.push({ index, start, end, tokenStart: tokens.length - (to - from), tokenEnd: tokens.length });
  }
}

export const sentencesAndTokensStage: Stage = {
  name: 'sentences-and-tokens',
  run(doc) {
    const { sentences, tokens } = tokenise(doc.text);
    doc.sentences = sentences;
    doc.tokens = tokens;
  },
};
