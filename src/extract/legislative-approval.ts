// "The House of Representatives on Wednesday approved an agreement with …": a legislature's approval
// of a document ratifies it. The chambers and their verbs of approval are data (events.yaml).
import { loadDataFile } from '../vocabulary/data-file.ts';
import { phraseSource } from './pattern-source.ts';

const vocabulary = loadDataFile<{ legislatures: string[]; legislative_approvals: string[] }>('events.yaml');

/** A chamber, a few words, and its verb of approval (the group). */
const LEGISLATIVE_APPROVAL = new RegExp(
  `\\b(?:${vocabulary.legislatures.map(phraseSource).join('|')})\\b[^.;:]{0,60}?\\b(${vocabulary.legislative_approvals.map(phraseSource).join('|')})\\b`,
  'gi',
);

/** Where each verb of a legislature's approval stands in a text. */
export function legislativeApprovals(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  LEGISLATIVE_APPROVAL.lastIndex = 0;
  for (let m = LEGISLATIVE_APPROVAL.exec(text); m !== null; m = LEGISLATIVE_APPROVAL.exec(text)) {
    const end = m.index + m[0].length;
    found.push({ start: end - m[1].length, end });
  }
  return found;
}
