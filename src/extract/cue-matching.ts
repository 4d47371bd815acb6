// Finds cue words and phrases (RegExp sources that begin with a letter or digit, matched case-
// insensitively at a word boundary) with the results of plain RegExps, but faster: one pattern
// of hundreds of alternatives tries every alternative at every word, and was the hottest line
// of the extractor. Here each word start looks its letters up in a trie of the cues' literal
// first characters and tries only the cues found there: a cue of plain words (nearly all of them)
// by comparing characters, any other with its own sticky RegExp.

export interface CueMatch {
  /** Offset of the match in the text. */
  index: number;
  /** The matched text. */
  text: string;
  /** Index of the cue that matched, in the order the cues were given. */
  cue: number;
}

/** A node of the trie of the cues' literal first characters, while it is built. */
interface PrefixNode {
  codes: number[];
  children: PrefixNode[];
  /** The cues whose literal start is the path to this node or a part of it, in the order given. */
  cues: number[];
}

const METACHARACTERS = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}']);
const QUANTIFIERS = new Set(['?', '*', '+', '{']);

/** The characters every match of a pattern source begins with. */
function literalPrefix(source: string): string {
  let end = 0;
  while (end < source.length && !METACHARACTERS.has(source[end]!)) end++;
  // "ab?" promises only "a".
  if (end < source.length && QUANTIFIERS.has(source[end]!)) end--;
  return source.slice(0, Math.max(0, end));
}

const ASCII_WORD_CHARACTERS = new Uint8Array(128);
for (let code = 0; code < 128; code++) ASCII_WORD_CHARACTERS[code] = /\w/.test(String.fromCharCode(code)) ? 1 : 0;

/** RegExp's \w, as \b reads it without the "u" flag. */
function isWordCharacter(code: number): boolean {
  return code < 128 && ASCII_WORD_CHARACTERS[code] === 1;
}

/** RegExp's \s, beyond ASCII too. */
const WHITESPACE = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) WHITESPACE[code] = /\s/.test(String.fromCharCode(code)) ? 1 : 0;

/** Whether \b holds at an offset after the start. */
function isBoundary(text: string, at: number): boolean {
  return isWordCharacter(text.charCodeAt(at - 1)) !== (at < text.length && isWordCharacter(text.charCodeAt(at)));
}

/** The upper case of an ASCII letter, any other code as it is. */
function upperAscii(code: number): number {
  return code >= 97 && code <= 122 ? code - 32 : code;
}

/** A character as a case-insensitive RegExp without the "u" flag compares it (ECMAScript's Canonicalize). */
function canonical(code: number): number {
  if (code < 128) return upperAscii(code);
  const upper = String.fromCharCode(code).toUpperCase();
  if (upper.length !== 1) return code;
  const upperCode = upper.charCodeAt(0);
  return upperCode < 128 ? code : upperCode;
}

/** A printable ASCII character that is no space. */
function isPlainCharacter(code: number): boolean {
  return code > 32 && code < 127;
}

/*
 * A cue of plain words (ASCII words joined by \s+, as phraseSource makes of a data file's
 * phrase, then perhaps "(?:s|es)?" or "\w*", then perhaps \b) is read by comparing characters;
 * a cue of any other shape by its RegExp. How each cue ends tells which:
 */
const BY_REGEXP = -1;
const NO_ENDING = 0;
const PLURAL = 1;
const WORD_REST = 2;

/** \s+ among the codes of plain words. */
const WHITESPACE_RUN = -1;
const PLURAL_ENDING = '(?:s|es)?';

/** A cue's source and tail read as plain words: their codes (upper case, or WHITESPACE_RUN), ending and boundary; undefined for any other shape. */
function plainWords(pattern: string): { codes: number[]; ending: number; boundary: boolean } | undefined {
  const codes: number[] = [];
  let at = 0;
  for (;;) {
    const code = pattern.charCodeAt(at);
    if (pattern.startsWith('\\s+', at) && codes.length > 0 && codes[codes.length - 1] !== WHITESPACE_RUN) {
      codes.push(WHITESPACE_RUN);
      at += 3;
    } else if (code === 92 && at + 1 < pattern.length && isPlainCharacter(pattern.charCodeAt(at + 1)) && !isWordCharacter(pattern.charCodeAt(at + 1))) {
      codes.push(pattern.charCodeAt(at + 1));
      at += 2;
    } else if (at < pattern.length && isPlainCharacter(code) && !METACHARACTERS.has(pattern[at]!)) {
      codes.push(upperAscii(code));
      at++;
    } else {
      break;
    }
  }
  // \s+ before anything but a character could give back spaces, which comparing characters does not.
  if (codes.length === 0 || codes[codes.length - 1] === WHITESPACE_RUN) return undefined;
  let ending = NO_ENDING;
  if (pattern.startsWith(PLURAL_ENDING, at)) {
    ending = PLURAL;
    at += PLURAL_ENDING.length;
  } else if (pattern.startsWith('\\w*', at)) {
    ending = WORD_REST;
    at += 3;
  }
  let boundary = false;
  while (pattern.startsWith('\\b', at)) {
    boundary = true;
    at += 2;
  }
  return at === pattern.length ? { codes, ending, boundary } : undefined;
}

