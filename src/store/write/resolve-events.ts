// Cross-document resolution of a batch's events: a meeting reported by a second outlet
// becomes a second source of the stored meeting, not a second meeting
// (src/resolve/event-matching.ts decides). Candidates are the stored events of the same
// type near the same dates, the events of the same stories, and the events about the same
// instruments where one side has no date, each set read in one query for the whole batch.
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Entity, Event, Record } from '../../record/schema.ts';
import { candidateWindow, type EventView, isSameEvent, occasionInstruments } from '../../resolve/event-matching.ts';
import type { StoreTransaction } from '../database.ts';
import { isAnyOf } from '../id-list.ts';
import { jsonParameter } from '../json-parameter.ts';
import { documents, entities, eventCountries, eventEntities, eventReports, events, MONTH_SPAN_DAYS } from '../schema.ts';
import { chunks } from '../statement-chunks.ts';

interface KnownEvent {
  id: string;
  view: EventView & { countries: Set<string>; people: Set<string>; instruments: Set<string>; stories: Set<number> };
  /** The batch's documents that report it: two events of one document never merge. */
  documents: Set<string>;
  isNew: boolean;
}

export interface ResolvedEvent {
  documentId: string;
  event: Event;
  /** The knowledge-base event it reports. */
  eventId: string;
  /** Whether this report created the event. */
  isNew: boolean;
  /** Whether this report dates a known event more precisely (a day where a month was known). */
  refinesDate: boolean;
  countries: string[];
  /** Knowledge-base ids of the instruments the event is about (src/resolve/event-matching.ts, occasionInstruments). */
  instruments: string[];
}

/** The countries an event involves: its country participants and targets and the countries their people and organizations belong to. */
export function eventCountryCodes(event: Event, entitiesByLocalId: Map<string, Entity>): string[] {
  const codes = new Set<string>();
  for (const id of [...event.participants, ...(event.targets ?? [])]) {
    const entity = entitiesByLocalId.get(id);
    if (!entity) continue;
    if (entity.type === 'country') codes.add(entity.code);
    else if (entity.type === 'person') {
      if (entity.country) codes.add(entity.country);
      for (const role of entity.roles) if (role.country) codes.add(role.country);
    } else if (entity.type === 'organization' && entity.country) codes.add(entity.country);
  }
  return [...codes].sort();
}

/**
 * Whether the stored event `eventId` shares as many of the `given` countries as participantsAgree
 * asks (src/resolve/event-matching.ts): one, and two where each side has two. Checked on the
 * stored countries: an event that fails it for every incoming one is merged with none of them,
 * and so never gains the countries that would let it.
 */
function sharesCountries(eventId: SQL, given: SQL): SQL {
  return sql`(select count(*) from event_countries c where c.event_id = ${eventId} and c.country = any(${given}))
    >= greatest(1, least(2, cardinality(${given}), (select count(*) from event_countries c where c.event_id = ${eventId})))`;
}

/**
 * Stored events that could be one of the incoming ones: the same type, dates within the
 * tolerance and countries enough in common (sharesCountries); the same type, instrument and
 * countries where one side is undated; plus the events of the same stories. Each with the
 * batch's stories that report it: the only stories of a stored event that an incoming one can share.
 */
async function candidateEvents(tx: StoreTransaction, incoming: { view: EventView; countries: string[] }[], storyIds: number[]): Promise<Map<string, Set<number>>> {
  const windows = incoming.flatMap(({ view, countries }) => {
    if (view.date === null || countries.length === 0) return [];
    const { start, end } = candidateWindow(view.date);
    return [{ type: view.type, start, end, countries }];
  });
  const candidates = new Map<string, Set<number>>();
  const add = (id: string) => {
    const stories = candidates.get(id) ?? new Set<number>();
    candidates.set(id, stories);
    return stories;
  };
  // An undated report can be any stored event about its instruments; a dated one only an undated such event.
  const probes = incoming.flatMap(({ view, countries }) => (countries.length === 0 ? [] : [...view.instruments].map((instrument) => ({
    instrument, type: view.type, dated: view.date !== null, countries,
  }))));
  for (const probeChunk of chunks(probes)) {
    const result = (await tx.execute(sql`
      select distinct e.id from jsonb_to_recordset(${jsonParameter(probeChunk)}::jsonb)
        as p(instrument text, type text, dated boolean, countries text[])
      join event_entities l on l.entity_id = p.instrument and l.role = 'instrument'
      join events e on e.id = l.event_id and e.type = p.type and (not p.dated or e.date is null)
      where ${sharesCountries(sql`e.id`, sql`p.countries`)}`)) as unknown as { rows: { id: string }[] };
    for (const row of result.rows) add(row.id);
  }
  // An event overlapping a window starts at most a month before it, unless its date is a year:
  // the two are read apart, each by an index bounded on both sides, and the countries by the
  // (event, country) key. Asked otherwise, the planner read every event of the type and every
  // event's countries, which grew with the store.
  const monthSpan = sql.raw(String(MONTH_SPAN_DAYS));
  for (const windowChunk of chunks(windows)) {
    const result = (await tx.execute(sql`
      select distinct e.id from jsonb_to_recordset(${jsonParameter(windowChunk)}::jsonb) as w(type text, start date, "end" date, countries text[])
      cross join lateral (
        select id from events
        where type = w.type and date_start between w.start - ${monthSpan} and w."end" and date_end >= w.start
        union all
        select id from events
        where type = w.type and date_start <= w."end" and date_end >= w.start and date_end - date_start > ${monthSpan}
          and date_start < w.start - ${monthSpan}
      ) e
      where ${sharesCountries(sql`e.id`, sql`w.countries`)}`)) as unknown as { rows: { id: string }[] };
    for (const row of result.rows) add(row.id);
  }
  for (const storyChunk of chunks(storyIds)) {
    const rows = await tx
      .selectDistinct({ id: eventReports.eventId, storyId: documents.storyId })
      .from(eventReports)
      .innerJoin(documents, eq(documents.id, eventReports.documentId))
      .where(inArray(documents.storyId, storyChunk));
    for (const row of rows) add(row.id).add(row.storyId!);
  }
  return candidates;
}

