// The triggers of a sentence: trigger phrases of the event types, and one stance cue a clause.
import type { Sentence } from '../../annotated-document.ts';
import type { EventType, Span, Stance } from '../../../record/schema.ts';
import type { CueText } from '../../cue-matching.ts';
import { clauseOf, type SentenceLayers } from './sentence-layers.ts';
import { phraseOf, STANCE_CUE, STANCE_OF_CUE, TRIGGER, TYPES_OF_TRIGGER } from './vocabulary.ts';

const PASSIVE_BEFORE = /\b(?:was|were|been|be|is|are)\s+$/i;

function insideName(layer: SentenceLayers, start: number, end: number): boolean {
  return layer.names.some((n) => n.start <= start && end <= n.end);
}

export interface Trigger {
  type: EventType;
  span: Span;
  stance?: Stance;
}

function insideCommitment(triggers: readonly Trigger[], offset: number): boolean {
  for (const t of triggers) if (t.type === 'commitment' && t.span.start <= offset && offset < t.span.end) return true;
  return false;
}

/** The triggers of a sentence: its trigger phrases, a type once, then one stance cue a clause. */
export function triggersIn(sentence: Sentence, layer: SentenceLayers, words: CueText): Trigger[] {
  const text = words.text;
  const triggers: Trigger[] = [];
  const seen = new Set<EventType>();
  for (const m of TRIGGER.matchAll(words)) {
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m.text.length };
    if (insideName(layer, span.start, span.end)) continue;
    for (const type of TYPES_OF_TRIGGER.get(phraseOf(m.text)) ?? []) {
      if (seen.has(type)) continue;
      seen.add(type);
      triggers.push({ type, span });
    }
  }
  const stanceMatches = STANCE_CUE.matchAll(words);
  if (stanceMatches.length === 0) return triggers;
  // One stance a clause: the first cue is the speaker's verb ("praised Kazakhstan's support for …" is praise);
  // the cues come in text order. A promise ("reaffirming their intent to …") is a commitment, not also a statement of intent.
  const clauses = new Set<number>();
  for (const m of stanceMatches) {
    const at = sentence.start + m.index;
    if (PASSIVE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) || insideCommitment(triggers, at)) continue;
    const [clauseStart] = clauseOf(text, m.index);
    if (clauses.has(clauseStart)) continue;
    clauses.add(clauseStart);
    triggers.push({ type: 'statement', stance: STANCE_OF_CUE.get(phraseOf(m.text))!, span: { start: at, end: at + m.text.length } });
  }
  return triggers;
}
