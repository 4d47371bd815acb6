// The matching rules of gold/README.md: which predicted item is which gold item. Pairs are
// made one to one, best score first; scoring (score.ts) only counts what is paired here.
import type {
  Entity,
  Event,
  ForumEntity,
  InitiativeEntity,
  InstrumentEntity,
  OrganizationEntity,
  PersonEntity,
  PlaceEntity,
  Record as BilatRecord,
} from '../record/schema.ts';
import { loadDataFile } from '../vocabulary/data-file.ts';
import type { Gold, GoldCountry, GoldEvent, GoldPerson } from './gold.ts';
import { contentWords, jaccard, normaliseName } from './normalise.ts';

/** How good a candidate pair is, compared element by element; higher is better. */
export type Rank = readonly number[];

export interface Pair<G, P> {
  gold: G;
  predicted: P;
}

export interface Matching<G, P> {
  pairs: Pair<G, P>[];
  unmatchedGold: G[];
  unmatchedPredicted: P[];
}

interface MaybeOptional {
  optional?: boolean;
}

/**
 * Pairs gold and predicted items one to one, best rank first. Among equal ranks a gold item
 * that counts goes before an optional one, then gold and predicted items in their order.
 * `rankOf` returns null for items that do not match at all.
 */
export function pairOneToOne<G extends MaybeOptional, P>(
  gold: readonly G[],
  predicted: readonly P[],
  rankOf: (gold: G, predicted: P) => Rank | null,
): Matching<G, P> {
  const candidates: { goldIndex: number; predictedIndex: number; rank: Rank }[] = [];
  gold.forEach((goldItem, goldIndex) => {
    predicted.forEach((predictedItem, predictedIndex) => {
      const rank = rankOf(goldItem, predictedItem);
      if (rank !== null) candidates.push({ goldIndex, predictedIndex, rank });
    });
  });
  candidates.sort(
    (a, b) =>
      compareRanks(b.rank, a.rank) ||
      Number(gold[a.goldIndex].optional === true) - Number(gold[b.goldIndex].optional === true) ||
      a.goldIndex - b.goldIndex ||
      a.predictedIndex - b.predictedIndex,
  );
  const goldTaken = new Set<number>();
  const predictedTaken = new Set<number>();
  const pairs: Pair<G, P>[] = [];
  for (const { goldIndex, predictedIndex } of candidates) {
    if (goldTaken.has(goldIndex) || predictedTaken.has(predictedIndex)) continue;
    goldTaken.add(goldIndex);
    predictedTaken.add(predictedIndex);
    pairs.push({ gold: gold[goldIndex], predicted: predicted[predictedIndex] });
  }
  return {
    pairs,
    unmatchedGold: gold.filter((_, index) => !goldTaken.has(index)),
    unmatchedPredicted: predicted.filter((_, index) => !predictedTaken.has(index)),
  };
}

function compareRanks(a: Rank, b: Rank): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

// ---- names: organizations, places, instruments, initiatives, forums ----

export const MIN_NAME_JACCARD = 0.5;

/**
 * Rank of the best name comparison: [1, 1] when a name or alias is equal after
 * normalisation, [jaccard, 0] when content words overlap with Jaccard ≥ 0.5, else null.
 */
export function rankNames(goldNames: readonly string[], predictedNames: readonly string[]): Rank | null {
  const gold = goldNames.map(normaliseName).filter((name) => name !== '');
  const predicted = predictedNames.map(normaliseName).filter((name) => name !== '');
  if (gold.some((name) => predicted.includes(name))) return [1, 1];
  let best = 0;
  for (const goldName of gold) {
    const goldWords = contentWords(goldName);
    for (const predictedName of predicted) best = Math.max(best, jaccard(goldWords, contentWords(predictedName)));
  }
  return best >= MIN_NAME_JACCARD ? [best, 0] : null;
}

export function namesMatch(goldNames: readonly string[], predictedNames: readonly string[]): boolean {
  return rankNames(goldNames, predictedNames) !== null;
}

function entityNames(entity: { name: string; aliases: readonly string[] }): string[] {
  return [entity.name, ...entity.aliases];
}

interface GoldNamed extends MaybeOptional {
  name: string;
  aliases: readonly string[];
}

export function matchNamedEntities<G extends GoldNamed, P extends Entity>(gold: readonly G[], predicted: readonly P[]): Matching<G, P> {
  return pairOneToOne(gold, predicted, (goldItem, predictedItem) => rankNames(entityNames(goldItem), entityNames(predictedItem)));
}

