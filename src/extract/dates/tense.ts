// How the words before an offset place what follows in time: the future and past cues of
// data/date-cues.yaml, read by the dates stage (which way a date resolves) and by the events
// stage (whether an undated happening is still to come).
import { loadDataFile } from '../../vocabulary/data-file.ts';
import type { Tense } from './resolve-relative-date.ts';
import { literalSource, phraseSource } from '../pattern-source.ts';

interface TenseCuesFile {
  future_cues: string[];
  past_markers: string[];
}

const cues = loadDataFile<TenseCuesFile>('date-cues.yaml');

const FUTURE = new RegExp(`\\b(?:${cues.future_cues.map(literalSource).join('|')})\\b`, 'i');
const PAST = new RegExp(`\\b(?:${cues.past_markers.map(phraseSource).join('|')})\\b`, 'i');
const CLAUSE_BREAK = /[,;:()]/g;

/** Whether words hold a future cue ("will", "is to", "scheduled", "upcoming"). */
export function saysFuture(words: string): boolean {
  return FUTURE.test(words);
}

/**
 * The tense of the words leading to an offset, not of a later clause ("Xi arrived on Monday for
 * a visit that will last until …"): a future cue in the words before it, else a past form in its
 * own clause, else unmarked.
 */
export function tenseBefore(sentence: string, offset: number): Tense {
  const window = sentence.slice(Math.max(0, offset - 80), offset);
  if (FUTURE.test(window)) return 'future';
  let clauseStart = 0;
  for (const m of window.matchAll(CLAUSE_BREAK)) clauseStart = m.index + 1;
  return PAST.test(window.slice(clauseStart)) ? 'past' : 'unmarked';
}
