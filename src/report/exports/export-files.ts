// `bilat export`: the files each format makes, read from the store a batch at a time and
// written by the formats' pure functions. Core: no terminal here; the CLI (or any other
// adapter) decides where the text goes.
import type { EntitySummary, ExportBatches, ExportScope, KnowledgeReader } from '../../store/store.ts';
import { partialDateBounds } from '../../record/partial-date.ts';
import {
  CSV_TABLES, type CsvColumn, type CsvTable, csvText, ENTITY_COLUMNS, EVENT_COLUMNS, eventSourceRows, INITIATIVE_COLUMNS,
  INSTRUMENT_COLUMNS, instrumentRows, SOURCE_COLUMNS,
} from './csv.ts';
import { countryBody, type FtmEntity, ftmEntities, ftmEventEntities } from './ftm.ts';
import { gdeltHeader, gdeltRows } from './gdelt.ts';
import { calendarEnd, type CalendarItem, calendarStart, dayAfter, eventItem, instrumentExpiryItem, vevent } from './ical.ts';
import { recordLine } from './jsonl.ts';
import { textField, textListField } from './entity-fields.ts';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'gdelt', 'ftm', 'ical'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportRequest {
  scope: ExportScope;
  /** YYYY-MM-DD: the day instrument standings are judged on and after which events are "future" (ical). */
  asOf: string;
  /** When the export is made: iCalendar's DTSTAMP. */
  madeAt: Date;
  /** csv: the tables to write; all of them when not given. */
  tables?: readonly CsvTable[];
}

/** A piece of an export file's text and how many items (records, events, entities) it holds. */
export interface ExportPiece {
  text: string;
  items: number;
}

export interface ExportText {
  /** How many items the pieces hold together, for a progress bar. */
  total: number;
  pieces: AsyncIterable<ExportPiece>;
}

export interface ExportFile {
  /** Its name in an output folder: records.jsonl, events.csv, … */
  name: string;
  /** What its items are, for a progress bar: "records", "events", … */
  noun: string;
  /** Reads what the file holds; its text comes as the pieces are iterated. */
  open(): Promise<ExportText>;
}

/** The batches' text, after a header line when given. */
function batchText<T>(batches: ExportBatches<T>, format: (batch: T[]) => string, header?: string): ExportText {
  return {
    total: batches.total,
    pieces: (async function* () {
      if (header) yield { text: header, items: 0 };
      for await (const batch of batches) yield { text: format(batch), items: batch.length };
    })(),
  };
}

function wholeText(text: string, items: number): ExportText {
  return { total: items, pieces: (async function* () { yield { text, items }; })() };
}

const dyadFilter = (scope: ExportScope) => (scope.dyad ? { dyad: scope.dyad } : {});

function csvTable(store: KnowledgeReader, table: CsvTable, request: ExportRequest): ExportFile {
  const { scope } = request;
  const entityTable = <Row>(rows: Row[], columns: readonly CsvColumn<Row>[]) => wholeText(csvText(columns, rows, true), rows.length);
  const tableText: { [name in CsvTable]: () => Promise<ExportText> } = {
    events: async () => batchText(await store.exportEvents(scope), (events) => csvText(EVENT_COLUMNS, events, false), csvText(EVENT_COLUMNS, [], true)),
    sources: async () => batchText(await store.exportEvents(scope), (events) => csvText(SOURCE_COLUMNS, eventSourceRows(events), false), csvText(SOURCE_COLUMNS, [], true)),
    entities: async () => entityTable(await store.listEntities(dyadFilter(scope)), ENTITY_COLUMNS),
    instruments: async () => entityTable(instrumentRows(await store.listEntities({ type: 'instrument', ...dyadFilter(scope) }), request.asOf), INSTRUMENT_COLUMNS),
    initiatives: async () => entityTable(await store.listEntities({ type: 'initiative', ...dyadFilter(scope) }), INITIATIVE_COLUMNS),
  };
  return { name: `${table}.csv`, noun: table === 'sources' ? "events' sources" : table, open: tableText[table] };
}

function gdeltFile(store: KnowledgeReader, { scope }: ExportRequest): ExportFile {
  return {
    name: 'events.tsv',
    noun: 'events',
    async open() {
      // Participants' countries and places' coordinates: the entities of the dyad's events, or all.
      const entityById = new Map((await store.listEntities(dyadFilter(scope))).map((entity) => [entity.id, entity]));
      const events = await store.exportEvents(scope);
      return batchText(events, (batch) => batch.flatMap((event) => gdeltRows(event, entityById)).join(''), gdeltHeader());
    },
  };
}