// ---- persons ----

// Dropped before comparing person names: they neither identify a surname nor a given name.
const GENERATIONAL_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The words of a person's name that identify them: no initials, no "Jr."/"III". */
export function personNameWords(name: string): string[] {
  return normaliseName(name)
    .split(' ')
    .filter((word) => word.length > 1 && !GENERATIONAL_SUFFIXES.has(word));
}

/**
 * Persons match on surname, and on given name where both sides have one.
 * The surname is the last word and the given name the first; a name written surname first
 * ("Kihara Minoru") matches its reversed form, and a one-word name matches any word of the
 * other name, since without cultural knowledge the surname of "Xi Jinping" or "Luiz Inácio
 * Lula da Silva" cannot be told from word order. Ranks: both names agree 1, reversed 0.75,
 * a one-word name 0.5 on the other's surname, 0.4 on another of its words.
 */
export function rankPersonNames(goldName: string, predictedName: string): Rank | null {
  const gold = personNameWords(goldName);
  const predicted = personNameWords(predictedName);
  if (gold.length === 0 || predicted.length === 0) return null;
  if (gold.length === 1 || predicted.length === 1) {
    const [single, other] = gold.length === 1 ? [gold[0], predicted] : [predicted[0], gold];
    if (other.length === 1) return single === other[0] ? [1] : null;
    if (other[other.length - 1] === single) return [0.5];
    return other.includes(single) ? [0.4] : null;
  }
  const goldSurname = gold[gold.length - 1];
  const predictedSurname = predicted[predicted.length - 1];
  if (goldSurname === predictedSurname) {
    // A given name may stand among the other side's forenames ("Lula da Silva").
    const goldForenames = gold.slice(0, -1);
    const predictedForenames = predicted.slice(0, -1);
    if (goldForenames.includes(predicted[0]) || predictedForenames.includes(gold[0])) return [1];
    return null;
  }
  if (gold[0] === predictedSurname && goldSurname === predicted[0]) return [0.75];
  return null;
}

export function rankPerson(gold: GoldPerson, predicted: PersonEntity): Rank | null {
  let best: Rank | null = null;
  for (const name of entityNames(predicted)) {
    const rank = rankPersonNames(gold.name, name);
    if (rank !== null && (best === null || compareRanks(rank, best) > 0)) best = rank;
  }
  return best;
}

export function matchPersons(gold: readonly GoldPerson[], predicted: readonly PersonEntity[]): Matching<GoldPerson, PersonEntity> {
  return pairOneToOne(gold, predicted, rankPerson);
}

// ---- countries ----

/** Countries are compared as sets of ISO3 codes. */
export function matchCountries(gold: readonly GoldCountry[], predictedCodes: Iterable<string>): Matching<GoldCountry, string> {
  const uniqueGold = [...new Map(gold.map((country) => [country.code, country])).values()];
  return pairOneToOne(uniqueGold, [...new Set(predictedCodes)], (goldCountry, code) => (goldCountry.code === code ? [1] : null));
}

// ---- roles ----

type TitleSynonymsFile = { [foldedTitle: string]: string[] };

let titleFolds: ReadonlyMap<string, string> | undefined;

// "Minister of X" is the same title as "X Minister" (gold/README.md, Roles).
const MINISTER_OF = /\bminister of (.+)$/;

/** A title normalised like a name, with "Minister of X" written "X Minister". */
function titleWordOrder(title: string): string {
  return normaliseName(title).replace(MINISTER_OF, '$1 minister');
}

function titleFoldTable(): ReadonlyMap<string, string> {
  if (titleFolds === undefined) {
    const table = new Map<string, string>();
    for (const [folded, synonyms] of Object.entries(loadDataFile<TitleSynonymsFile>('title-synonyms.yaml'))) {
      for (const synonym of synonyms) table.set(titleWordOrder(synonym), titleWordOrder(folded));
    }
    titleFolds = table;
  }
  return titleFolds;
}

/**
 * A title normalised like a name, in one word order ("Minister of Defence" → "defence
 * minister"), its synonyms folded to one form ("FM" → "foreign minister").
 */
export function foldTitle(title: string): string {
  const ordered = titleWordOrder(title);
  return titleFoldTable().get(ordered) ?? ordered;
}

