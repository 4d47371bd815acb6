// What the knowledge base knows about one pair of countries as of a date: the answers a desk
// officer preparing a visit needs (when did we last meet and at what level, what did we
// sign, what is open, what expires soon, which projects moved, who is on the other side,
// what did they say), each traceable to its sources. Core: no terminal, HTTP or SQL here.
import { CONTACT_EVENT_TYPES, INSTRUMENT_STATUS_MODEL, OPEN_INSTRUMENT_STATUSES } from '../record/model.ts';
import type { EntityType } from '../record/schema.ts';
import { instrumentStandingAsOf } from '../resolve/instrument-lifecycle.ts';
import { type EntityOf, type InstrumentStatusStep, type RoleOverTime, rolesOf } from '../record/knowledge.ts';
import type { DocumentReference, EntitySummary, KnowledgeEvent, QuotedFigure, SourceSentence, KnowledgeReader } from '../store/store.ts';
import { goldsteinScale } from './goldstein.ts';
import { LEVEL_NAMES, type OfficeLevel, officeLevel } from './office-level.ts';

/** Instruments whose period ends within this many days of the as-of date are flagged. */
export const EXPIRY_WARNING_DAYS = 90;
/** An instrument or project is cited from its latest reports, this many documents at most. */
const CITED_DOCUMENTS = 3;

export interface DyadOptions {
  /** YYYY-MM-DD; only what documents published by then said. Default: today. */
  asOf?: string;
}

/** A source of a statement in the report: the document and the sentence. */
export interface Citation {
  document: DocumentReference;
  sentence: string;
}

export interface InstrumentRow {
  id: string;
  name: string;
  kind: string;
  parties: string[];
  period: { start?: string; end?: string } | null;
  status: string;
  signed: string | null;
  ratified: string | null;
  expires: string | null;
  daysToExpiry: number | null;
  expiringSoon: boolean;
  citations: Citation[];
}

export interface InitiativeRow {
  id: string;
  name: string;
  kind: string;
  status: string;
  /** The latest dated step, or the latest event that names it. */
  lastMovement: string | null;
  places: string[];
  citations: Citation[];
}

export interface PersonRow {
  id: string;
  name: string;
  roles: RoleOverTime[];
  /** The report's events this person took part in, newest first. */
  events: { id: string; date: string | null; type: string }[];
}

export interface MeetingSummary {
  event: KnowledgeEvent;
  level: OfficeLevel;
  levelName: string;
}

export interface SectorActivity {
  /** YYYY-Qn */
  quarter: string;
  sector: string;
  events: number;
}

export interface TonePoint {
  eventId: string;
  date: string;
  type: string;
  cameo: string;
  goldstein: number;
}

export interface PlaceRow {
  id: string;
  name: string;
  lat: number;
  lon: number;
  events: number;
}

