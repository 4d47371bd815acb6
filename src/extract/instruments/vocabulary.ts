// The instrument vocabulary of data/instruments.yaml, read once: head nouns and their kinds,
// count nouns, status cues and the modifiers a name does not start with.
import type { InstrumentKind, InstrumentStatus } from '../../record/schema.ts';
import { loadDataFile } from '../../vocabulary/data-file.ts';
import type { Sentence, Token } from '../annotated-document.ts';
import { HeadIndex, type HeadMatch } from '../phrases.ts';
import { StatusCues } from '../status-cues.ts';
import { WordShapeFilter } from '../../vocabulary/word-shape-filter.ts';

interface InstrumentsFile {
  heads: { [phrase: string]: InstrumentKind };
  list_only_heads: string[];
  count_nouns: string[];
  area_nouns: string[];
  quantity_adjectives: string[];
  signing_verbs: string[];
  status_cues: { status: InstrumentStatus; words: string[] }[];
  name_stop_modifiers: string[];
  generic_modifiers: string[];
}

const vocabulary = loadDataFile<InstrumentsFile>('instruments.yaml');
export const HEADS = new HeadIndex<InstrumentKind>(Object.entries(vocabulary.heads));
export const LIST_ONLY = new Set(vocabulary.list_only_heads);
const QUANTITY_ADJECTIVES = new Set(vocabulary.quantity_adjectives);

/** The head at token i, unless its word is used as a verb ("to deal with") or a quantity ("a great deal of"). */
export function instrumentHeadAt(tokens: Token[], i: number, limit: number): HeadMatch<InstrumentKind> | undefined {
  return asInstrumentHead(tokens, HEADS.matchAt(tokens, i, limit));
}

/** A head HEADS found, unless its word is used as a verb or a quantity (see instrumentHeadAt). */
export function asInstrumentHead(tokens: Token[], head: HeadMatch<InstrumentKind> | undefined): HeadMatch<InstrumentKind> | undefined {
  if (!head || tokens[head.to - 1].pos === 'VERB' || (head.from > 0 && QUANTITY_ADJECTIVES.has(tokens[head.from - 1].lower))) return undefined;
  return head;
}

/**
 * HEADS.matchAt at each token of a sentence, within the sentence (by the token's index less the
 * sentence's first): read once for the names and the statuses, which each walk the sentence's heads.
 */
export function headsInSentence(tokens: Token[], sentence: Sentence): (HeadMatch<InstrumentKind> | undefined)[] {
  const heads: (HeadMatch<InstrumentKind> | undefined)[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) heads.push(HEADS.matchAt(tokens, i, sentence.tokenEnd));
  return heads;
}
const COUNT_NOUNS = new Set(vocabulary.count_nouns);
const COUNT_NOUN_SHAPES = new WordShapeFilter(COUNT_NOUNS);

/** Whether a lower-case word is a count noun ("documents", "deals"); asked of every token, most of which the shape filter turns away unhashed. */
export function isCountNoun(word: string): boolean {
  return COUNT_NOUN_SHAPES.mayContain(word) && COUNT_NOUNS.has(word);
}
export const AREA_NOUNS = new Set(vocabulary.area_nouns);
export const SIGNING_VERBS = new Set(vocabulary.signing_verbs);
export const STOP_MODIFIERS = new Set(vocabulary.name_stop_modifiers);
export const HEAD_WORDS = new Set(Object.keys(vocabulary.heads).flatMap((h) => h.split(' ')).filter((w) => w !== 'of' && w !== 'joint'));
export const GENERIC_MODIFIERS = new Set(vocabulary.generic_modifiers);
export const STATUS_CUES = new StatusCues(vocabulary.status_cues);
/** "a joint statement said": a document quoted as a source. */
export const REPORTING_AFTER = /^\s*(?:said|says|stated|states|noted|reads|read|added|announced|reports|reported)\b/i;