/** How many children a node of the trie has before they are also kept by ASCII code. */
const MOST_CHILDREN_SEARCHED = 3;

/**
 * The cues in a trie of their literal first characters, so that a word start finds the cues
 * worth trying in a few steps, and each cue as what reads it. Everything is kept in flat typed
 * arrays, because every word of every sentence walks the trie and tries what it finds.
 */
class CuesByPrefix {
  /** Each node's row of children by ASCII code, either case alike (childByCode[row * 128 + code], 0 for none), or -1 for none. */
  private readonly rowOf: Int32Array;
  private readonly childByCode: Int32Array;
  /** The children of node n are edges firstEdge[n] … firstEdge[n + 1] - 1, along canonical codes. */
  private readonly firstEdge: Int32Array;
  private readonly edgeCode: Int32Array;
  private readonly edgeNode: Int32Array;
  /** The cues worth trying at node n (its own and those of the nodes above it, in the order given): cuesAt[firstCueAt[n] … firstCueAt[n + 1] - 1]. */
  readonly firstCueAt: Int32Array;
  readonly cuesAt: Int32Array;
  /** Each cue's ending, BY_REGEXP for a cue read by its RegExp. */
  private readonly endingOf: Int8Array;
  private readonly boundaryAfter: Uint8Array;
  /** Each plain cue's codes are codes[firstCode[c] … firstCode[c + 1] - 1], the first prefixLength[c] of them found by the trie. */
  private readonly firstCode: Int32Array;
  private readonly codes: Int32Array;
  private readonly prefixLength: Int32Array;
  private readonly sticky: RegExp[];

  /** Each cue's source is matched followed by its tail (the same for a list's cues, as `\b` for whole words). */
  constructor(sources: readonly string[], tailOf: (index: number) => string) {
    const root: PrefixNode = { codes: [], children: [], cues: [] };
    this.endingOf = new Int8Array(sources.length);
    this.boundaryAfter = new Uint8Array(sources.length);
    this.firstCode = new Int32Array(sources.length + 1);
    this.prefixLength = new Int32Array(sources.length);
    const codes: number[] = [];
    this.sticky = sources.map((source, index) => {
      const prefix = literalPrefix(source);
      if (!isWordCharacter(source.charCodeAt(0))) throw new Error(`cue "${source}" must begin with a letter or digit`);
      let node = root;
      for (const character of prefix) {
        const code = canonical(character.charCodeAt(0));
        const at = node.codes.indexOf(code);
        if (at >= 0) {
          node = node.children[at]!;
        } else {
          const child: PrefixNode = { codes: [], children: [], cues: [] };
          node.codes.push(code);
          node.children.push(child);
          node = child;
        }
      }
      node.cues.push(index);
      // Plain words take no alternatives but the plural's, so the source needs no group before its tail.
      const words = plainWords(source + tailOf(index));
      this.endingOf[index] = words?.ending ?? BY_REGEXP;
      this.boundaryAfter[index] = words?.boundary === true ? 1 : 0;
      // A plain cue's literal prefix is its first codes, one a character.
      this.prefixLength[index] = words ? prefix.length : 0;
      if (words) codes.push(...words.codes);
      this.firstCode[index + 1] = codes.length;
      return new RegExp(`(?:${source})${tailOf(index)}`, 'iy');
    });
    this.codes = Int32Array.from(codes);
    // Numbered breadth first, each node's cues with those of the nodes above it.
    const nodes: PrefixNode[] = [root];
    for (let n = 0; n < nodes.length; n++) {
      for (const child of nodes[n]!.children) {
        child.cues = [...nodes[n]!.cues, ...child.cues].sort((a, b) => a - b);
        nodes.push(child);
      }
    }
    const number = new Map(nodes.map((node, n) => [node, n]));
    this.firstEdge = new Int32Array(nodes.length + 1);
    const edges = nodes.flatMap((node) => node.codes.map((code, k) => [code, number.get(node.children[k]!)!] as const));
    this.edgeCode = Int32Array.from(edges, ([code]) => code);
    this.edgeNode = Int32Array.from(edges, ([, child]) => child);
    nodes.forEach((node, n) => (this.firstEdge[n + 1] = this.firstEdge[n]! + node.codes.length));
    this.firstCueAt = new Int32Array(nodes.length + 1);
    nodes.forEach((node, n) => (this.firstCueAt[n + 1] = this.firstCueAt[n]! + node.cues.length));
    this.cuesAt = Int32Array.from(nodes.flatMap((node) => node.cues));
    const withRows = nodes.filter((node) => node === root || node.codes.length > MOST_CHILDREN_SEARCHED);
    this.rowOf = new Int32Array(nodes.length).fill(-1);
    this.childByCode = new Int32Array(withRows.length * 128);
    withRows.forEach((node, row) => {
      this.rowOf[number.get(node)!] = row;
      node.codes.forEach((code, k) => {
        if (code >= 128) return;
        const child = number.get(node.children[k]!)!;
        this.childByCode[row * 128 + code] = child;
        // Canonical codes are upper case: a lower-case letter leads where its capital does.
        if (code >= 65 && code <= 90) this.childByCode[row * 128 + code + 32] = child;
      });
    });
  }

