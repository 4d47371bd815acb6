// Test helper: the Record a perfect extractor would write for a gold file, so the scorer can
// be checked against "everything found" over every gold file. Optional items are included
// (finding them must cost nothing), except events whose type the Record has no word for and
// optional events with no participant, which no event can match.
import { createHash } from 'node:crypto';
import {
  assertValidRecord,
  EVENT_TYPES,
  RECORD_SCHEMA_ID,
  type Entity,
  type Event,
  type EventType,
  type Period,
  type Record as BilatRecord,
} from '../record/schema.ts';
import type { Gold, GoldPerson } from './gold.ts';
import { resolveGoldParticipant } from './match.ts';
import { normaliseName } from './normalise.ts';

const RECORD_EVENT_TYPES: ReadonlySet<string> = new Set(EVENT_TYPES);

function isEventType(type: string): type is EventType {
  return RECORD_EVENT_TYPES.has(type);
}

function periodOf(period: { start?: string | null; end?: string | null } | undefined): Period | undefined {
  if (period === undefined) return undefined;
  const result: Period = {};
  if (period.start) result.start = period.start;
  if (period.end) result.end = period.end;
  return result;
}

export function recordFromGold(gold: Gold): BilatRecord {
  const entities: Entity[] = [];
  const base = (type: string, name: string, aliases: readonly string[] = []) => ({
    id: `${type}-${entities.length + 1}`,
    name,
    aliases: [...aliases],
    mentions: [],
  });

  const countryIds = new Map<string, string>();
  const countryId = (code: string): string => {
    let id = countryIds.get(code);
    if (id === undefined) {
      const entity: Entity = { ...base('country', code), type: 'country', code };
      entities.push(entity);
      id = entity.id;
      countryIds.set(code, id);
    }
    return id;
  };
  for (const country of gold.countries) countryId(country.code);

  const personIds = new Map<GoldPerson, string>();
  for (const person of gold.persons) {
    const entity: Entity = {
      ...base('person', person.name),
      type: 'person',
      ...(person.country ? { country: person.country } : {}),
      roles: person.titles.map((title) => ({ title, ...(person.country ? { country: person.country } : {}) })),
    };
    entities.push(entity);
    personIds.set(person, entity.id);
  }

  // Named items by normalised name or alias, to turn the names gold events use into ids.
  const namedIds = new Map<string, string>();
  const remember = (entity: Entity) => {
    entities.push(entity);
    for (const name of [entity.name, ...entity.aliases]) {
      const key = normaliseName(name);
      if (!namedIds.has(key)) namedIds.set(key, entity.id);
    }
  };
  const idOfName = (name: string): string | undefined => namedIds.get(normaliseName(name));

  for (const organization of gold.organizations) {
    remember({
      ...base('organization', organization.name, organization.aliases),
      type: 'organization',
      ...(organization.kind ? { kind: organization.kind } : {}),
      ...(organization.country ? { country: organization.country } : {}),
    });
  }
  for (const place of gold.places) {
    remember({ ...base('place', place.name, place.aliases), type: 'place', ...(place.country ? { country: place.country } : {}) });
  }
  for (const instrument of gold.instruments) {
    const period = periodOf(instrument.period);
    remember({
      ...base('instrument', instrument.name, instrument.aliases),
      type: 'instrument',
      kind: instrument.kind ?? 'other',
      status: instrument.status ?? 'unknown',
      ...(period ? { period } : {}),
      parties: instrument.parties ?? [],
    });
  }
  for (const initiative of gold.initiatives) {
    remember({
      ...base('initiative', initiative.name, initiative.aliases),
      type: 'initiative',
      kind: initiative.kind ?? 'other',
      status: initiative.status ?? 'unknown',
      parties: [],
    });
  }
  for (const initiative of gold.initiatives) {
    if (initiative.part_of === undefined) continue;
    const entity = entities.find((candidate) => candidate.type === 'initiative' && candidate.name === initiative.name);
    const parentId = idOfName(initiative.part_of);
    if (entity?.type === 'initiative' && parentId !== undefined) entity.part_of = parentId;
  }
  for (const forum of gold.forums) {
    remember({ ...base('forum', forum.name, forum.aliases), type: 'forum', ...(forum.date ? { date: forum.date } : {}) });
  }

  const participantId = (reference: string): string => {
    const participant = resolveGoldParticipant(gold, reference);
    if (participant.kind === 'country') return countryId(participant.code);
    if (participant.kind === 'person') {
      const id = personIds.get(participant.person);
      if (id === undefined) throw new Error(`${gold.file}: "${reference}" is not one of the gold persons`);
      return id;
    }
    const known = participant.names.map(idOfName).find((id) => id !== undefined);
    if (known !== undefined) return known;
    const organization: Entity = { ...base('organization', reference), type: 'organization' };
    remember(organization);
    return organization.id;
  };
  const idsOf = (names: readonly string[] | undefined): string[] | undefined => {
    const ids = (names ?? []).map(idOfName).filter((id): id is string => id !== undefined);
    return ids.length > 0 ? ids : undefined;
  };

  const events: Event[] = [];
  for (const goldEvent of gold.events) {
    if (!isEventType(goldEvent.type) || goldEvent.participants.length === 0) continue;
    const instruments = idsOf(goldEvent.instruments);
    const initiatives = idsOf(goldEvent.initiatives);
    const forum = goldEvent.forum ? idOfName(goldEvent.forum) : undefined;
    const place = goldEvent.place ? idOfName(goldEvent.place) : undefined;
    events.push({
      id: `event-${events.length + 1}`,
      type: goldEvent.type,
      date: goldEvent.date ?? null,
      participants: goldEvent.participants.map(participantId),
      ...(instruments ? { instruments } : {}),
      ...(initiatives ? { initiatives } : {}),
      ...(forum ? { forum } : {}),
      ...(place ? { place } : {}),
      ...(goldEvent.stance ? { stance: goldEvent.stance } : {}),
      sectors: [...gold.sectors.required],
      evidence: [{ start: 0, end: 0 }],
    });
  }

  return assertValidRecord({
    schema: RECORD_SCHEMA_ID,
    document: {
      id: `gold-${gold.file}`,
      file: gold.file,
      published: gold.published ?? null,
      language: 'en',
      sha256: createHash('sha256').update(gold.file).digest('hex'),
    },
    entities,
    events,
  });
}

/** A record for the same document that found nothing. */
export function emptyRecordFor(gold: Gold): BilatRecord {
  return { ...recordFromGold(gold), entities: [], events: [] };
}

/** A valid record holding just these entities and events, for hand-made cases. */
export function recordWith(entities: Entity[], events: Event[] = []): BilatRecord {
  return assertValidRecord({
    schema: RECORD_SCHEMA_ID,
    document: { id: 'doc-test', published: null, language: 'en', sha256: '0'.repeat(64) },
    entities,
    events,
  });
}