export interface DyadReport {
  countries: [string, string];
  asOf: string;
  summary: {
    documents: number;
    events: number;
    meetings: number;
    instruments: number;
    openInstruments: number;
    expiringSoon: number;
    initiatives: number;
    people: number;
  };
  lastMeeting: MeetingSummary | null;
  highestLevelMeeting: MeetingSummary | null;
  timeline: KnowledgeEvent[];
  instruments: InstrumentRow[];
  initiatives: InitiativeRow[];
  /** People of each of the two countries, the most active first. */
  people: { [country: string]: PersonRow[] };
  sectors: SectorActivity[];
  tone: TonePoint[];
  places: PlaceRow[];
  figures: QuotedFigure[];
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function citationsFrom(sentences: readonly SourceSentence[]): Citation[] {
  const seen = new Set<string>();
  const citations: Citation[] = [];
  for (const { document, sentence } of sentences) {
    const key = `${document.id} ${sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    citations.push({ document, sentence });
  }
  return citations;
}

/** The first sentence of each source of an event. */
export function eventCitations(event: KnowledgeEvent): Citation[] {
  return event.sources.flatMap((source) => source.sentences.slice(0, 1).map((sentence) => ({ document: source.document, sentence })));
}

function stepDate(history: readonly InstrumentStatusStep[], status: string, asOf: string): string | null {
  return history.find((step) => step.status === status && (step.date === null || step.date <= asOf))?.date ?? null;
}

/** When the event happened, or would happen: events dated after the as-of date are scheduled ones. */
export function happenedBy(event: KnowledgeEvent, asOf: string): boolean {
  return event.date !== null && event.date.slice(0, asOf.length) <= asOf;
}

function meetingLevel(event: KnowledgeEvent, people: ReadonlyMap<string, EntitySummary>): OfficeLevel {
  let level: OfficeLevel = 4;
  for (const participant of event.participants) {
    const person = people.get(participant.id);
    for (const role of person ? rolesOf(person) : []) level = Math.min(level, officeLevel(role.title)) as OfficeLevel;
  }
  return level;
}

/** YYYY-Qn of a date with at least a month. */
export function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7) || '1');
  return `${date.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

function sectorActivity(events: readonly KnowledgeEvent[]): SectorActivity[] {
  const counts = new Map<string, SectorActivity>();
  for (const event of events) {
    if (event.date === null || event.date.length < 7) continue;
    for (const sector of event.sectors) {
      const key = `${quarterOf(event.date)} ${sector}`;
      const entry = counts.get(key) ?? { quarter: quarterOf(event.date), sector, events: 0 };
      entry.events += 1;
      counts.set(key, entry);
    }
  }
  return [...counts.values()].sort((a, b) => a.quarter.localeCompare(b.quarter) || b.events - a.events || a.sector.localeCompare(b.sector));
}

function tone(events: readonly KnowledgeEvent[]): TonePoint[] {
  return events.flatMap((event) => {
    if (event.date === null || event.cameo === null) return [];
    const goldstein = goldsteinScale(event.cameo);
    return goldstein === undefined ? [] : [{ eventId: event.id, date: event.date, type: event.type, cameo: event.cameo, goldstein }];
  });
}

/** The pair's entities of the report's types, read in one query (each query walks all the pair's events). */
async function reportedEntities(store: KnowledgeReader, countries: readonly [string, string], asOf: string) {
  const all: EntitySummary[] = await store.listEntities({ type: ['person', 'instrument', 'initiative', 'place'], dyad: countries, knownBy: asOf });
  const ofType = <Type extends EntityType>(type: Type) => all.filter((entity): entity is EntityOf<Type> => entity.type === type);
  return { people: ofType('person'), instruments: ofType('instrument'), initiatives: ofType('initiative'), places: ofType('place') };
}

function instrumentRow(entity: EntityOf<'instrument'>, asOf: string, citations: Citation[]): InstrumentRow {
  const standing = instrumentStandingAsOf(entity.attributes, asOf);
  const history = entity.attributes.statusHistory;
  const expiringSoon = standing.daysToExpiry !== null && standing.daysToExpiry >= 0 && standing.daysToExpiry <= EXPIRY_WARNING_DAYS
    && standing.status !== INSTRUMENT_STATUS_MODEL.lapsed;
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.attributes.kind,
    parties: entity.attributes.parties,
    period: entity.attributes.period ?? null,
    status: standing.status,
    signed: stepDate(history, 'signed', asOf),
    ratified: stepDate(history, 'ratified', asOf),
    expires: standing.expires,
    daysToExpiry: standing.daysToExpiry,
    expiringSoon,
    citations,
  };
}

function initiativeRow(entity: EntityOf<'initiative'>, eventDates: readonly string[], asOf: string, placeNames: ReadonlyMap<string, string>, citations: Citation[]): InitiativeRow {
  const history = entity.attributes.statusHistory.filter((step) => step.date === null || step.date <= asOf);
  const dates = [...history.map((step) => step.date).filter((date): date is string => date !== null), ...eventDates].sort();
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.attributes.kind,
    status: history.at(-1)?.status ?? entity.attributes.status,
    lastMovement: dates.at(-1) ?? null,
    places: (entity.attributes.places ?? []).map((id) => placeNames.get(id) ?? id),
    citations,
  };
}

function personCountries(person: EntitySummary): Set<string> {
  const codes = new Set<string>();
  if (person.type === 'person' && person.attributes.country) codes.add(person.attributes.country);
  for (const role of rolesOf(person)) if (role.country) codes.add(role.country);
  return codes;
}

export async function dyadReport(store: KnowledgeReader, countries: readonly [string, string], options: DyadOptions = {}): Promise<DyadReport> {
  const asOf = options.asOf ?? today();
  const timeline = await store.timeline(countries[0], countries[1], { knownBy: asOf });
  const [{ people, instruments, initiatives, places }, figures] = await Promise.all([
    reportedEntities(store, countries, asOf),
    store.quotedFigures(countries[0], countries[1], { knownBy: asOf }),
  ]);
  const peopleById = new Map(people.map((person) => [person.id, person]));
  const placeNames = new Map(places.map((place) => [place.id, place.name]));

  const instrumentRows: InstrumentRow[] = [];
  const citations = await store.mentionSentences([...instruments, ...initiatives].map((entity) => entity.id), { knownBy: asOf, perEntity: CITED_DOCUMENTS });
  const citationsOf = (id: string) => citationsFrom(citations.get(id) ?? []);
  for (const instrument of instruments) instrumentRows.push(instrumentRow(instrument, asOf, citationsOf(instrument.id)));
  instrumentRows.sort((a, b) => Number(b.expiringSoon) - Number(a.expiringSoon) || (b.signed ?? '').localeCompare(a.signed ?? '') || a.name.localeCompare(b.name));
  const initiativeRows: InitiativeRow[] = [];
  const eventDatesOf = new Map<string, string[]>();
  for (const event of timeline) {
    if (event.date === null) continue;
    for (const id of new Set(event.initiatives.map((initiative) => initiative.id))) {
      const dates = eventDatesOf.get(id) ?? [];
      dates.push(event.date);
      eventDatesOf.set(id, dates);
    }
  }
  for (const initiative of initiatives) {
    initiativeRows.push(initiativeRow(initiative, eventDatesOf.get(initiative.id) ?? [], asOf, placeNames, citationsOf(initiative.id)));
  }
  initiativeRows.sort((a, b) => (b.lastMovement ?? '').localeCompare(a.lastMovement ?? '') || a.name.localeCompare(b.name));

  const past = timeline.filter((event) => happenedBy(event, asOf));
  const meetings = past
    // Bilateral contacts (data/model/event-types.yaml); a forum (a summit, games) is an occasion, not a meeting of the two.
    .filter((event) => CONTACT_EVENT_TYPES.has(event.type))
    .map((event): MeetingSummary => {
      const level = meetingLevel(event, peopleById);
      return { event, level, levelName: LEVEL_NAMES[level] };
    });
  const lastMeeting = meetings.at(-1) ?? null;
  // Newest first before the stable sort, so that on a tie the last meeting is also the highest-level one.
  const highestLevelMeeting = [...meetings].reverse().sort((a, b) => a.level - b.level || (b.event.date ?? '').localeCompare(a.event.date ?? ''))[0] ?? null;

  // Each participant's events, newest first, read in one pass over the timeline.
  const eventsOf = new Map<string, PersonRow['events']>();
  for (const event of [...timeline].reverse()) {
    for (const id of new Set(event.participants.map((participant) => participant.id))) {
      const events = eventsOf.get(id) ?? [];
      events.push({ id: event.id, date: event.date, type: event.type });
      eventsOf.set(id, events);
    }
  }
  const peopleBySide: { [country: string]: PersonRow[] } = { [countries[0]]: [], [countries[1]]: [] };
  for (const person of people) {
    const events = eventsOf.get(person.id) ?? [];
    const roles = rolesOf(person).filter((role) => role.from === null || role.from <= asOf);
    for (const code of personCountries(person)) peopleBySide[code]?.push({ id: person.id, name: person.name, roles, events });
  }
  for (const side of Object.values(peopleBySide)) side.sort((a, b) => b.events.length - a.events.length || a.name.localeCompare(b.name));

  const eventsByPlace = new Map<string, number>();
  for (const event of timeline) if (event.place) eventsByPlace.set(event.place.id, (eventsByPlace.get(event.place.id) ?? 0) + 1);
  const placeRows = places.flatMap((place): PlaceRow[] => {
    const geo = place.type === 'place' ? place.attributes.geo : undefined;
    return geo ? [{ id: place.id, name: place.name, lat: geo.lat, lon: geo.lon, events: eventsByPlace.get(place.id) ?? 0 }] : [];
  });

  const documentIds = new Set(timeline.flatMap((event) => event.sources.map((source) => source.document.id)));
  return {
    countries: [countries[0], countries[1]],
    asOf,
    summary: {
      documents: documentIds.size,
      events: timeline.length,
      meetings: meetings.length,
      instruments: instrumentRows.length,
      openInstruments: instrumentRows.filter((row) => OPEN_INSTRUMENT_STATUSES.has(row.status)).length,
      expiringSoon: instrumentRows.filter((row) => row.expiringSoon).length,
      initiatives: initiativeRows.length,
      people: people.length,
    },
    lastMeeting,
    highestLevelMeeting,
    timeline,
    instruments: instrumentRows,
    initiatives: initiativeRows,
    people: peopleBySide,
    sectors: sectorActivity(past),
    tone: tone(past),
    places: placeRows,
    figures,
  };
}
