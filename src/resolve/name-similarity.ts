// How names are compared across documents: folded words, a transliteration skeleton for
// surnames (Nurtleu / Nurtleuov, Dzhaksybekov / Jaksybekov), and word-set similarity for
// long titles of instruments and projects.
import { loadDataFile } from '../vocabulary/data-file.ts';
import { lookupCountryName } from '../vocabulary/countries.ts';
import { foldText } from '../vocabulary/fold.ts';
import { memoizedByString } from './string-memo.ts';

const { stop_words: stopWords, generic_title_words: genericTitleWords } = loadDataFile<{
  stop_words: string[];
  generic_title_words: string[];
}>('name-matching.yaml');
/** Words that carry no identity in a title: "the Agreement on Cooperation in the Field of Energy" is about energy. */
const NON_IDENTIFYING_WORDS = new Set([...stopWords, ...genericTitleWords]);

// Letters of any script are kept: a name in Cyrillic must not fold to nothing and meet every other.
export const foldedName: (name: string) => string = memoizedByString(
  (name) => foldText(name).replace(/[^\p{L}\p{N}' -]+/gu, ' ').replace(/\s+/g, ' ').trim(),
  50_000,
);

/** Countries and years in a title ("… between Kazakhstan and Azerbaijan for 2022-2026") are its parties and period, compared as such. */
function isPartyOrPeriodWord(word: string): boolean {
  return /^\d+$/.test(word) || lookupCountryName(word) !== undefined;
}

/** A title's words, folded, without stop words, countries and years. */
export function descriptiveWords(title: string): Set<string> {
  return new Set(foldedName(title).split(/[\s/-]+/).filter((word) => word.length > 0 && !stopWords.includes(word) && !isPartyOrPeriodWord(word)));
}

/** The words of a title that say which one it is, folded: not its kind, not the wording every treaty shares, not its parties or years. */
export function contentWords(title: string): Set<string> {
  return new Set([...descriptiveWords(title)].filter((word) => !NON_IDENTIFYING_WORDS.has(word)));
}

function jaccard(wordsA: ReadonlySet<string>, wordsB: ReadonlySet<string>): number {
  if (wordsA.size === 0 || wordsB.size === 0) return 0;
  let shared = 0;
  for (const word of wordsA) if (wordsB.has(word)) shared += 1;
  return shared / (wordsA.size + wordsB.size - shared);
}

/** Shared words over all words (Jaccard) of two titles' content words. */
export function titleSimilarity(a: string, b: string): number {
  return jaccard(contentWords(a), contentWords(b));
}

/**
 * For titles made only of generic wording ("2022-2026 comprehensive cooperation development
 * program"): the Jaccard of all their descriptive words. Meaningful only when kind, parties
 * and period also agree.
 */
export function wordingSimilarity(a: string, b: string): number {
  return jaccard(descriptiveWords(a), descriptiveWords(b));
}

/** Whether every content word of the shorter title is in the longer one, and there are enough of them to mean something. */
export function titleContainedIn(a: string, b: string, minimumWords = 2): boolean {
  const [shorter, longer] = [contentWords(a), contentWords(b)].sort((x, y) => x.size - y.size);
  if (shorter.size < minimumWords) return false;
  for (const word of shorter) if (!longer.has(word)) return false;
  return true;
}

// Spellings that romanisations of the same Cyrillic, Turkic, Arabic or Persian letter differ by.
const TRANSLITERATION_FOLDS: readonly [RegExp, string][] = [
  [/dzh|dj|zh/g, 'j'],
  [/kh|q|x/g, 'h'],
  [/sch|sh|ş/g, 's'],
  [/ch|tch/g, 'c'],
  [/ph/g, 'f'],
  [/w/g, 'v'],
  [/y/g, 'i'],
  [/ou|oo/g, 'u'],
  [/(.)\1/g, '$1'],
  // A glide between vowels is written by some and not by others: Tokayev / Tokaev.
  [/([aeiou])i(?=[aeiou])/g, '$1'],
];
/**
 * Endings that some romanisations or documents add to a surname and others leave off. The
 * feminine forms (-ova, -eva, -kyzy) are not among them: Karimova is not Karimov.
 */
const OPTIONAL_ENDINGS = /(?:ov|ev|uly|uli|zadeh|zade)$/;

/** A surname reduced to what its romanisations share: "nurtleu" for both Nurtleu and Nurtleuov. */
export function surnameSkeleton(surname: string): string {
  let skeleton = foldText(surname).replace(/[^\p{L}]/gu, '');
  for (const [pattern, replacement] of TRANSLITERATION_FOLDS) skeleton = skeleton.replace(pattern, replacement);
  const stem = skeleton.replace(OPTIONAL_ENDINGS, '');
  // A short stem ("Ov") would make unrelated names meet.
  return stem.length >= 4 ? stem : skeleton;
}