  /** The node whose cues are worth trying at the word start `at` (the root's, with no literal start as "a?greed", are tried at every word). */
  nodeAt(text: string, at: number): number {
    let node = 0;
    for (let k = at; k < text.length; k++) {
      const child = this.child(node, text.charCodeAt(k));
      if (child === 0) break;
      node = child;
    }
    return node;
  }

  /** The child of a node along a character of the text, or 0 (the root, which is no one's child) for none. */
  private child(node: number, code: number): number {
    const row = this.rowOf[node]!;
    if (row >= 0 && code < 128) return this.childByCode[row * 128 + code]!;
    // canonical(), inlined for the ASCII letters of nearly every word.
    return this.edgeChild(node, code >= 97 && code <= 122 ? code - 32 : code < 128 ? code : canonical(code));
  }

  /** The child of a node along a canonical code, found among its edges. */
  private edgeChild(node: number, code: number): number {
    const last = this.firstEdge[node + 1]!;
    for (let edge = this.firstEdge[node]!; edge < last; edge++) if (this.edgeCode[edge] === code) return this.edgeNode[edge]!;
    return 0;
  }

  /** Where the match of a cue found by nodeAt() at `at` ends, or -1 for none. */
  endAt(cue: number, text: string, at: number): number {
    const ending = this.endingOf[cue]!;
    if (ending === BY_REGEXP) {
      // test() leaves lastIndex at the match's end and, unlike exec(), builds no match array.
      const sticky = this.sticky[cue]!;
      sticky.lastIndex = at;
      return sticky.test(text) ? sticky.lastIndex : -1;
    }
    // The trie has compared the literal prefix, in the same way.
    let k = at + this.prefixLength[cue]!;
    const last = this.firstCode[cue + 1]!;
    for (let c = this.firstCode[cue]! + this.prefixLength[cue]!; c < last; c++) {
      const want = this.codes[c]!;
      if (k >= text.length) return -1;
      if (want === WHITESPACE_RUN) {
        if (WHITESPACE[text.charCodeAt(k)] === 0) return -1;
        do k++;
        while (k < text.length && WHITESPACE[text.charCodeAt(k)] === 1);
      } else {
        // A character beyond ASCII never equals an ASCII one without the "u" flag, whatever its case.
        if (upperAscii(text.charCodeAt(k)) !== want) return -1;
        k++;
      }
    }
    const boundary = this.boundaryAfter[cue] === 1;
    if (ending === PLURAL) {
      // As the RegExp tries them: "s", then "es", then neither.
      if (upperAscii(text.charCodeAt(k)) === 83 && (!boundary || isBoundary(text, k + 1))) return k + 1;
      if (upperAscii(text.charCodeAt(k)) === 69 && upperAscii(text.charCodeAt(k + 1)) === 83 && (!boundary || isBoundary(text, k + 2))) return k + 2;
    } else if (ending === WORD_REST) {
      while (k < text.length && isWordCharacter(text.charCodeAt(k))) k++;
    }
    return !boundary || isBoundary(text, k) ? k : -1;
  }
}

/** A text and where its words start (a \w character after a non-\w one or the start, as \b sees it): found once for every cue pattern read over it. */
export class CueText {
  readonly wordStarts: number[] = [];

  constructor(readonly text: string) {
    let afterWord = false;
    for (let at = 0; at < text.length; at++) {
      const inWord = isWordCharacter(text.charCodeAt(at));
      if (inWord && !afterWord) this.wordStarts.push(at);
      afterWord = inWord;
    }
  }
}

function cueText(text: string | CueText): CueText {
  return typeof text === 'string' ? new CueText(text) : text;
}

/** Like the RegExp `\b(?:cue1|cue2|…)tail` with flags "gi": at each place the first cue given that matches. */
export class CueAlternation {
  private readonly cues: CuesByPrefix;

  constructor(sources: readonly string[], tail = '') {
    this.cues = new CuesByPrefix(sources, () => tail);
  }

