// The person mentions of each sentence, for the stages that read people a sentence names together
// (coreference, person countries).
import type { AnnotatedDocument, PersonMention } from './annotated-document.ts';
import { sentenceAt } from './annotated-document.ts';

function byStart(a: PersonMention, b: PersonMention): number {
  return a.start - b.start;
}

/** The mentions of each sentence, in text order. */
export function mentionsBySentence(doc: AnnotatedDocument, mentions: readonly PersonMention[]): PersonMention[][] {
  const bySentence: PersonMention[][] = doc.sentences.map(() => []);
  for (const m of mentions) if (doc.sentences.length > 0) bySentence[sentenceAt(doc, m.start)].push(m);
  // Most sentences name no one or one person, and need no sort (which V8 sets up even for an empty array).
  for (const list of bySentence) if (list.length > 1) list.sort(byStart);
  return bySentence;
}

/** The people of some mentions, each once, in the mentions' order. */
export function peopleOf(mentions: readonly PersonMention[]): number[] {
  const people: number[] = [];
  for (const m of mentions) if (!people.includes(m.person)) people.push(m.person);
  return people;
}
