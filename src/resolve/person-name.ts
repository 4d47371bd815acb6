// How two reports' names of one person are compared. A name is read into the words that
// identify its bearer, in order: forms of address, particles ("da", "Al") and generational
// suffixes are left out, a father's name after "bin" or "Ould" is marked as such, and each
// word is reduced to its transliteration skeleton (Erdoğan / Erdogan, Berdimuhamedov /
// Berdimuhamedow). How much two names agree decides how much else must agree
// (src/resolve/entity-matching.ts): a full name with or without its middle names is the
// person; one word of it ("Xi", "Lula", "Haitham") needs the country and the office too.
import { loadDataFile } from '../vocabulary/data-file.ts';
import { foldText } from '../vocabulary/fold.ts';
import { surnameSkeleton } from './name-similarity.ts';
import { memoizedByString } from './string-memo.ts';

const nameMatching = loadDataFile<{ lineage_before_name: string[]; lineage_after_name: string[]; styles: string[] }>('name-matching.yaml');
const people = loadDataFile<{ particles: string[]; suffixes: string[]; honorifics: string[] }>('people.yaml');

const bare = (word: string) => foldText(word).replace(/[.,]+$/, '');
const PARTICLES = new Set(people.particles.map(bare));
const LINEAGE_BEFORE = new Set(nameMatching.lineage_before_name.map(bare));
const LINEAGE_AFTER = new Set(nameMatching.lineage_after_name.map(bare));
const SUFFIXES = new Set(people.suffixes.map(bare));
/** Forms of address, each as its words ("his excellency"), longest first. */
const STYLES = [...people.honorifics, ...nameMatching.styles]
  .map((style) => foldText(style).replace(/\./g, '').split(' '))
  .sort((a, b) => b.length - a.length);
/** The Arabic article written onto the word it belongs to: "al-Sisi", "El-Khatib". */
const ATTACHED_ARTICLE = /^(?:al|el|ad|ash|as|at|az|ar)-(?=\p{L})/u;
/** An initial: "A", "A." or, in romanised Cyrillic, two letters for one ("Sh."). */
const INITIAL = /^\p{L}\.?$|^\p{L}{2}\.$/u;

export interface NameWord {
  /** The word's transliteration skeleton, or for an initial its letters. */
  key: string;
  /** The word folded (lower case, no diacritics). */
  text: string;
  initial: boolean;
  /** A father's or forebear's name ("Salman" in "Mohammed bin Salman"), not the bearer's own. */
  lineage: boolean;
}

function styleLength(tokens: readonly string[], from: number): number {
  const bareTokens = tokens.slice(from).map((token) => token.replace(/\./g, ''));
  return STYLES.find((style) => style.every((word, index) => bareTokens[index] === word))?.length ?? 0;
}

/** The words of a person's name that identify them, in order. */
export const personNameWords: (name: string) => readonly NameWord[] = memoizedByString(readPersonName, 50_000);

function readPersonName(name: string): NameWord[] {
  const tokens = foldText(name).split(' ').filter((token) => token.length > 0);
  let start = 0;
  for (let length = styleLength(tokens, start); length > 0 && start + length < tokens.length; length = styleLength(tokens, start)) start += length;
  let end = tokens.length;
  while (end - start > 1 && SUFFIXES.has(bare(tokens[end - 1]))) end -= 1;

  const words: NameWord[] = [];
  let afterLineageParticle = false;
  for (let index = start; index < end; index += 1) {
    const token = tokens[index].replace(/,$/, '');
    // A particle never begins a name: "Ben Wallace" and "Al Gore" are given names.
    if (index > start && LINEAGE_BEFORE.has(bare(token))) {
      afterLineageParticle = true;
      continue;
    }
    if (index > start && LINEAGE_AFTER.has(bare(token))) {
      if (words.length > 1) words[words.length - 1].lineage = true;
      continue;
    }
    if (index > start && PARTICLES.has(bare(token))) {
      afterLineageParticle = false;
      continue;
    }
    const withoutArticle = token.replace(ATTACHED_ARTICLE, '');
    if (withoutArticle !== token) afterLineageParticle = false;
    for (const part of withoutArticle.split('-')) {
      if (INITIAL.test(part)) {
        const letters = part.replace(/\.$/, '');
        words.push({ key: letters, text: letters, initial: true, lineage: afterLineageParticle });
        continue;
      }
      const key = surnameSkeleton(part);
      if (key.length > 0) words.push({ key, text: part, initial: false, lineage: afterLineageParticle });
    }
  }
  return words;
}

