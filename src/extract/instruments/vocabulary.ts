// The instrument vocabulary of data/instruments.yaml, read once: head nouns and their kinds,
// count nouns, status cues and the modifiers a name does not start with.
import type { InstrumentKind, InstrumentStatus } from '../../record/schema.ts';
import { loadDataFile } from '../../vocabulary/data-file.ts';
import { HeadIndex } from '../phrases.ts';
import { StatusCues } from '../status-cues.ts';

interface InstrumentsFile {
  heads: { [phrase: string]: InstrumentKind };
  list_only_heads: string[];
  count_nouns: string[];
  signing_verbs: string[];
  status_cues: { status: InstrumentStatus; words: string[] }[];
  name_stop_modifiers: string[];
  generic_modifiers: string[];
}

const vocabulary = loadDataFile<InstrumentsFile>('instruments.yaml');
export const HEADS = new HeadIndex<InstrumentKind>(Object.entries(vocabulary.heads));
export const LIST_ONLY = new Set(vocabulary.list_only_heads);
export const COUNT_NOUNS = new Set(vocabulary.count_nouns);
export const SIGNING_VERBS = new Set(vocabulary.signing_verbs);
export const STOP_MODIFIERS = new Set(vocabulary.name_stop_modifiers);
export const HEAD_WORDS = new Set(Object.keys(vocabulary.heads).flatMap((h) => h.split(' ')).filter((w) => w !== 'of' && w !== 'joint'));
export const GENERIC_MODIFIERS = new Set(vocabulary.generic_modifiers);
export const STATUS_CUES = new StatusCues(vocabulary.status_cues);
/** "a joint statement said": a document quoted as a source. */
export const REPORTING_AFTER = /^\s*(?:said|says|stated|states|noted|reads|read|added|announced|reports|reported)\b/i;
