// Stage: sentences and tokens with part-of-speech tags (wink-nlp). An article is tagged in
// one call; a line break also ends a sentence, since articles put one paragraph on a line
// and wink does not split sentences there (normalisation has already joined the lines that only
// wrap a paragraph). The asides of the layout (captions, cues, the dateline, credits) are
// sentences of their own, and captions without a credit are read from their grammar.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Aside, Sentence, Token } from '../annotated-document.ts';
import type { Stage } from '../stage.ts';
import { markCaptionSentences } from '../caption-sentences.ts';
import { foldToken } from '../../vocabulary/fold.ts';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** Texts longer than this are tagged in pieces cut at line breaks or spaces, so that no single call grows unbounded. */
const MAX_PIECE = 20_000;
/**
 * wink-nlp takes quadratic time over a long stretch without whitespace ("----{{{{''''…"), so
 * such stretches are cut into pieces of this length; no word of any language is this long.
 */
const MAX_UNBROKEN = 400;
const WHITESPACE = /\s/;

interface Piece {
  start: number;
  end: number;
}

function pieces(text: string): Piece[] {
  // Most articles are one piece: short enough, and without a long stretch to cut.
  if (text.length <= MAX_PIECE && !hasUnbrokenRun(text)) return hasNonWhitespace(text, 0, text.length) ? [{ start: 0, end: text.length }] : [];
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

/** RegExp's \s, one UTF-16 code unit at a time. */
function isWhitespace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITESPACE.test(String.fromCharCode(code));
}

/** Stretches of at least MAX_UNBROKEN characters without whitespace within [start, end), read in one pass. */
function unbrokenRuns(text: string, start: number, end: number): Piece[] {
  const runs: Piece[] = [];
  let runStart = start;
  for (let at = start; at <= end; at++) {
    if (at < end && !isWhitespace(text.charCodeAt(at))) continue;
    if (at - runStart >= MAX_UNBROKEN) runs.push({ start: runStart, end: at });
    runStart = at + 1;
  }
  return runs;
}

/**
 * Whether the text has a stretch of MAX_UNBROKEN characters without whitespace. Each window of
 * that length is read from its end, and the first whitespace met starts the next window just
 * after it, so that in running text only a few characters of each window are read.
 */
function hasUnbrokenRun(text: string): boolean {
  let windowStart = 0;
  while (windowStart + MAX_UNBROKEN <= text.length) {
    const whitespace = lastWhitespace(text, windowStart, windowStart + MAX_UNBROKEN);
    if (whitespace < 0) return true;
    windowStart = whitespace + 1;
  }
  return false;
}

function lastWhitespace(text: string, start: number, end: number): number {
  for (let at = end - 1; at >= start; at--) if (isWhitespace(text.charCodeAt(at))) return at;
  return -1;
}

/** The characters wink-nlp reads as the spaces before a token (the first group of its splitter), never a line break. */
function isWinkSpace(code: number): boolean {
  return code === 32 || code === 0xa0 || (code >= 0x2002 && code <= 0x2005) || code === 0x2009 || code === 0x200a || code === 0x202f || code === 0x205f;
}

function hasNonWhitespace(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (!isWhitespace(text.charCodeAt(at))) return true;
  return false;
}

function cutUnbroken(text: string, start: number, end: number): Piece[] {
  const result: Piece[] = [];
  let from = start;
  for (const run of unbrokenRuns(text, start, end)) {
    if (run.start > from) result.push({ start: from, end: run.start });
    for (let at = run.start; at < run.end; at += MAX_UNBROKEN) result.push({ start: at, end: Math.min(run.end, at + MAX_UNBROKEN) });
    from = run.end;
  }
  if (from < end) result.push({ start: from, end });
  return result.filter((p) => hasNonWhitespace(text, p.start, p.end));
}

/**
 * Where each token of a piece starts in the text. Between two tokens wink keeps only a run of
 * its spaces (line breaks and tabs are tokens), so offsets follow by addition; a token that is
 * not where expected (never seen, but cheap to guard) is looked for nearby.
 */
function tokenOffsets(pieceText: string, pieceStart: number, values: readonly string[]): number[] {
  const offsets: number[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    while (cursor < pieceText.length && isWinkSpace(pieceText.charCodeAt(cursor))) cursor++;
    if (!pieceText.startsWith(values[i], cursor)) {
      const near = pieceText.slice(cursor, cursor + 64 + values[i].length).indexOf(values[i]);
      if (near >= 0) cursor += near;
    }
    offsets.push(pieceStart + cursor);
    cursor += values[i].length;
  }
  return offsets;
}

/**
 * wink-nlp splits a word at every letter beyond Latin-1 ("Vučić" → "Vu", "č", "i", "ć") and at
 * combining accents; it reads the text with each such character standing in as the plain letter
 * of the same case ("Vucic"), one code unit for one, so that offsets are those of the text.
 */
const SPLIT_BY_WINK = /[\u0100-\u024F\u1E00-\u1EFF\u0300-\u036F]/g;

