// Noun-phrase helpers shared by the stages that read names built around a head noun
// ("the 2022-2026 comprehensive cooperation development program", "Agreement on … between
// X and Y", "deep-sea energy cable along the Caspian seabed").
import type { AnnotatedDocument, Token } from './annotated-document.ts';
import { WordShapeFilter } from '../vocabulary/word-shape-filter.ts';

/** True when the first character is an upper-case letter: A–Z, Latin-1's À–Þ, or any other capital ("Ž", "Đ", "Ł"). */
export function isCapitalised(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first < 0x100) return (first >= 65 && first <= 90) || (first >= 0xc0 && first <= 0xde && first !== 0xd7);
  const char = text.charAt(0);
  return char !== char.toLowerCase();
}

export function lower(token: Token): string {
  return token.lower;
}

/** Singular of a plural noun, good enough for head nouns (agreements, memoranda, centres). */
export function singular(word: string): string {
  if (word === 'memoranda') return 'memorandum';
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.endsWith('ches') || word.endsWith('shes') || word.endsWith('xes') || word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

export interface HeadMatch<K> {
  value: K;
  /** Token index of the first and one past the last head token. */
  from: number;
  to: number;
  plural: boolean;
}

/** The words whose singular() is `word`: "memoranda", "…ies", "…es" and "…s" where singular() reads them so. */
function pluralsOf(word: string): string[] {
  const spellings = [word + 's', word + 'es', word.slice(0, -1) + 'ies', 'memoranda'];
  return spellings.filter((spelling) => spelling !== word && singular(spelling) === word);
}

/** A lookup of multi-word heads ("memorandum of understanding") keyed by lower-case words. */
export class HeadIndex<K> {
  /** Heads by their first word, and also by its plurals where no head starts with that spelling. */
  private readonly byFirst = new Map<string, { words: string[]; value: K }[]>();
  /** The keys of byFirst by shape: a token of another shape needs no look-up. */
  private readonly firstWordShapes: WordShapeFilter;
  /**
   * The keys of byFirst by their first ASCII character: bit (code & 31) of the second and of the
   * last characters of each key so begun. A word whose second or last character has no bit set
   * is no key; where bits are shared the look-up says.
   */
  private readonly secondCharacters = new Uint32Array(128);
  private readonly lastCharacters = new Uint32Array(128);

  constructor(entries: [string, K][]) {
    for (const [phrase, value] of entries) {
      // The tokeniser keeps some hyphenated words whole ("cross-border") and splits others ("fiber", "-", "optic").
      const spellings = phrase.includes('-') ? [phrase.split(' '), phrase.split(/ |(?=-)|(?<=-)/)] : [phrase.split(' ')];
      for (const words of spellings) {
        const list = this.byFirst.get(words[0]) ?? [];
        list.push({ words, value });
        list.sort((a, b) => b.words.length - a.words.length);
        this.byFirst.set(words[0], list);
      }
    }
    // Looked up in the same map, a token that heads nothing costs one look-up whether or not it looks plural.
    for (const [first, list] of [...this.byFirst]) {
      for (const plural of pluralsOf(first)) if (!this.byFirst.has(plural)) this.byFirst.set(plural, list);
    }
    this.firstWordShapes = new WordShapeFilter(this.byFirst.keys());
    for (const key of this.byFirst.keys()) {
      const first = key.charCodeAt(0);
      if (first >= 128 || key.length < 2) continue;
      this.secondCharacters[first]! |= 1 << (key.charCodeAt(1) & 31);
      this.lastCharacters[first]! |= 1 << (key.charCodeAt(key.length - 1) & 31);
    }
  }

  /** False when a word is certainly no key of byFirst (read by firstWordShapes and by its second and last characters). */
  private mayBeFirstWord(word: string): boolean {
    if (!this.firstWordShapes.mayContain(word)) return false;
    const first = word.charCodeAt(0);
    if (first >= 128 || word.length < 2) return true;
    return (this.secondCharacters[first]! & (1 << (word.charCodeAt(1) & 31))) !== 0 && (this.lastCharacters[first]! & (1 << (word.charCodeAt(word.length - 1) & 31))) !== 0;
  }

  /** The longest head starting at token i (one word may be plural), within [i, limit). */
  matchAt(tokens: Token[], i: number, limit: number): HeadMatch<K> | undefined {
    const first = lower(tokens[i]);
    if (!this.mayBeFirstWord(first)) return undefined;
    const candidates = this.byFirst.get(first);
    if (!candidates) return undefined;
    for (const { words, value } of candidates) {
      if (i + words.length > limit) continue;
      let ok = true;
      let plural = false;
      for (let k = 0; k < words.length && ok; k++) {
        const word = lower(tokens[i + k]);
        if (word === words[k]) continue;
        // The plural is on the last word ("action plans") or on the word before "of" ("memoranda of understanding").
        if ((k === words.length - 1 || words[k + 1] === 'of') && singular(word) === words[k]) plural = true;
        else ok = false;
      }
      if (ok) return { value, from: i, to: i + words.length, plural };
    }
    return undefined;
  }
}

/** Tokens joined without space ("fiber-optic", "Baku-Tbilisi-Ceyhan") count as one word. */
export function joinedToPrevious(tokens: Token[], i: number): boolean {
  return i > 0 && tokens[i - 1].end === tokens[i].start && (tokens[i].text === '-' || tokens[i - 1].text === '-' || tokens[i].text === '/' || tokens[i - 1].text === '/');
}

export function spanText(doc: AnnotatedDocument, from: number, to: number): string {
  return doc.text.slice(doc.tokens[from].start, doc.tokens[to - 1].end);
}

const NAME_PREFIX = /^(the|a|an)\s+/i;

/** A name as people write it: no leading article, no surrounding quotes or punctuation. */
export function cleanName(text: string): string {
  return text.replace(/^["'\s]+|["'\s,.;:]+$/g, '').replace(NAME_PREFIX, '').replace(/^["']+/, '').trim();
}

const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'for', 'and', 'to', 'with', 'between', 'along', 'at', 'by']);

