// Finds known phrases in running text in one left-to-right pass: the text is split into word
// and punctuation tokens, and a trie keyed by folded tokens gives the longest phrase that
// starts at each token. Building is done once per vocabulary; a scan costs a few map
// look-ups per token, whatever the size of the vocabulary.
import { foldToken } from './fold.ts';
import { WordShapeFilter } from './word-shape-filter.ts';

export interface Token {
  /** The token as written. */
  text: string;
  folded: string;
  start: number;
  end: number;
}

/** What the text must look like for one token of a phrase, read from how the phrase is written. */
type TokenCase =
  | 'upper' // "US", "NATO", the "U" of "U.S.": letters all upper case in the text too
  | 'mixed' // "IsDB", "BiH": as written, or all upper case
  | 'capital' // "Kazakh": first letter upper case
  | 'free'; // "of", "-", "7"

export interface PhraseMatch<T> {
  start: number;
  end: number;
  value: T;
  /** Index of the first token and one past the last token of the match. */
  firstToken: number;
  endToken: number;
}

export interface PhraseMatcherOptions {
  /**
   * Titles are matched whatever their case ("the foreign minister"); acronyms ("PM", "UN")
   * keep their case even then, so "pm" in "5 pm" is no title.
   */
  ignoreWordCase?: boolean;
}

interface Entry<T> {
  written: string[];
  cases: TokenCase[];
  value: T;
  strictness: number;
  ignoreWordCase: boolean;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  entries: Entry<T>[];
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const WHITESPACE = /\s/;
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;

function isWordCodePoint(codePoint: number): boolean {
  if (codePoint < 128) return (codePoint >= 48 && codePoint <= 57) || (codePoint >= 65 && codePoint <= 90) || (codePoint >= 97 && codePoint <= 122);
  return WORD_CHARACTER.test(String.fromCodePoint(codePoint));
}

function isWhitespaceCodePoint(codePoint: number): boolean {
  if (codePoint < 128) return codePoint === 32 || (codePoint >= 9 && codePoint <= 13);
  return WHITESPACE.test(String.fromCodePoint(codePoint));
}

/**
 * Word tokens (runs of letters, marks, digits) and single non-space characters, with offsets:
 * what /[\p{L}\p{M}\p{N}]+|\S/gu would match, read character by character because this runs
 * over every article and a regular expression's match objects cost more than the reading.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  readTokens(text, 0, text.length, tokens);
  return tokens;
}

/** The tokens that start in [from, to), added to `tokens`; a word run is read to its end, which callers put at or before `to`. */
function readTokens(text: string, from: number, to: number, tokens: Token[]): void {
  let i = from;
  while (i < to) {
    const codePoint = text.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    if (isWordCodePoint(codePoint)) {
      const start = i;
      let ascii = codePoint < 128;
      let upper = codePoint >= 65 && codePoint <= 90;
      i += width;
      while (i < text.length) {
        const next = text.codePointAt(i)!;
        if (!isWordCodePoint(next)) break;
        if (next >= 128) ascii = false;
        else if (next >= 65 && next <= 90) upper = true;
        i += next > 0xffff ? 2 : 1;
      }
      const word = text.slice(start, i);
      // Plain ASCII words need only lower-casing, which is all foldToken would do to them; most are lower case already.
      tokens.push({ text: word, folded: !ascii ? foldToken(word) : upper ? word.toLowerCase() : word, start, end: i });
    } else if (isWhitespaceCodePoint(codePoint)) {
      i += width;
    } else {
      const character = text.slice(i, i + width);
      // ASCII punctuation folds to itself.
      tokens.push({ text: character, folded: codePoint < 128 ? character : foldToken(character), start: i, end: i + width });
      i += width;
    }
  }
}

/** The code point that ends just before `at`. */
function codePointBefore(text: string, at: number): number {
  const last = text.charCodeAt(at - 1);
  const isLowSurrogate = last >= 0xdc00 && last <= 0xdfff;
  return isLowSurrogate && at >= 2 ? text.codePointAt(at - 2)! : last;
}

/** Whether another tokeniser's token is one token as tokenize reads it: ASCII letters and digits as written in the text, with no letter or digit touching it. */
function isWholeAsciiWord(text: string, word: Token): boolean {
  const { start, end } = word;
  if (end <= start || end - start !== word.text.length) return false;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code >= 128 || code !== word.text.charCodeAt(at - start) || !isWordCodePoint(code)) return false;
  }
  return (start === 0 || !isWordCodePoint(codePointBefore(text, start))) && (end === text.length || !isWordCodePoint(text.codePointAt(end)!));
}

/**
 * What tokenize(text) gives, read along the tokens that another tokeniser found in the text (in
 * text order, folded as foldToken folds), so that extraction reads its text once: a plain word of
 * ASCII letters and digits that no letter or digit touches is already a token, and that tokeniser's
 * own token is taken; the rest of the text (punctuation, split and non-ASCII words) is read as
 * tokenize reads it.
 */
export function tokenizeAlong(text: string, words: readonly Token[]): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  for (const word of words) {
    if (word.start < at || !isWholeAsciiWord(text, word)) continue;
    readTokens(text, at, word.start, tokens);
    tokens.push(word);
    at = word.end;
  }
  readTokens(text, at, text.length, tokens);
  return tokens;
}

