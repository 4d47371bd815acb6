// "The House of Representatives on Wednesday approved an agreement with …": a legislature's approval
// of a document ratifies it. The chambers and their verbs of approval are data (events.yaml).
import { loadDataFile } from '../vocabulary/data-file.ts';
import { phraseSource } from './pattern-source.ts';

const vocabulary = loadDataFile<{ legislatures: string[]; legislative_approvals: string[] }>('events.yaml');

const APPROVAL_VERBS = vocabulary.legislative_approvals.map(phraseSource).join('|');
/** A chamber, a few words, and its verb of approval (the group). */
const LEGISLATIVE_APPROVAL = new RegExp(`\\b(?:${vocabulary.legislatures.map(phraseSource).join('|')})\\b[^.;:]{0,60}?\\b(${APPROVAL_VERBS})\\b`, 'gi');
/** The verb alone: a text without one (nearly every sentence) holds no approval, and is spared the pattern that tries each chamber at every word. */
const APPROVAL_VERB = new RegExp(`\\b(?:${APPROVAL_VERBS})\\b`, 'i');

/** Where each verb of a legislature's approval stands in a text. */
export function legislativeApprovals(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  if (!APPROVAL_VERB.test(text)) return found;
  LEGISLATIVE_APPROVAL.lastIndex = 0;
  for (let m = LEGISLATIVE_APPROVAL.exec(text); m !== null; m = LEGISLATIVE_APPROVAL.exec(text)) {
    const end = m.index + m[0].length;
    found.push({ start: end - m[1].length, end });
  }
  return found;
}