export interface TitleMatch {
  found: number;
  missed: number;
  /** Predicted titles (each distinct folded title once) that no gold title took. */
  extra: number;
}

/** Each gold title is found when a predicted title is the same after folding synonyms. */
export function matchTitles(goldTitles: readonly string[], predictedTitles: readonly string[]): TitleMatch {
  const gold = [...new Set(goldTitles.map(foldTitle))];
  const predicted = new Set(predictedTitles.map(foldTitle));
  const found = gold.filter((title) => predicted.has(title)).length;
  return { found, missed: gold.length - found, extra: predicted.size - found };
}

// ---- events ----

/** What a gold event's participant string stands for. */
export type GoldParticipant =
  | { kind: 'country'; code: string }
  | { kind: 'person'; person: GoldPerson }
  | { kind: 'named'; names: string[] };

const ISO3_CODE = /^[A-Z]{3}$/;

function goldNamedItems(gold: Gold): GoldNamed[] {
  return [...gold.organizations, ...gold.places, ...gold.instruments, ...gold.initiatives, ...gold.forums];
}

/**
 * Resolves a name in a gold event to the gold item it refers to: a listed country code,
 * then a person, then any other listed item by name or alias; an unlisted three-letter
 * code is a country, anything else a name that stands for itself.
 */
export function resolveGoldParticipant(gold: Gold, reference: string): GoldParticipant {
  if (gold.countries.some((country) => country.code === reference)) return { kind: 'country', code: reference };
  const normalised = normaliseName(reference);
  const person =
    gold.persons.find((candidate) => candidate.name === reference) ??
    gold.persons.find((candidate) => normaliseName(candidate.name) === normalised);
  if (person) return { kind: 'person', person };
  const item = goldNamedItems(gold).find((candidate) => entityNames(candidate).some((name) => normaliseName(name) === normalised));
  if (item) return { kind: 'named', names: entityNames(item) };
  if (ISO3_CODE.test(reference)) return { kind: 'country', code: reference };
  return { kind: 'named', names: [reference] };
}

/** The names and aliases of the gold item a gold event refers to by name. */
export function resolveGoldReference(gold: Gold, reference: string): string[] {
  const normalised = normaliseName(reference);
  const item = goldNamedItems(gold).find((candidate) => entityNames(candidate).some((name) => normaliseName(name) === normalised));
  return item ? entityNames(item) : [reference];
}

/** A predicted person stands for the country in its `country` field. */
export function participantMatches(gold: GoldParticipant, predicted: Entity): boolean {
  switch (gold.kind) {
    case 'country':
      return (
        (predicted.type === 'country' && predicted.code === gold.code) ||
        (predicted.type === 'person' && predicted.country === gold.code)
      );
    case 'person':
      return (
        (predicted.type === 'person' && rankPerson(gold.person, predicted) !== null) ||
        (predicted.type === 'country' && gold.person.country === predicted.code)
      );
    case 'named':
      return predicted.type !== 'person' && predicted.type !== 'country' && namesMatch(gold.names, entityNames(predicted));
  }
}

/** Everything a gold event needs to be compared with predicted events of one record. */
export interface EventContext {
  gold: Gold;
  entitiesById: ReadonlyMap<string, Entity>;
}

export function eventContext(gold: Gold, record: BilatRecord): EventContext {
  return { gold, entitiesById: new Map(record.entities.map((entity) => [entity.id, entity])) };
}

function resolveIds(ids: readonly string[] | undefined, entitiesById: ReadonlyMap<string, Entity>): Entity[] {
  return (ids ?? []).flatMap((id) => {
    const entity = entitiesById.get(id);
    return entity ? [entity] : [];
  });
}

/**
 * A predicted event matches a gold event of the same type (and, for statements with a gold
 * stance, the same stance) when they share a participant and, where the gold event names
 * instruments, initiatives or a forum, the predicted event refers to at least one of them
 * (through its instruments, initiatives, forum or participants). Rank: the share of gold
 * participants found over the larger participant list, then whether the dates agree.
 */
