// Stage: events (meetings, visits, calls, signings, ratifications, statements, commitments,
// inaugurations, incidents, forums) with participants, date, place, format, stance, sectors
// and evidence. Several sentences reporting one meeting make one event.
import type { Stage } from '../../stage.ts';
import { documentDyad } from '../../countries-in.ts';
import { CueText } from '../../cue-matching.ts';
import { layersBySentence } from './sentence-layers.ts';
import { findCandidates } from './candidates.ts';
import { mergeCandidates } from './merging.ts';
import { dateEvents } from './dates.ts';
import { attachSectors } from './sectors.ts';
import { cuesOf } from './vocabulary.ts';

export const eventsStage: Stage = {
  name: 'events',
  requires: [
    'text', 'published', 'dateline', 'sentences', 'tokens', 'countries', 'organizations', 'places', 'dates',
    'persons', 'personMentions', 'instruments', 'initiatives', 'forums',
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
    // "The sides agreed …": with no one named, the parties are the article's two countries; an event with no one at all is dropped.
    const dyad = documentDyad(doc);
    for (const e of kept) if (e.persons.length === 0 && e.countries.length === 0 && (e.type === 'signing' || e.type === 'meeting' || e.type === 'commitment')) e.countries = [...dyad];
    const withParticipants = kept.filter((e) => e.persons.length + e.countries.length + e.organizations.length > 0);
    attachSectors(doc, withParticipants, layers, sentenceCues);
    doc.events = withParticipants;
  },
};
