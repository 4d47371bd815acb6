// Noun-phrase helpers shared by the stages that read names built around a head noun
// ("the 2022-2026 comprehensive cooperation development program", "Agreement on … between
// X and Y", "deep-sea energy cable along the Caspian seabed").
import type { AnnotatedDocument, Token } from './annotated-document.ts';

export function isCapitalised(text: string): boolean {
  return /^[A-Z\u00C0-\u00DE]/.test(text);
}

export function lower(token: Token): string {
  return token.lower;
}

/** Singular of a plural noun, good enough for head nouns (agreements, memoranda, centres). */
export function singular(word: string): string {
  if (word === 'memoranda') return 'memorandum';
  if (/(ss|us|is)$/.test(word)) return word;
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

export interface HeadMatch<K> {
  value: K;
  /** Token index of the first and one past the last head token. */
  from: number;
  to: number;
  plural: boolean;
}

/** A lookup of multi-word heads ("memorandum of understanding") keyed by lower-case words. */
export class HeadIndex<K> {
  private readonly byFirst = new Map<string, { words: string[]; value: K }[]>();

  constructor(entries: [string, K][]) {
    for (const [phrase, value] of entries) {
      const words = phrase.split(' ');
      const list = this.byFirst.get(words[0]) ?? [];
      list.push({ words, value });
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(words[0], list);
    }
  }

  /** The longest head starting at token i (last word may be plural), within [i, limit). */
  matchAt(tokens: Token[], i: number, limit: number): HeadMatch<K> | undefined {
    const first = lower(tokens[i]);
    // Most tokens head nothing: the plural form is tried only for words that can be plurals.
    const candidates = this.byFirst.get(first) ?? (/[sa]$/.test(first) ? this.byFirst.get(singular(first)) : undefined);
    if (!candidates) return undefined;
    for (const { words, value } of candidates) {
      if (i + words.length > limit) continue;
      let ok = true;
      let plural = false;
      for (let k = 0; k < words.length && ok; k++) {
        const word = lower(tokens[i + k]);
        if (word === words[k]) continue;
        if (k === words.length - 1 && singular(word) === words[k]) plural = true;
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

/** Words of a name that carry meaning, for comparing two names of one thing. */
export function contentWords(name: string): Set<string> {
  const stop = new Set(['a', 'an', 'the', 'of', 'on', 'in', 'for', 'and', 'to', 'with', 'between', 'along', 'at', 'by']);
  return new Set(
    name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[-\u2010-\u2015/]/g, ' ').replace(/[^a-z0-9 ]/g, '')
      .split(/\s+/).filter((w) => w && !stop.has(w)),
  );
}

/** Share of the smaller name's content words that the other name also has. */
export function overlapCoefficient(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.min(a.size, b.size);
}

/** How far a name or phrase is read around its head: longer stretches are not one name. */
export const MAX_PHRASE_TOKENS = 16;