export function rankEvent(goldEvent: GoldEvent, predicted: Event, context: EventContext): Rank | null {
  if (goldEvent.type !== predicted.type) return null;
  if (goldEvent.type === 'statement' && goldEvent.stance !== undefined && goldEvent.stance !== predicted.stance) return null;

  const predictedParticipants = resolveIds(predicted.participants, context.entitiesById);
  const goldParticipants = goldEvent.participants.map((reference) => resolveGoldParticipant(context.gold, reference));
  const shared = goldParticipants.filter((participant) =>
    predictedParticipants.some((entity) => participantMatches(participant, entity)),
  ).length;
  if (shared === 0) return null;

  const goldReferences = [...(goldEvent.instruments ?? []), ...(goldEvent.initiatives ?? []), ...(goldEvent.forum ? [goldEvent.forum] : [])];
  if (goldReferences.length > 0) {
    const referred = [
      ...resolveIds(predicted.instruments, context.entitiesById),
      ...resolveIds(predicted.initiatives, context.entitiesById),
      ...resolveIds(predicted.forum ? [predicted.forum] : [], context.entitiesById),
      ...predictedParticipants,
    ];
    const refersToOne = goldReferences.some((reference) => {
      const names = resolveGoldReference(context.gold, reference);
      return referred.some((entity) => namesMatch(names, entityNames(entity)));
    });
    if (!refersToOne) return null;
  }

  const overlap = shared / Math.max(goldParticipants.length, predictedParticipants.length);
  const datesAgree = goldEvent.date !== undefined && goldEvent.date === predicted.date ? 1 : 0;
  return [overlap, datesAgree];
}

/** Who took part in one matched pair of events, from both sides. */
export interface ParticipantComparison {
  /** Predicted participants that stand for a gold participant. */
  predictedRight: number;
  predicted: number;
  /** Gold participants that a predicted participant stands for. */
  goldFound: number;
  gold: number;
}

/**
 * Compares the participants of a matched pair of events: a predicted participant that stands
 * for no gold participant is wrong (someone only mentioned nearby did not take part), a gold
 * participant no predicted one stands for is missed. A person stands for their country.
 */
export function compareParticipants(goldEvent: GoldEvent, predicted: Event, context: EventContext): ParticipantComparison {
  const predictedParticipants = resolveIds([...new Set(predicted.participants)], context.entitiesById);
  const goldParticipants = [...new Set(goldEvent.participants)].map((reference) => resolveGoldParticipant(context.gold, reference));
  return {
    predictedRight: predictedParticipants.filter((entity) => goldParticipants.some((participant) => participantMatches(participant, entity))).length,
    predicted: predictedParticipants.length,
    goldFound: goldParticipants.filter((participant) => predictedParticipants.some((entity) => participantMatches(participant, entity))).length,
    gold: goldParticipants.length,
  };
}

export function matchEvents(context: EventContext, predicted: readonly Event[]): Matching<GoldEvent, Event> {
  return pairOneToOne(context.gold.events, predicted, (goldEvent, predictedEvent) => rankEvent(goldEvent, predictedEvent, context));
}

// ---- one document ----

export interface DocumentMatching {
  countries: Matching<GoldCountry, string>;
  persons: Matching<GoldPerson, PersonEntity>;
  organizations: Matching<Gold['organizations'][number], OrganizationEntity>;
  places: Matching<Gold['places'][number], PlaceEntity>;
  instruments: Matching<Gold['instruments'][number], InstrumentEntity>;
  initiatives: Matching<Gold['initiatives'][number], InitiativeEntity>;
  forums: Matching<Gold['forums'][number], ForumEntity>;
  events: Matching<GoldEvent, Event>;
}

function entitiesOfType<T extends Entity['type']>(record: BilatRecord, type: T): Extract<Entity, { type: T }>[] {
  return record.entities.filter((entity): entity is Extract<Entity, { type: T }> => entity.type === type);
}

export function matchDocument(gold: Gold, record: BilatRecord): DocumentMatching {
  return {
    countries: matchCountries(gold.countries, entitiesOfType(record, 'country').map((country) => country.code)),
    persons: matchPersons(gold.persons, entitiesOfType(record, 'person')),
    organizations: matchNamedEntities(gold.organizations, entitiesOfType(record, 'organization')),
    places: matchNamedEntities(gold.places, entitiesOfType(record, 'place')),
    instruments: matchNamedEntities(gold.instruments, entitiesOfType(record, 'instrument')),
    initiatives: matchNamedEntities(gold.initiatives, entitiesOfType(record, 'initiative')),
    forums: matchNamedEntities(gold.forums, entitiesOfType(record, 'forum')),
    events: matchEvents(eventContext(gold, record), record.events),
  };
}
