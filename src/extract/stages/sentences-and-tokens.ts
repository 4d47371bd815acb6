// Stage: sentences and tokens with part-of-speech tags (wink-nlp), per paragraph line,
// since articles put one paragraph on a line and wink does not split sentences at newlines.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence, Token } from '../annotated-document.ts';
import type { Stage } from '../stage.ts';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** Lines longer than this are cut into pieces at whitespace so that no single call grows unbounded. */
const MAX_PIECE = 20_000;
/**
 * wink-nlp takes quadratic time over a long stretch without whitespace ("----{{{{''''…"), so
 * such stretches are cut into pieces of this length; no word of any language is this long.
 */
const MAX_UNBROKEN = 400;

function pieces(text: string): { start: number; end: number }[] {
  const result: { start: number; end: number }[] = [];
  const linePattern = /[^\n]+/g;
  for (let m = linePattern.exec(text); m; m = linePattern.exec(text)) {
    let start = m.index;
    const end = m.index + m[0].length;
    while (end - start > MAX_PIECE) {
      let cut = text.lastIndexOf(' ', start + MAX_PIECE);
      if (cut <= start) cut = start + MAX_PIECE;
      for (const piece of cutUnbroken(text, start, cut)) result.push(piece);
      start = cut;
    }
    if (text.slice(start, end).trim()) for (const piece of cutUnbroken(text, start, end)) result.push(piece);
  }
  return result;
}

function cutUnbroken(text: string, start: number, end: number): { start: number; end: number }[] {
  const result: { start: number; end: number }[] = [];
  const unbroken = new RegExp(`\\S{${MAX_UNBROKEN},}`, 'g');
  unbroken.lastIndex = start;
  let from = start;
  for (let m = unbroken.exec(text); m && m.index < end; m = unbroken.exec(text)) {
    if (m.index > from) result.push({ start: from, end: m.index });
    const runEnd = Math.min(end, m.index + m[0].length);
    for (let at = m.index; at < runEnd; at += MAX_UNBROKEN) result.push({ start: at, end: Math.min(runEnd, at + MAX_UNBROKEN) });
    from = runEnd;
    if (runEnd >= end) break;
  }
  if (from < end) result.push({ start: from, end });
  return result;
}

export function tokenise(text: string): { sentences: Sentence[]; tokens: Token[] } {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const piece of pieces(text)) {
    const pieceText = text.slice(piece.start, piece.end);
    const doc = nlp.readDoc(pieceText);
    const values = doc.tokens().out(its.value) as string[];
    const tags = doc.tokens().out(its.pos) as string[];
    const offsets: number[] = [];
    let cursor = 0;
    for (const value of values) {
      // Search a short window only: an unbounded indexOf per token is quadratic on long runs of one character.
      const windowed = pieceText.slice(cursor, cursor + 64 + value.length).indexOf(value);
      const at = windowed >= 0 ? cursor + windowed : cursor;
      offsets.push(at);
      cursor = Math.min(pieceText.length, at + value.length);
    }
    const tokenBase = tokens.length;
    doc.sentences().each((s: { out(f: unknown): unknown }) => {
      const [first, last] = s.out(its.span) as unknown as [number, number];
      let a = first;
      let b = last + 1;
      while (a < b && tags[a] === 'SPACE') a++;
      while (b > a && tags[b - 1] === 'SPACE') b--;
      if (a >= b) return;
      // wink ends a sentence at the dot of "News.Az"; a sentence that starts with no space after the previous one continues it.
      const previous = sentences[sentences.length - 1];
      if (previous && previous.tokenEnd === tokens.length && tokens.length > tokenBase && piece.start + offsets[a] === previous.end) {
        for (let i = a; i < b; i++) {
          tokens.push({ start: piece.start + offsets[i], end: piece.start + offsets[i] + values[i].length, text: values[i], pos: tags[i], sentence: previous.index });
        }
        previous.end = piece.start + offsets[b - 1] + values[b - 1].length;
        previous.tokenEnd = tokens.length;
        return;
      }
      const index = sentences.length;
      sentences.push({
        index,
        start: piece.start + offsets[a],
        end: piece.start + offsets[b - 1] + values[b - 1].length,
        tokenStart: tokens.length,
        tokenEnd: tokens.length + (b - a),
      });
      for (let i = a; i < b; i++) {
        tokens.push({ start: piece.start + offsets[i], end: piece.start + offsets[i] + values[i].length, text: values[i], pos: tags[i], sentence: index });
      }
    });
    if (tokens.length === tokenBase && pieceText.trim()) {
      sentences.push({ index: sentences.length, start: piece.start, end: piece.end, tokenStart: tokens.length, tokenEnd: tokens.length });
    }
  }
  return { sentences, tokens };
}

export const sentencesAndTokensStage: Stage = {
  name: 'sentences-and-tokens',
  run(doc) {
    const { sentences, tokens } = tokenise(doc.text);
    doc.sentences = sentences;
    doc.tokens = tokens;
  },
};
