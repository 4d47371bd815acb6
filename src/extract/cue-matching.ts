// Finds cue words and phrases (RegExp sources that begin with a letter or digit, matched case-
// insensitively at a word boundary) with the results of plain RegExps, but faster: one pattern
// of hundreds of alternatives tries every alternative at every word, and was the hottest line
// of the extractor. Here each word start looks its letters up in a trie of the cues' literal
// first characters and tries only the cues found there, each with its own sticky RegExp.

export interface CueMatch {
  /** Offset of the match in the text. */
  index: number;
  /** The matched text. */
  text: string;
  /** Index of the cue that matched, in the order the cues were given. */
  cue: number;
}

interface Cue {
  index: number;
  sticky: RegExp;
}

/** A node of the trie of the cues' literal first characters, while it is built. */
interface PrefixNode {
  codes: number[];
  children: PrefixNode[];
  /** The cues whose literal start is the path to this node or a part of it, in the order given. */
  cues: Cue[];
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

/** A character as a case-insensitive RegExp without the "u" flag compares it (ECMAScript's Canonicalize). */
function canonical(code: number): number {
  if (code < 128) return code >= 97 && code <= 122 ? code - 32 : code;
  const upper = String.fromCharCode(code).toUpperCase();
  if (upper.length !== 1) return code;
  const upperCode = upper.charCodeAt(0);
  return upperCode < 128 ? code : upperCode;
}

/**
 * The cues in a trie of their literal first characters, so that a word start finds the cues
 * worth trying in a few steps. The trie is kept in flat typed arrays (children of node n are
 * edges firstEdge[n] … firstEdge[n + 1] - 1), because every word of every sentence walks it.
 */
class CuesByPrefix {
  /** The root's children by ASCII code, either case alike (0 for none): every word start looks here first. */
  private readonly rootChild = new Int32Array(128);
  private readonly firstEdge: Int32Array;
  private readonly edgeCode: Int32Array;
  private readonly edgeNode: Int32Array;
  /** Each node's cues, or undefined for none. */
  private readonly cuesAt: readonly (readonly Cue[] | undefined)[];

  /** Each cue's source is matched followed by its tail (the same for a list's cues, as `\b` for whole words). */
  constructor(sources: readonly string[], tailOf: (index: number) => string) {
    const root: PrefixNode = { codes: [], children: [], cues: [] };
    sources.forEach((source, index) => {
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
      node.cues.push({ index, sticky: new RegExp(`(?:${source})${tailOf(index)}`, 'iy') });
    });
    // Numbered breadth first, each node's cues with those of the nodes above it.
    const nodes: PrefixNode[] = [root];
    for (let n = 0; n < nodes.length; n++) {
      for (const child of nodes[n]!.children) {
        child.cues = [...nodes[n]!.cues, ...child.cues].sort((a, b) => a.index - b.index);
        nodes.push(child);
      }
    }
    const number = new Map(nodes.map((node, n) => [node, n]));
    this.firstEdge = new Int32Array(nodes.length + 1);
    const edges = nodes.flatMap((node) => node.codes.map((code, k) => [code, number.get(node.children[k]!)!] as const));
    this.edgeCode = Int32Array.from(edges, ([code]) => code);
    this.edgeNode = Int32Array.from(edges, ([, child]) => child);
    nodes.forEach((node, n) => (this.firstEdge[n + 1] = this.firstEdge[n]! + node.codes.length));
    this.cuesAt = nodes.map((node) => (node.cues.length > 0 ? node.cues : undefined));
    root.codes.forEach((code, k) => {
      if (code >= 128) return;
      this.rootChild[code] = number.get(root.children[k]!)!;
      // Canonical codes are upper case: a lower-case letter leads where its capital does.
      if (code >= 65 && code <= 90) this.rootChild[code + 32] = this.rootChild[code]!;
    });
  }

  /** The cues whose literal start stands at the word start `at`, in the order given. */
  at(text: string, at: number): readonly Cue[] | undefined {
    const first = text.charCodeAt(at);
    let node = first < 128 ? this.rootChild[first]! : this.child(0, canonical(first));
    // Cues with no literal start ("a?greed") stand at the root and are tried at every word.
    if (node === 0) return this.cuesAt[0];
    for (let k = at + 1; k < text.length; k++) {
      const code = text.charCodeAt(k);
      // canonical(), inlined for the ASCII letters of nearly every word.
      const child = this.child(node, code >= 97 && code <= 122 ? code - 32 : code < 128 ? code : canonical(code));
      if (child === 0) break;
      node = child;
    }
    return this.cuesAt[node];
  }

  /** The child of a node along a character, or 0 (the root, which is no one's child) for none. */
  private child(node: number, code: number): number {
    const last = this.firstEdge[node + 1]!;
    for (let edge = this.firstEdge[node]!; edge < last; edge++) if (this.edgeCode[edge] === code) return this.edgeNode[edge]!;
    return 0;
  }
}

/**
 * Where the sticky match of a cue at `at` ends, or -1 for none. test() leaves lastIndex at the
 * match's end and, unlike exec(), builds no match array, which every tried cue would cost.
 */
function matchEndAt(cue: Cue, text: string, at: number): number {
  cue.sticky.lastIndex = at;
  return cue.sticky.test(text) ? cue.sticky.lastIndex : -1;
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
    const cues = this.cues.at(text, at);
    if (!cues) return undefined;
    for (const cue of cues) {
      const end = matchEndAt(cue, text, at);
      if (end >= 0) return { index: at, text: text.slice(at, end), cue: cue.index };
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
    const found: CueMatch[] = [];
    // Where each cue's last match ends, made at the first match: most texts hold none.
    let endOfLast: Map<number, number> | undefined;
    for (const at of wordStarts) {
      const cues = this.cues.at(text, at);
      if (!cues) continue;
      for (const cue of cues) {
        if (endOfLast !== undefined && at < (endOfLast.get(cue.index) ?? 0)) continue;
        const end = matchEndAt(cue, text, at);
        if (end < 0) continue;
        found.push({ index: at, text: text.slice(at, end), cue: cue.index });
        (endOfLast ??= new Map()).set(cue.index, end);
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
  private readonly listOf: number[];
  /** Where each list's cues start in that order. */
  private readonly firstCueOf: number[];

  constructor(lists: readonly CueList[]) {
    this.listOf = lists.flatMap(({ sources }, list) => sources.map(() => list));
    this.firstCueOf = lists.map((_, list) => this.listOf.indexOf(list));
    this.cues = new CuesByPrefix(lists.flatMap(({ sources }) => sources), (index) => lists[this.listOf[index]!]!.tail);
  }

  /** Every match of each list, left to right, none of one list overlapping another of it. */
  matchAll({ text, wordStarts }: CueText): CueMatch[][] {
    const found: CueMatch[][] = this.firstCueOf.map(() => []);
    const resumeAt: number[] = this.firstCueOf.map(() => 0);
    for (const at of wordStarts) {
      const cues = this.cues.at(text, at);
      if (!cues) continue;
      // The cues come list by list, each list's in its order: the first of a list that matches is its match here.
      let matchedList = -1;
      for (const cue of cues) {
        const list = this.listOf[cue.index]!;
        if (list === matchedList || at < resumeAt[list]!) continue;
        const end = matchEndAt(cue, text, at);
        if (end < 0) continue;
        found[list]!.push({ index: at, text: text.slice(at, end), cue: cue.index - this.firstCueOf[list]! });
        resumeAt[list] = end;
        matchedList = list;
      }
    }
    return found;
  }
}