function plainLetter(char: string): string {
  const base = char.normalize('NFD').charAt(0);
  if (/[A-Za-z]/.test(base)) return base;
  return char !== char.toLowerCase() ? 'A' : 'a';
}

export function winkReadable(text: string): string {
  return text.replace(SPLIT_BY_WINK, plainLetter);
}

let lexiconReader: ReturnType<typeof nlp.readDoc> | undefined;

/** Whether a word, in lower case, is in wink's English lexicon ("trade", "integration"; not "tomislav"). */
export function isEnglishWord(word: string): boolean {
  lexiconReader ??= nlp.readDoc('');
  return !lexiconReader.isOOV(word.toLowerCase());
}

export function tokenise(text: string): { sentences: Sentence[]; tokens: Token[] } {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const piece of pieces(text)) {
    const pieceText = text.slice(piece.start, piece.end);
    const readable = winkReadable(pieceText);
    const doc = nlp.readDoc(readable);
    const readValues = doc.tokens().out(its.value) as string[];
    const tags = doc.tokens().out(its.pos) as string[];
    const offsets = tokenOffsets(readable, piece.start, readValues);
    const values = readable === pieceText ? readValues : readValues.map((v, i) => text.slice(offsets[i], offsets[i] + v.length));
    for (const [first, last] of doc.sentences().out(its.span) as [number, number][]) {
      let open = -1;
      for (let i = first; i <= last; i++) {
        if (open >= 0 && tags[i] === 'SPACE') {
          addSentence(sentences, tokens, values, tags, offsets, open, i);
          open = -1;
        }
        if (tags[i] !== 'SPACE' && open < 0) open = i;
      }
      if (open >= 0) addSentence(sentences, tokens, values, tags, offsets, open, last + 1);
    }
  }
  return { sentences, tokens };
}

/** A word in lower case: most words have no capital nor any letter beyond ASCII, and are their own lower case without a copy. */
function lowerCase(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code >= 128) return word.toLowerCase();
  }
  return word;
}

/** A word folded as the vocabulary folds it: a word of ASCII characters only (nearly every word) is its lower case. */
function folded(word: string, lower: string): string {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 128) return foldToken(word);
  return lower;
}

function addSentence(sentences: Sentence[], tokens: Token[], values: string[], tags: string[], offsets: number[], from: number, to: number): void {
  const start = offsets[from];
  const end = offsets[to - 1] + values[to - 1].length;
  const previous = sentences[sentences.length - 1];
  // wink ends a sentence at the dot of "News.Az"; a sentence that starts with no space after the previous one continues it.
  const continues = previous !== undefined && previous.end === start;
  const index = continues ? previous.index : sentences.length;
  for (let i = from; i < to; i++) {
    const lower = lowerCase(values[i]);
    tokens.push({ start: offsets[i], end: offsets[i] + values[i].length, text: values[i], lower, folded: folded(values[i], lower), pos: tags[i], sentence: index });
  }
  if (continues) {
    previous.end = end;
    previous.tokenEnd = tokens.length;
  } else {
    sentences.push({ index, start, end, tokenStart: tokens.length - (to - from), tokenEnd: tokens.length });
  }
}

/**
 * The sentences cut where an aside begins or ends ("MANAMA, Feb 13 (KUNA) -- Official talks …"
 * is a dateline, then a sentence), each marked with the aside it lies in; tokens are renumbered.
 */
export function cutAtAsides(sentences: Sentence[], tokens: Token[], asides: readonly Aside[]): Sentence[] {
  if (asides.length === 0) return sentences;
  const edges = [...new Set(asides.flatMap((a) => [a.start, a.end]))].sort((a, b) => a - b);
  const result: Sentence[] = [];
  let edge = 0;
  let previousSentence = -1;
  let previousEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (edge < edges.length && edges[edge] < previousEnd) edge++;
    const crossesEdge = i > 0 && edge < edges.length && edges[edge] <= t.start;
    if (t.sentence !== previousSentence || crossesEdge) result.push({ index: result.length, start: t.start, end: t.end, tokenStart: i, tokenEnd: i + 1 });
    const current = result[result.length - 1];
    current.end = t.end;
    current.tokenEnd = i + 1;
    previousSentence = t.sentence;
    previousEnd = t.end;
    t.sentence = current.index;
  }
  let a = 0;
  for (const sentence of result) {
    while (a < asides.length && asides[a].end <= sentence.start) a++;
    for (let k = a; k < asides.length && asides[k].start <= sentence.start; k++) {
      if (sentence.end <= asides[k].end) sentence.aside = asides[k].kind;
    }
  }
  return result;
}

export const sentencesAndTokensStage: Stage = {
  name: 'sentences-and-tokens',
  requires: ['text', 'asides'],
  assigns: ['sentences', 'tokens', 'asides'],
  run(doc) {
    const { sentences, tokens } = tokenise(doc.text);
    doc.sentences = cutAtAsides(sentences, tokens, doc.asides);
    doc.tokens = tokens;
    markCaptionSentences(doc);
  },
};