/**
 * The stored events, oldest first: of several that match an incoming event, the first stored is
 * taken, whatever plan read them. Their documents are left out: none is one of the batch's new
 * documents, whose events are the only ones a document's own must not merge with.
 */
async function loadKnownEvents(tx: StoreTransaction, candidates: ReadonlyMap<string, ReadonlySet<number>>): Promise<KnownEvent[]> {
  const known = new Map<string, KnownEvent>();
  const storedAt = new Map<string, number>();
  for (const idChunk of chunks([...candidates.keys()])) {
    const [eventRows, countryRows, linkRows] = await Promise.all([
      tx.select({ id: events.id, type: events.type, date: events.date, stored: sql<number>`extract(epoch from ${events.createdAt})::float8` })
        .from(events).where(isAnyOf(events.id, idChunk)),
      tx.select().from(eventCountries).where(isAnyOf(eventCountries.eventId, idChunk)),
      tx
        .select({ eventId: eventEntities.eventId, entityId: eventEntities.entityId, role: eventEntities.role, type: entities.type })
        .from(eventEntities)
        .innerJoin(entities, eq(entities.id, eventEntities.entityId))
        .where(and(isAnyOf(eventEntities.eventId, idChunk), sql`(${entities.type} = 'person' or ${eventEntities.role} = 'instrument')`)),
    ]);
    for (const row of eventRows) {
      storedAt.set(row.id, row.stored);
      known.set(row.id, {
        id: row.id,
        isNew: false,
        documents: new Set(),
        view: { type: row.type, date: row.date, countries: new Set(), people: new Set(), instruments: new Set(), stories: new Set(candidates.get(row.id)) },
      });
    }
    for (const row of countryRows) known.get(row.eventId)?.view.countries.add(row.country);
    for (const row of linkRows) {
      const event = known.get(row.eventId);
      if (row.role === 'instrument') event?.view.instruments.add(row.entityId);
      else if (row.role === 'participant' && row.type === 'person') event?.view.people.add(row.entityId);
    }
  }
  return [...known.values()].sort((a, b) => storedAt.get(a.id)! - storedAt.get(b.id)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function canonicalEventId(documentId: string, localId: string): string {
  return `${localId}@${documentId}`;
}

/**
 * Which knowledge-base event each of the batch's events reports. `entityIds` maps each
 * document's local entity ids to knowledge-base ids; `storyOf` gives each document's story.
 */
export async function resolveEvents(
  tx: StoreTransaction,
  records: readonly Record[],
  entityIds: Map<string, Map<string, string>>,
  storyOf: Map<string, number | null>,
): Promise<ResolvedEvent[]> {
  const incoming = records.flatMap((record) => {
    const ids = entityIds.get(record.document.id) ?? new Map<string, string>();
    const entitiesByLocalId = new Map(record.entities.map((entity) => [entity.id, entity]));
    const story = storyOf.get(record.document.id) ?? null;
    const reported = record.events.map((event) => {
      const countries = eventCountryCodes(event, entitiesByLocalId);
      const people = event.participants.filter((id) => entitiesByLocalId.get(id)?.type === 'person').map((id) => ids.get(id) ?? id);
      const view: KnownEvent['view'] = {
        type: event.type,
        date: event.date,
        countries: new Set(countries),
        people: new Set(people),
        instruments: new Set((event.instruments ?? []).map((id) => ids.get(id) ?? id)),
        stories: new Set(story === null ? [] : [story]),
      };
      return { documentId: record.document.id, event, view, countries };
    });
    const documentViews = reported.map(({ view }) => ({ ...view }));
    for (const { view } of reported) view.instruments = occasionInstruments(view, documentViews);
    return reported;
  });
  const storyIds = [...new Set([...storyOf.values()].filter((story): story is number => story !== null))];
  const poolByType = new Map<string, KnownEvent[]>();
  for (const known of await loadKnownEvents(tx, await candidateEvents(tx, incoming, storyIds))) {
    poolByType.set(known.view.type, [...(poolByType.get(known.view.type) ?? []), known]);
  }

  return incoming.map(({ documentId, event, view, countries }): ResolvedEvent => {
    const pool = poolByType.get(view.type) ?? [];
    // A document's own events were told apart by extraction: never merge two of them.
    const known = pool.find((candidate) => !candidate.documents.has(documentId) && isSameEvent(candidate.view, view));
    if (known) {
      known.documents.add(documentId);
      for (const country of view.countries) known.view.countries.add(country);
      for (const person of view.people) known.view.people.add(person);
      for (const instrument of view.instruments) known.view.instruments.add(instrument);
      for (const story of view.stories) known.view.stories.add(story);
      const refinesDate = view.date !== null && (known.view.date === null || view.date.length > known.view.date.length);
      if (refinesDate) known.view.date = view.date;
      return { documentId, event, eventId: known.id, isNew: false, refinesDate, countries, instruments: [...view.instruments] };
    }
    const created: KnownEvent = { id: canonicalEventId(documentId, event.id), view, documents: new Set([documentId]), isNew: true };
    pool.push(created);
    poolByType.set(view.type, pool);
    return { documentId, event, eventId: created.id, isNew: true, refinesDate: false, countries, instruments: [...view.instruments] };
  });
}