  /** Every match, left to right, none overlapping. */
  matchAll(text: string | CueText): CueMatch[] {
    return this.scan(cueText(text), false);
  }

  /** The leftmost match. */
  first(text: string | CueText): CueMatch | undefined {
    return this.scan(cueText(text), true)[0];
  }

  /** Whether the text holds any match. */
  test(text: string | CueText): boolean {
    return this.first(text) !== undefined;
  }

  private scan({ text, wordStarts }: CueText, firstOnly: boolean): CueMatch[] {
    const found: CueMatch[] = [];
    let resumeAt = 0;
    for (const at of wordStarts) {
      if (at < resumeAt) continue;
      const match = this.matchAt(text, at);
      if (!match) continue;
      found.push(match);
      if (firstOnly) break;
      resumeAt = match.index + match.text.length;
    }
    return found;
  }

  private matchAt(text: string, at: number): CueMatch | undefined {
    const { firstCueAt, cuesAt } = this.cues;
    const node = this.cues.nodeAt(text, at);
    for (let c = firstCueAt[node]!; c < firstCueAt[node + 1]!; c++) {
      const cue = cuesAt[c]!;
      const end = this.cues.endAt(cue, text, at);
      if (end >= 0) return { index: at, text: text.slice(at, end), cue };
    }
    return undefined;
  }
}

/** Like matching each cue's own RegExp `\bcue tail` (flags "gi") over the text: every match of every cue. */
export class CueSet {
  private readonly cues: CuesByPrefix;

  constructor(sources: readonly string[], tail = '') {
    this.cues = new CuesByPrefix(sources, () => tail);
  }

  /** The matches cue by cue in the order given, each cue's left to right and not overlapping each other. */
  matchAll(words: string | CueText): CueMatch[] {
    const { text, wordStarts } = cueText(words);
    const { firstCueAt, cuesAt } = this.cues;
    const found: CueMatch[] = [];
    // Where each cue's last match ends, made at the first match: most texts hold none.
    let endOfLast: Map<number, number> | undefined;
    for (const at of wordStarts) {
      const node = this.cues.nodeAt(text, at);
      for (let c = firstCueAt[node]!; c < firstCueAt[node + 1]!; c++) {
        const cue = cuesAt[c]!;
        if (endOfLast !== undefined && at < (endOfLast.get(cue) ?? 0)) continue;
        const end = this.cues.endAt(cue, text, at);
        if (end < 0) continue;
        found.push({ index: at, text: text.slice(at, end), cue });
        (endOfLast ??= new Map()).set(cue, end);
      }
    }
    // Found left to right; a stable sort by cue keeps each cue's matches so.
    return found.length > 1 ? found.sort((a, b) => a.cue - b.cue) : found;
  }
}

/** A list of cues read with the others of a CueAlternations: its sources and the tail each is matched with. */
export interface CueList {
  sources: readonly string[];
  tail: string;
}

/**
 * Several CueAlternations read over a text in one walk of its words instead of one walk each:
 * each list's matches, as its own CueAlternation's matchAll() would find them.
 */
export class CueAlternations {
  private readonly cues: CuesByPrefix;
  /** The list of each cue, by its place in all the lists' cues one after the other. */
  private readonly listOf: Int32Array;
  /** Where each list's cues start in that order. */
  private readonly firstCueOf: number[];

  constructor(lists: readonly CueList[]) {
    this.listOf = Int32Array.from(lists.flatMap(({ sources }, list) => sources.map(() => list)));
    this.firstCueOf = lists.map((_, list) => this.listOf.indexOf(list));
    this.cues = new CuesByPrefix(lists.flatMap(({ sources }) => sources), (index) => lists[this.listOf[index]!]!.tail);
  }

  /** Every match of each list, left to right, none of one list overlapping another of it. */
  matchAll({ text, wordStarts }: CueText): CueMatch[][] {
    const found: CueMatch[][] = this.firstCueOf.map(() => []);
    const resumeAt: number[] = this.firstCueOf.map(() => 0);
    const { firstCueAt, cuesAt } = this.cues;
    for (const at of wordStarts) {
      const node = this.cues.nodeAt(text, at);
      // The cues come list by list, each list's in its order: the first of a list that matches is its match here.
      let matchedList = -1;
      for (let c = firstCueAt[node]!; c < firstCueAt[node + 1]!; c++) {
        const cue = cuesAt[c]!;
        const list = this.listOf[cue]!;
        if (list === matchedList || at < resumeAt[list]!) continue;
        const end = this.cues.endAt(cue, text, at);
        if (end < 0) continue;
        found[list]!.push({ index: at, text: text.slice(at, end), cue: cue - this.firstCueOf[list]! });
        resumeAt[list] = end;
        matchedList = list;
      }
    }
    return found;
  }
}