const ftmLines = (entities: readonly FtmEntity[]) => entities.map((entity) => `${JSON.stringify(entity)}\n`).join('');

/** The ISO3 codes of the states an FtM export needs: the stored countries and every instrument's or initiative's parties. */
function statesOf(entities: readonly EntitySummary[]): string[] {
  const codes = entities.flatMap((entity) =>
    entity.type === 'country' ? [textField(entity.attributes, 'code') ?? ''] : textListField(entity.attributes, 'parties'));
  return [...new Set(codes.filter(Boolean))].sort();
}

function ftmFile(store: KnowledgeReader, { scope }: ExportRequest): ExportFile {
  return {
    name: 'entities.ftm.json',
    noun: 'entities and events',
    async open() {
      const entities = await store.listEntities(dyadFilter(scope));
      const sources = await store.documentsMentioning(entities.map((entity) => entity.id));
      const states = statesOf(entities).flatMap((code) => {
        const body = countryBody(code);
        return body ? [{ code, body }] : [];
      });
      const exported = new Set([
        ...entities.filter((entity) => entity.type !== 'country').map((entity) => entity.id),
        ...states.map(({ code }) => `country:${code}`),
      ]);
      const entityText = ftmLines([
        ...states.map(({ body }) => body),
        ...entities.flatMap((entity) => ftmEntities(entity, sources.get(entity.id) ?? [], exported)),
      ]);
      const events = await store.exportEvents(scope);
      const eventPieces = batchText(events, (batch) => ftmLines(batch.flatMap((event) => ftmEventEntities(event, exported))));
      return {
        total: entities.length + events.total,
        pieces: (async function* () {
          yield { text: entityText, items: entities.length };
          yield* eventPieces.pieces;
        })(),
      };
    },
  };
}

function inRange(day: string, scope: ExportScope): boolean {
  return (!scope.from || day >= partialDateBounds(scope.from).start) && (!scope.to || day <= partialDateBounds(scope.to).end);
}

/** The later of a partial date and a day, as a day or partial date that `from` accepts. */
function laterFrom(from: string | undefined, day: string): string {
  return from && partialDateBounds(from).start > day ? from : day;
}

function icalFile(store: KnowledgeReader, { scope, asOf, madeAt }: ExportRequest): ExportFile {
  return {
    name: 'calendar.ics',
    noun: 'expiries and events',
    async open() {
      const instruments = await store.listEntities({ type: 'instrument', ...dyadFilter(scope) });
      const sources = await store.documentsMentioning(instruments.map((instrument) => instrument.id));
      const expiries = instruments
        .flatMap((instrument) => instrumentExpiryItem(instrument, sources.get(instrument.id) ?? [], asOf) ?? [])
        .filter((item) => inRange(item.start, scope))
        .sort((a, b) => a.start.localeCompare(b.start) || a.uid.localeCompare(b.uid));
      // Future: any day the event's date can mean is after the as-of date.
      const events = await store.exportEvents({ ...scope, from: laterFrom(scope.from, dayAfter(asOf)) });
      const name = scope.dyad ? `bilat ${scope.dyad.join('–')}` : 'bilat';
      const vevents = (items: readonly CalendarItem[]) => items.map((item) => vevent(item, madeAt)).join('');
      return {
        total: expiries.length + events.total,
        pieces: (async function* () {
          yield { text: calendarStart(name) + vevents(expiries), items: expiries.length };
          for await (const batch of events) yield { text: vevents(batch.flatMap((event) => eventItem(event) ?? [])), items: batch.length };
          yield { text: calendarEnd(), items: 0 };
        })(),
      };
    },
  };
}

/** The files of an export in `format`; csv makes one per table. */
export function exportFiles(store: KnowledgeReader, format: ExportFormat, request: ExportRequest): ExportFile[] {
  switch (format) {
    case 'jsonl':
      return [{ name: 'records.jsonl', noun: 'records', open: async () => batchText(await store.exportRecords(request.scope), (records) => records.map(recordLine).join('')) }];
    case 'csv':
      return (request.tables ?? CSV_TABLES).map((table) => csvTable(store, table, request));
    case 'gdelt':
      return [gdeltFile(store, request)];
    case 'ftm':
      return [ftmFile(store, request)];
    case 'ical':
      return [icalFile(store, request)];
  }
}