/**
 * How far two names say one person, strongest first:
 * - `full`: the same words (the same name in another spelling), or one name within the other
 *   from its first word to its last (middle names, patronymics, a father's name left out);
 * - `partial`: one within the other from a later word ("Tayyip Erdogan"), the other's first
 *   words alone ("Tamim bin Hamad"), through an initial ("A. Asadov"), or in reversed order;
 * - `surname`: one name is a single word, the other's last;
 * - `other-word`: one name is a single word, another of the other's ("Xi", "Lula", "Haitham"),
 *   or the father's name in it;
 * - `none`: they cannot be one person's (another given name, another surname).
 */
export type NameAgreement = 'full' | 'partial' | 'surname' | 'other-word' | 'none';

const STRENGTH: readonly NameAgreement[] = ['none', 'other-word', 'surname', 'partial', 'full'];

export function strongerAgreement(a: NameAgreement, b: NameAgreement): NameAgreement {
  return STRENGTH.indexOf(a) >= STRENGTH.indexOf(b) ? a : b;
}

/** Whether two words can be one; `viaInitial` when one is an initial of the other. */
function wordsAgree(a: NameWord, b: NameWord): { agree: boolean; viaInitial: boolean } {
  if (!a.initial && !b.initial) return { agree: a.key === b.key, viaInitial: false };
  if (a.initial && b.initial) return { agree: a.key === b.key, viaInitial: true };
  const [initial, word] = a.initial ? [a, b] : [b, a];
  return { agree: word.text.startsWith(initial.text), viaInitial: true };
}

/**
 * Where the shorter name's words sit, in order, among the longer's: the indexes in the longer,
 * and whether an initial of the shorter stood for a word. Undefined when they do not all fit.
 */
function placeWithin(shorter: readonly NameWord[], longer: readonly NameWord[], anchorLast: boolean): { indexes: number[]; viaInitial: boolean } | undefined {
  const indexes: number[] = [];
  let viaInitial = false;
  let position = 0;
  for (const [index, word] of shorter.entries()) {
    const isLast = index === shorter.length - 1;
    // The last word of the shorter is the longer's last when the two end alike (surname kept).
    const lastFree = anchorLast ? longer.length - 2 : longer.length - 1;
    const candidates = isLast && anchorLast ? [longer.length - 1] : longer.map((_, at) => at).filter((at) => at <= lastFree);
    const found = candidates.find((at) => at >= position && wordsAgree(word, longer[at]).agree);
    if (found === undefined) return undefined;
    viaInitial ||= wordsAgree(word, longer[found]).viaInitial;
    indexes.push(found);
    position = found + 1;
  }
  return { indexes, viaInitial };
}

function singleWordAgreement(word: NameWord, other: readonly NameWord[]): NameAgreement {
  if (word.initial) return 'none';
  const at = other.findIndex((candidate) => !candidate.initial && candidate.key === word.key);
  if (at === -1) return 'none';
  return at === other.length - 1 && !other[at].lineage ? 'surname' : 'other-word';
}

export function nameAgreement(nameA: string, nameB: string): NameAgreement {
  const [a, b] = [personNameWords(nameA), personNameWords(nameB)];
  if (a.length === 0 || b.length === 0) return 'none';
  const named = (words: readonly NameWord[]) => words.filter((word) => !word.initial);
  if (named(a).length === 1 && a.length === 1) return b.length === 1 ? (a[0].key === b[0].key ? 'surname' : 'none') : singleWordAgreement(a[0], b);
  if (named(b).length === 1 && b.length === 1) return singleWordAgreement(b[0], a);
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length === longer.length) {
    const pairs = shorter.map((word, index) => wordsAgree(word, longer[index]));
    if (pairs.every((pair) => pair.agree)) return pairs.some((pair) => pair.viaInitial) ? 'partial' : 'full';
    if (shorter.length === 2 && wordsAgree(shorter[0], longer[1]).agree && wordsAgree(shorter[1], longer[0]).agree) return 'partial';
    return 'none';
  }
  const endingAlike = placeWithin(shorter, longer, true);
  if (endingAlike) {
    const fromFirst = endingAlike.indexes[0] === 0;
    return fromFirst && !endingAlike.viaInitial ? 'full' : 'partial';
  }
  const opening = placeWithin(shorter, longer.slice(0, shorter.length), false);
  if (opening && !shorter[0].initial) return 'partial';
  return 'none';
}

/** The word a one-word name is, or undefined for a longer name. */
export function singleNameWord(name: string): NameWord | undefined {
  const words = personNameWords(name);
  return words.length === 1 ? words[0] : undefined;
}