/** Words of a name that carry meaning, for comparing two names of one thing. */
export function contentWords(name: string): Set<string> {
  const ascii = asciiContentWords(name);
  if (ascii) return ascii;
  return new Set(
    name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[-\u2010-\u2015/]/g, ' ').replace(/[^a-z0-9 ]/g, '')
      .split(/\s+/).filter((w) => w && !STOP_WORDS.has(w)),
  );
}

/**
 * contentWords of a name written in ASCII (nearly every name), in one walk of its characters
 * instead of a normalisation and four patterns: letters and digits make words, which spaces,
 * hyphens and slashes end and any other character is dropped from; undefined for any other name.
 */
function asciiContentWords(name: string): Set<string> | undefined {
  const words = new Set<string>();
  let word = '';
  for (let at = 0; at <= name.length; at++) {
    const code = at < name.length ? name.charCodeAt(at) : 32;
    if (code >= 128) return undefined;
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) word += name[at];
    else if (code >= 65 && code <= 90) word += String.fromCharCode(code + 32);
    else if (code === 32 || code === 45 || code === 47) {
      if (word && !STOP_WORDS.has(word)) words.add(word);
      word = '';
    }
  }
  return words;
}

/** The content words of the names of one article, each name read once however often its words are compared. */
export class ContentWordsOfNames {
  private readonly read = new Map<string, ReadonlySet<string>>();

  of(name: string): ReadonlySet<string> {
    let words = this.read.get(name);
    if (!words) this.read.set(name, (words = contentWords(name)));
    return words;
  }
}

/** Share of the smaller name's content words that the other name also has. */
export function overlapCoefficient(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.min(a.size, b.size);
}

/** How far a name or phrase is read around its head: longer stretches are not one name. */
export const MAX_PHRASE_TOKENS = 16;
