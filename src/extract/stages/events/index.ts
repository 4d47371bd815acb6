// Stage: events (meetings, visits, calls, signings, ratifications, statements, commitments,
// inaugurations, incidents, forums) with participants, date, place, format, stance, sectors
// and evidence. Several sentences reporting one meeting make one event.
import type { Stage } from '../../stage.ts';
import type { AnnotatedDocument, EventCandidate } from '../../annotated-document.ts';
import { documentDyad } from '../../countries-in.ts';
import { CueText } from '../../cue-matching.ts';
import { layersBySentence } from './sentence-layers.ts';
import { findCandidates } from './candidates.ts';
import { mergeCandidates } from './merging.ts';
import { dateEvents } from './dates.ts';
import { attachSectors } from './sectors.ts';
import { cuesOf } from './vocabulary.ts';

const INDEFINITE_BEFORE = /\b(?:a|an)\s+(?:[\w-]+\s+)?$/i;
const WITH_AFTER = /^\s+(?:with|between)\b/i;

/**
 * "Erdogan said in a meeting in Ankara": a meeting, with no one it was held with, where one person of
 * one country spoke is a gathering of one side, not a meeting between sides. ("The virtual meeting
 * held between the King and the Prime Minister" is one, whoever of them is named.)
 */
function isOneSidedGathering(doc: AnnotatedDocument, event: EventCandidate): boolean {
  if (event.type !== 'meeting' || event.persons.length !== 1 || event.organizations.length > 0) return false;
  const country = doc.persons[event.persons[0]].country;
  if (country === undefined || event.countries.some((c) => c !== country)) return false;
  const { start, end } = event.trigger;
  return INDEFINITE_BEFORE.test(doc.text.slice(Math.max(0, start - 20), start)) && !WITH_AFTER.test(doc.text.slice(end, end + 10));
}

export const eventsStage: Stage = {
  name: 'events',
  requires: [
    'article', 'text', 'published', 'dateline', 'sentences', 'tokens', 'countries', 'organizations', 'places', 'outletCountry', 'dates',
    'titles', 'persons', 'personMentions', 'instruments', 'initiatives', 'forums',
  ],
  assigns: ['events'],
  run(doc) {
    const layers = layersBySentence(doc);
    // Each sentence's words are found once for the triggers, stances, formats, sectors and times read over it,
    // and its triggers, stances and sectors in one walk of them.
    const sentenceTexts = doc.sentences.map((s) => new CueText(doc.text.slice(s.start, s.end)));
    const sentenceCues = sentenceTexts.map(cuesOf);
    const events = mergeCandidates(doc, findCandidates(doc, layers, sentenceTexts, sentenceCues), sentenceTexts);
    const kept = dateEvents(doc, events, layers, sentenceTexts);
    // "The sides agreed …": with no one named, the parties are the article's two countries; an event with no one at all is dropped, and so is a gathering of one side.
    const dyad = documentDyad(doc);
    for (const e of kept) if (e.persons.length === 0 && e.countries.length === 0 && (e.type === 'signing' || e.type === 'meeting' || e.type === 'commitment')) e.countries = [...dyad];
    const withParticipants = kept.filter((e) => e.persons.length + e.countries.length + e.organizations.length > 0 && !isOneSidedGathering(doc, e));
    attachSectors(doc, withParticipants, layers, sentenceCues);
    doc.events = withParticipants;
  },
};
