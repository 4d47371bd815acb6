// Scores one Record against one gold file, and sums documents into corpus scores.
//
// Counting: a pair whose gold item counts is a true positive; an optional gold item, paired
// or not, is neither a true positive nor a false negative, and the prediction paired with it
// is no false positive; every prediction left unpaired is a false positive. Documents are
// summed before dividing (micro averages).
//
// Empty cases (0/0), chosen so that a slot nobody filled is not a failure and a slot that
// was missed or invented is:
//   precision = TP / (TP + FP), and 1 when nothing was predicted;
//   recall    = TP / (TP + FN), and 1 when there was nothing to find;
//   F1        = 2PR / (P + R), and 0 when P + R = 0.
// So an empty slot with nothing predicted scores 1/1/1 and still counts in the mean; nothing
// predicted against gold items scores P 1, R 0, F1 0; predictions against an empty gold slot
// score P 0, R 1, F1 0. An attribute accuracy judged on no pairs is null (shown as "–"):
// it has no denominator and no meaning, and it is in no mean.
import { EVENT_TYPES, type Record as BilatRecord } from '../record/schema.ts';
import type { Gold } from './gold.ts';
import {
  compareParticipants, type DocumentMatching, eventContext, foldTitle, matchDocument, matchTitles, type Matching, type Pair,
  type ParticipantComparison,
} from './match.ts';

/** The eight entity and event slots whose F1 is averaged into the closing figure. */
export const MEAN_SLOTS = ['countries', 'persons', 'organizations', 'places', 'instruments', 'initiatives', 'forums', 'events'] as const;
/** Scored with precision, recall and F1, but outside the mean. */
export const EXTRA_SLOTS = ['roles', 'sectors'] as const;
export const SLOTS = [...MEAN_SLOTS, ...EXTRA_SLOTS] as const;
export type SlotName = (typeof SLOTS)[number];

/** Attributes scored as accuracy on matched pairs whose gold item counts. */
export const ATTRIBUTES = [
  'instrument_kind',
  'instrument_status',
  'instrument_period',
  'instrument_parties',
  'initiative_kind',
  'initiative_status',
  'forum_date',
  'event_date',
  'person_country',
] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Tally {
  correct: number;
  n: number;
}

export interface DocumentScore {
  /** The corpus file the gold describes. */
  file: string;
  slots: { [slot in SlotName]: Counts };
  attributes: { [attribute in AttributeName]: Tally };
  eventsByType: { [eventType: string]: Counts };
  /** Who took part, summed over the matched events whose gold counts. */
  participants: ParticipantComparison;
}

export interface SlotScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface AttributeScore extends Tally {
  /** correct / n; null when no pair was judged. */
  accuracy: number | null;
}

export interface EvaluationResult {
  documents: DocumentScore[];
  slots: { [slot in SlotName]: SlotScore };
  attributes: { [attribute in AttributeName]: AttributeScore };
  eventsByType: { [eventType: string]: SlotScore };
  /** Mean F1 of the eight entity and event slots. */
  meanF1: number;
  /** Who took part in the matched events; reported beside the slots, not in the mean. */
  participants: ParticipantScore;
}

export interface ParticipantScore extends ParticipantComparison {
  /** Right predicted participants over all predicted ones; 1 when none was predicted. */
  precision: number;
  /** Gold participants found over all gold ones; 1 when there were none. */
  recall: number;
  f1: number;
}

export function participantScore(comparison: ParticipantComparison): ParticipantScore {
  const precision = comparison.predicted === 0 ? 1 : comparison.predictedRight / comparison.predicted;
  const recall = comparison.gold === 0 ? 1 : comparison.goldFound / comparison.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...comparison, precision, recall, f1 };
}

const NO_PARTICIPANTS: ParticipantComparison = { predictedRight: 0, predicted: 0, goldFound: 0, gold: 0 };

