// CSV tables of the knowledge base, one row per item: events, entities, instruments,
// initiatives and the sources of events. Quoting is csv-stringify's (RFC 4180); a cell that
// holds several values joins them with LIST_SEPARATOR; a text a spreadsheet would take for a
// formula is written as text (spreadsheet-safe.ts).
import { stringify } from 'csv-stringify/sync';
import { goldsteinScale } from '../../query/goldstein.ts';
import { type InstrumentStanding, instrumentStandingAsOf } from '../../resolve/instrument-lifecycle.ts';
import type { EntitySummary, EventParticipant, EventSource, KnowledgeEvent } from '../../store/store.ts';
import { geoOf, periodOf, roleText, textField, textListField } from './entity-fields.ts';
import { countryOf, rolesOf } from '../../record/knowledge.ts';
import { spreadsheetSafe } from './spreadsheet-safe.ts';

export const CSV_TABLES = ['events', 'entities', 'instruments', 'initiatives', 'sources'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/** Between the values of a many-valued cell ("trade; transport"). */
export const LIST_SEPARATOR = '; ';

type Cell = string | number | null;

export interface CsvColumn<Row> {
  name: string;
  value(row: Row): Cell;
}

const list = (values: readonly (string | number)[]): string => values.join(LIST_SEPARATOR);
const ids = (entities: readonly EventParticipant[]): string => list(entities.map((entity) => entity.id));
const names = (entities: readonly EventParticipant[]): string => list(entities.map((entity) => entity.name));

export const EVENT_COLUMNS: readonly CsvColumn<KnowledgeEvent>[] = [
  { name: 'id', value: (event) => event.id },
  { name: 'date', value: (event) => event.date },
  { name: 'date_text', value: (event) => event.dateText },
  { name: 'type', value: (event) => event.type },
  { name: 'countries', value: (event) => list(event.countries) },
  { name: 'participant_ids', value: (event) => ids(event.participants) },
  { name: 'participants', value: (event) => names(event.participants) },
  { name: 'place_id', value: (event) => event.place?.id ?? null },
  { name: 'place', value: (event) => event.place?.name ?? null },
  { name: 'forum_id', value: (event) => event.forum?.id ?? null },
  { name: 'forum', value: (event) => event.forum?.name ?? null },
  { name: 'instrument_ids', value: (event) => ids(event.instruments) },
  { name: 'initiative_ids', value: (event) => ids(event.initiatives) },
  { name: 'format', value: (event) => list(event.format) },
  { name: 'sectors', value: (event) => list(event.sectors) },
  { name: 'stance', value: (event) => event.stance },
  { name: 'cameo', value: (event) => event.cameo },
  { name: 'goldstein', value: (event) => (event.cameo === null ? null : goldsteinScale(event.cameo) ?? null) },
  { name: 'source_count', value: (event) => event.sources.length },
  { name: 'origin', value: (event) => event.origin },
  { name: 'corrected', value: (event) => list(event.corrected) },
];

/** One report of an event by one document. */
export interface EventSourceRow {
  event: KnowledgeEvent;
  source: EventSource;
}

export function eventSourceRows(events: readonly KnowledgeEvent[]): EventSourceRow[] {
  return events.flatMap((event) => event.sources.map((source) => ({ event, source })));
}

export const SOURCE_COLUMNS: readonly CsvColumn<EventSourceRow>[] = [
  { name: 'event_id', value: ({ event }) => event.id },
  { name: 'document_id', value: ({ source }) => source.document.id },
  { name: 'published', value: ({ source }) => source.document.published },
  { name: 'outlet', value: ({ source }) => source.document.outlet },
  { name: 'title', value: ({ source }) => source.document.title },
  { name: 'url', value: ({ source }) => source.document.source },
  { name: 'file', value: ({ source }) => source.document.file },
  { name: 'evidence', value: ({ source }) => list(source.evidence.map((span) => `${span.start}-${span.end}`)) },
  { name: 'sentences', value: ({ source }) => source.sentences.join(' ') },
  { name: 'extractor_version', value: ({ source }) => source.extractorVersion },
];

const idColumn: CsvColumn<EntitySummary> = { name: 'id', value: (entity) => entity.id };
const nameColumns: readonly CsvColumn<EntitySummary>[] = [
  { name: 'name', value: (entity) => entity.name },
  { name: 'aliases', value: (entity) => list(entity.aliases) },
];

const countColumns: readonly CsvColumn<EntitySummary>[] = [
  { name: 'document_count', value: (entity) => entity.documentCount },
  { name: 'story_count', value: (entity) => entity.storyCount },
  { name: 'mention_count', value: (entity) => entity.mentionCount },
  { name: 'origin', value: (entity) => entity.origin },
  { name: 'corrected', value: (entity) => list(entity.corrected) },
];

export const ENTITY_COLUMNS: readonly CsvColumn<EntitySummary>[] = [
  idColumn,
  { name: 'type', value: (entity) => entity.type },
  ...nameColumns,
  { name: 'country', value: (entity) => countryOf(entity) ?? null },
  { name: 'kind', value: (entity) => textField(entity.attributes, 'kind') ?? null },
  { name: 'status', value: (entity) => textField(entity.attributes, 'status') ?? null },
  { name: 'roles', value: (entity) => list(rolesOf(entity).map(roleText)) },
  { name: 'latitude', value: (entity) => geoOf(entity.attributes)?.lat ?? null },
  { name: 'longitude', value: (entity) => geoOf(entity.attributes)?.lon ?? null },
  ...countColumns,
];

/** An instrument with where it stands on the export's as-of date. */
export interface InstrumentRow {
  entity: EntitySummary;
  asOf: string;
  standing: InstrumentStanding;
}

export function instrumentRows(instruments: readonly EntitySummary[], asOf: string): InstrumentRow[] {
  return instruments.map((entity) => ({ entity, asOf, standing: instrumentStandingAsOf(entity.attributes, asOf) }));
}

/** Entity columns read from an instrument row's entity. */
const ofInstrument = (columns: readonly CsvColumn<EntitySummary>[]): CsvColumn<InstrumentRow>[] =>
  columns.map(({ name, value }) => ({ name, value: (row) => value(row.entity) }));

export const INSTRUMENT_COLUMNS: readonly CsvColumn<InstrumentRow>[] = [
  ...ofInstrument([idColumn, ...nameColumns]),
  { name: 'kind', value: ({ entity }) => textField(entity.attributes, 'kind') ?? null },
  { name: 'status', value: ({ entity }) => textField(entity.attributes, 'status') ?? null },
  { name: 'as_of', value: ({ asOf }) => asOf },
  { name: 'status_as_of', value: ({ standing }) => standing.status },
  { name: 'period_start', value: ({ entity }) => periodOf(entity.attributes).start ?? null },
  { name: 'period_end', value: ({ entity }) => periodOf(entity.attributes).end ?? null },
  { name: 'expires', value: ({ standing }) => standing.expires },
  { name: 'days_to_expiry', value: ({ standing }) => standing.daysToExpiry },
  { name: 'parties', value: ({ entity }) => list(textListField(entity.attributes, 'parties')) },
  ...ofInstrument(countColumns),
];

export const INITIATIVE_COLUMNS: readonly CsvColumn<EntitySummary>[] = [
  idColumn,
  ...nameColumns,
  { name: 'kind', value: (entity) => textField(entity.attributes, 'kind') ?? null },
  { name: 'status', value: (entity) => textField(entity.attributes, 'status') ?? null },
  { name: 'parties', value: (entity) => list(textListField(entity.attributes, 'parties')) },
  { name: 'part_of', value: (entity) => textField(entity.attributes, 'part_of') ?? null },
  { name: 'place_ids', value: (entity) => list(textListField(entity.attributes, 'places')) },
  ...countColumns,
];

/** The rows as CSV text, after a header line of the column names when `header` is set. */
export function csvText<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[], header: boolean): string {
  const cells = rows.map((row) => columns.map((column) => {
    const value = column.value(row);
    return typeof value === 'string' ? spreadsheetSafe(value) : value;
  }));
  return stringify(header ? [columns.map((column) => column.name), ...cells] : cells, { record_delimiter: 'unix' });
}
