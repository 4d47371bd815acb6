// Sectors of the events, from the sector cues of their sentences.
import type { AnnotatedDocument, EventCandidate } from '../../annotated-document.ts';
import type { Span } from '../../../record/schema.ts';
import type { CueMatch } from '../../cue-matching.ts';
import { sectorsOf } from '../../sector-cues.ts';
import type { SentenceLayers } from './sentence-layers.ts';
import type { SentenceCues } from './vocabulary.ts';
import { union } from './merging.ts';
import { isInstrumentParty } from '../../descriptive-bodies.ts';

/** Whether a cue (its index in the sentence that starts at `offset`) starts within a span, as sectorsOf reads an excluded span. */
function holdsCue(span: Span, cues: readonly CueMatch[], offset: number): boolean {
  return cues.some((m) => span.start <= offset + m.index && offset + m.index < span.end);
}

/** Sector cues go to the events of their sentence; other sentences speak of the main event. */
export function attachSectors(doc: AnnotatedDocument, events: EventCandidate[], layers: SentenceLayers[], sentenceCues: SentenceCues[]): void {
  if (events.length === 0) return;
  const main = events.find((e) => e.type === 'meeting') ?? events.find((e) => e.type === 'visit' || e.type === 'call') ?? events[0];
  const ownersBySentence = new Map<number, EventCandidate[]>();
  for (const e of events) for (const s of e.evidence) ownersBySentence.set(s.start, [...(ownersBySentence.get(s.start) ?? []), e]);
  for (const sentence of doc.sentences) {
    const cues = sentenceCues[sentence.index].sectors;
    if (cues.length === 0) continue;
    // A body's name cues no sector ("the Ministry of Energy" at a talk on culture), unless the body is a
    // party to an instrument: "a memorandum between the Kivu Investment Centre and …" is on investment.
    // Only a body that holds a cue can take one away, and only such a body is asked whether it is a party (which reads the words before it).
    const bodies = layers[sentence.index].organizationMentions.filter((o) => holdsCue(o, cues, sentence.start) && !isInstrumentParty(doc.text, o.start));
    const sectors = sectorsOf(cues, sentence.start, bodies);
    if (sectors.length === 0) continue;
    const owners = ownersBySentence.get(sentence.start) ?? [];
    for (const owner of owners.length > 0 ? owners : main ? [main] : []) owner.sectors = union(owner.sectors, sectors);
  }
}