function addParticipants(a: ParticipantComparison, b: ParticipantComparison): ParticipantComparison {
  return {
    predictedRight: a.predictedRight + b.predictedRight,
    predicted: a.predicted + b.predicted,
    goldFound: a.goldFound + b.goldFound,
    gold: a.gold + b.gold,
  };
}

/** An object with one entry per key, in key order. */
export function byKey<K extends string, V>(keys: readonly K[], valueOf: (key: K) => V): { [key in K]: V } {
  return Object.fromEntries(keys.map((key) => [key, valueOf(key)])) as { [key in K]: V };
}

export function slotScore(counts: Counts): SlotScore {
  const predicted = counts.tp + counts.fp;
  const expected = counts.tp + counts.fn;
  const precision = predicted === 0 ? 1 : counts.tp / predicted;
  const recall = expected === 0 ? 1 : counts.tp / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

export function attributeScore(tally: Tally): AttributeScore {
  return { ...tally, accuracy: tally.n === 0 ? null : tally.correct / tally.n };
}

export function meanF1(slots: { [slot in SlotName]: SlotScore }): number {
  return MEAN_SLOTS.reduce((sum, slot) => sum + slots[slot].f1, 0) / MEAN_SLOTS.length;
}

function countMatching<G extends { optional?: boolean }, P>(matching: Matching<G, P>): Counts {
  return {
    tp: matching.pairs.filter((pair) => !pair.gold.optional).length,
    fp: matching.unmatchedPredicted.length,
    fn: matching.unmatchedGold.filter((item) => !item.optional).length,
  };
}

function countingPairs<G extends { optional?: boolean }, P>(matching: Matching<G, P>): Pair<G, P>[] {
  return matching.pairs.filter((pair) => !pair.gold.optional);
}

function emptyTallies(): { [attribute in AttributeName]: Tally } {
  return byKey(ATTRIBUTES, () => ({ correct: 0, n: 0 }));
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
}

export function scoreDocument(gold: Gold, record: BilatRecord, file: string = gold.file): DocumentScore {
  const matching = matchDocument(gold, record);
  const attributes = emptyTallies();
  const judge = (attribute: AttributeName, correct: boolean) => {
    attributes[attribute].n++;
    if (correct) attributes[attribute].correct++;
  };

  for (const { gold: instrument, predicted } of countingPairs(matching.instruments)) {
    if (instrument.kind !== undefined) judge('instrument_kind', instrument.kind === predicted.kind);
    if (instrument.status !== undefined) judge('instrument_status', instrument.status === predicted.status);
    judge(
      'instrument_period',
      (instrument.period?.start ?? undefined) === predicted.period?.start && (instrument.period?.end ?? undefined) === predicted.period?.end,
    );
    if (instrument.parties !== undefined) judge('instrument_parties', sameSet(instrument.parties, predicted.parties));
  }
  for (const { gold: initiative, predicted } of countingPairs(matching.initiatives)) {
    if (initiative.kind !== undefined) judge('initiative_kind', initiative.kind === predicted.kind);
    if (initiative.status !== undefined) judge('initiative_status', initiative.status === predicted.status);
  }
  for (const { gold: forum, predicted } of countingPairs(matching.forums)) {
    if (forum.date !== undefined) judge('forum_date', forum.date === (predicted.date ?? null));
  }
  const context = eventContext(gold, record);
  let participants = NO_PARTICIPANTS;
  for (const { gold: event, predicted } of countingPairs(matching.events)) {
    if (event.date !== undefined) judge('event_date', event.date === predicted.date);
    participants = addParticipants(participants, compareParticipants(event, predicted, context));
  }
  for (const { gold: person, predicted } of countingPairs(matching.persons)) {
    if (person.country !== undefined) judge('person_country', person.country === predicted.country);
  }

  return {
    file,
    slots: {
      countries: countMatching(matching.countries),
      persons: countMatching(matching.persons),
      organizations: countMatching(matching.organizations),
      places: countMatching(matching.places),
      instruments: countMatching(matching.instruments),
      initiatives: countMatching(matching.initiatives),
      forums: countMatching(matching.forums),
      events: countMatching(matching.events),
      roles: countRoles(matching.persons),
      sectors: countSectors(gold, record),
    },
    attributes,
    eventsByType: countEventsByType(matching.events),
    participants,
  };
}

/**
 * Roles are (person, title) pairs. A gold title of a matched person is found when the
 * predicted person holds the same title after folding synonyms; titles of gold persons
 * nobody found are missed; titles held by predicted persons that match no gold person,
 * or that no gold title took, are false positives. Optional persons' titles are ignored.
 */
function countRoles(persons: DocumentMatching['persons']): Counts {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  const distinctTitles = (titles: readonly string[]) => new Set(titles.map(foldTitle)).size;
  for (const { gold, predicted } of persons.pairs) {
    if (gold.optional) continue;
    const titles = matchTitles(gold.titles, predicted.roles.map((role) => role.title));
    counts.tp += titles.found;
    counts.fn += titles.missed;
    counts.fp += titles.extra;
  }
  for (const gold of persons.unmatchedGold) if (!gold.optional) counts.fn += distinctTitles(gold.titles);
  for (const predicted of persons.unmatchedPredicted) counts.fp += distinctTitles(predicted.roles.map((role) => role.title));
  return counts;
}

/** The union of the sectors of the record's events, against the gold's required sectors. */
function countSectors(gold: Gold, record: BilatRecord): Counts {
  const predicted = new Set(record.events.flatMap((event) => event.sectors));
  const required = new Set(gold.sectors.required);
  const optional = new Set(gold.sectors.optional);
  const tp = [...required].filter((sector) => predicted.has(sector)).length;
  return {
    tp,
    fn: required.size - tp,
    fp: [...predicted].filter((sector) => !required.has(sector) && !optional.has(sector)).length,
  };
}

function countEventsByType(events: DocumentMatching['events']): { [eventType: string]: Counts } {
  const byType: { [eventType: string]: Counts } = {};
  const of = (type: string) => (byType[type] ??= { tp: 0, fp: 0, fn: 0 });
  for (const { gold } of events.pairs) if (!gold.optional) of(gold.type).tp++;
  for (const gold of events.unmatchedGold) if (!gold.optional) of(gold.type).fn++;
  for (const predicted of events.unmatchedPredicted) of(predicted.type).fp++;
  return byType;
}

function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

const EVENT_TYPE_ORDER: readonly string[] = EVENT_TYPES;

/** Sums documents (micro averages) into slot scores, accuracies and events by type. */
export function summarise(documents: readonly DocumentScore[]): EvaluationResult {
  const zero: Counts = { tp: 0, fp: 0, fn: 0 };
  const slots = byKey(SLOTS, (slot) => slotScore(documents.reduce((sum, document) => addCounts(sum, document.slots[slot]), zero)));
  const attributes = byKey(ATTRIBUTES, (attribute) =>
    attributeScore(
      documents.reduce(
        (sum, document) => ({ correct: sum.correct + document.attributes[attribute].correct, n: sum.n + document.attributes[attribute].n }),
        { correct: 0, n: 0 },
      ),
    ),
  );
  const eventTypes = [...new Set(documents.flatMap((document) => Object.keys(document.eventsByType)))].sort(
    (a, b) => eventTypeOrder(a) - eventTypeOrder(b) || a.localeCompare(b),
  );
  const eventsByType = Object.fromEntries(
    eventTypes.map((type) => [type, slotScore(documents.reduce((sum, document) => addCounts(sum, document.eventsByType[type] ?? zero), zero))]),
  );
  const participants = participantScore(documents.reduce((sum, document) => addParticipants(sum, document.participants), NO_PARTICIPANTS));
  return { documents: [...documents], slots, attributes, eventsByType, meanF1: meanF1(slots), participants };
}

function eventTypeOrder(type: string): number {
  const index = EVENT_TYPE_ORDER.indexOf(type);
  return index === -1 ? EVENT_TYPE_ORDER.length : index;
}
