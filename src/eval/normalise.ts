// Name normalisation and word overlap, exactly as the matching rules of gold/README.md state
// them: gold and predicted names are both passed through here before any comparison.
import { foldText } from '../vocabulary/fold.ts';

/** The README's stop words: not counted as content words. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'on', 'in', 'for', 'and', 'to', 'with', 'between', 'along', 'at', 'by',
]);

/** British spellings folded to one form, as word parts ("programmes" → "programs"). */
const SPELLING_FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/fibre/g, 'fiber'],
  [/programme/g, 'program'],
  [/centre/g, 'center'],
  [/organisation/g, 'organization'],
];

const HYPHENS_AND_DASHES = /[\p{Pd}\u2212]/gu;
const OTHER_PUNCTUATION = /\p{P}/gu;

/**
 * Lower case, accents removed, hyphens and dashes as spaces, other punctuation dropped,
 * a leading "the" dropped, British spellings folded; words separated by single spaces.
 */
export function normaliseName(name: string): string {
  let text = foldText(name)
    .replace(HYPHENS_AND_DASHES, ' ')
    .replace(OTHER_PUNCTUATION, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the(?: |$)/, '');
  for (const [british, american] of SPELLING_FOLDS) text = text.replace(british, american);
  return text;
}

/** The normalised words of a name that are not stop words, each once. */
export function contentWords(name: string): Set<string> {
  const words = normaliseName(name).split(' ').filter((word) => word !== '' && !STOP_WORDS.has(word));
  return new Set(words);
}

/** |A ∩ B| / |A ∪ B|; 0 when both sets are empty, so two names without content words never match. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}