function tokenCase(written: string): TokenCase {
  const upper = written.match(/\p{Lu}/gu)?.length ?? 0;
  if (upper === 0) return 'free';
  if (!HAS_LOWER.test(written)) return 'upper';
  if (upper >= 2) return 'mixed';
  return HAS_UPPER.test(written[0] ?? '') ? 'capital' : 'mixed';
}

/** True when the first character is an upper-case letter. */
export function isCapitalised(text: string): boolean {
  const first = text[0] ?? '';
  return first !== first.toLowerCase();
}

/** What may follow a word that is a phrase by itself: anything. */
export const ANY_WORD = Symbol('any word');

export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = { next: new Map(), entries: [] };
  private readonly ignoreWordCase: boolean;
  private phraseCount = 0;
  /** The first words of the phrases, by shape: most words of running text start no phrase, and need no look-up. */
  private readonly firstWordShapes = new WordShapeFilter();
  /** The first words of the phrases that can start at a word in lower case: most words of running text start no other. */
  private readonly lowerCaseStarts = new Set<string>();

  constructor(options: PhraseMatcherOptions = {}) {
    this.ignoreWordCase = options.ignoreWordCase ?? false;
  }

  get size(): number {
    return this.phraseCount;
  }

  /** Adds a phrase as it is written; its capitals say what the text must show. */
  add(phrase: string, value: T, options: PhraseMatcherOptions = {}): void {
    const tokens = tokenize(phrase);
    if (tokens.length === 0) return;
    let node = this.root;
    for (const token of tokens) {
      let child = node.next.get(token.folded);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(token.folded, child);
      }
      node = child;
    }
    const cases = tokens.map((token) => tokenCase(token.text));
    const strictness = cases.filter((c) => c === 'upper' || c === 'mixed').length;
    const ignoreWordCase = options.ignoreWordCase ?? this.ignoreWordCase;
    node.entries.push({ written: tokens.map((token) => token.text), cases, value, strictness, ignoreWordCase });
    this.firstWordShapes.add(tokens[0]!.folded);
    if (ignoreWordCase || cases[0] === 'free' || cases[0] === 'mixed') this.lowerCaseStarts.add(tokens[0]!.folded);
    // Where "GUAM" (the organisation) and "Guam" (the territory) share a key, the stricter reading is tried first.
    node.entries.sort((a, b) => b.strictness - a.strictness);
    this.phraseCount++;
  }

  private static tokenFits(token: Token, required: TokenCase, written: string, ignoreWordCase: boolean): boolean {
    switch (required) {
      case 'free':
        return true;
      case 'upper':
        return !HAS_LOWER.test(token.text);
      case 'mixed':
        return ignoreWordCase || token.text === written || !HAS_LOWER.test(token.text);
      case 'capital':
        return ignoreWordCase || isCapitalised(token.text);
    }
  }

  private entryFits(entry: Entry<T>, tokens: readonly Token[], first: number): boolean {
    for (let k = 0; k < entry.cases.length; k++) {
      const token = tokens[first + k];
      const required = entry.cases[k];
      const written = entry.written[k];
      if (!token || !required || written === undefined) return false;
      if (!PhraseMatcher.tokenFits(token, required, written, entry.ignoreWordCase)) return false;
    }
    return true;
  }

  /** The longest phrase starting at token `first`, if any fits the text's capitals. */
  matchAt(tokens: readonly Token[], first: number): PhraseMatch<T> | undefined {
    const firstToken = tokens[first];
    if (firstToken === undefined || !this.firstWordShapes.mayContain(firstToken.folded)) return undefined;
    // A word that starts with a lower-case letter fits no first word written with a capital (tokenFits).
    const firstCode = firstToken.text.charCodeAt(0);
    if (firstCode >= 97 && firstCode <= 122 && !this.lowerCaseStarts.has(firstToken.folded)) return undefined;
    let node: TrieNode<T> | undefined = this.root;
    let best: PhraseMatch<T> | undefined;
    for (let i = first; i < tokens.length; i++) {
      const token: Token = tokens[i]!;
      node = node.next.get(token.folded);
      if (!node) break;
      for (const entry of node.entries) {
        if (this.entryFits(entry, tokens, first)) {
          best = { start: tokens[first]!.start, end: token.end, value: entry.value, firstToken: first, endToken: i + 1 };
          break;
        }
      }
    }
    return best;
  }

  /**
   * The folded words that some phrase begins with, each with the words that may come second, or
   * ANY_WORD when the word alone is a phrase: no phrase starts where the first two tokens are not
   * among them.
   */
  openings(): Map<string, ReadonlySet<string> | typeof ANY_WORD> {
    const openings = new Map<string, ReadonlySet<string> | typeof ANY_WORD>();
    for (const [first, node] of this.root.next) openings.set(first, node.entries.length > 0 ? ANY_WORD : new Set(node.next.keys()));
    return openings;
  }

  /** Leftmost-longest, non-overlapping matches over a text's tokens. */
  findAll(tokens: readonly Token[]): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const match = this.matchAt(tokens, i);
      if (match) {
        matches.push(match);
        i = match.endToken;
      } else {
        i++;
      }
    }
    return matches;
  }
}
