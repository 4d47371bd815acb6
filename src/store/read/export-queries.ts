// The reads behind `bilat export`: which documents and events an export covers, in batches,
// and each document's Record rebuilt from what the store kept of it (the document row, its
// entity mentions, event reports and figures).
//
// A rebuilt Record names its entities and events by their knowledge-base ids (the Record's
// `id` fields), so that the lines of an export join on them; the store keeps the document's
// own ids in entity_mentions.local_id and event_reports.local_id, and references between
// them are translated here. It says what the document said: an analyst's corrections and
// rejections belong to the knowledge base, not to the document, and are not applied.
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { partialDateBounds } from '../../record/partial-date.ts';
import {
  ENTITY_TYPES, RECORD_SCHEMA_ID, type Entity, type Event, type Figure, type Record, type Span,
} from '../../record/schema.ts';
import type { StoreDatabase } from '../database.ts';
import { documents, entities, entityMentions, eventReports, events, figures } from '../schema.ts';
import { chunks } from '../statement-chunks.ts';
import { pairEventIds } from './pair-events.ts';
import { documentReferenceColumns } from './document-reference-columns.ts';
import type { DocumentReference, ExportBatches, ExportScope } from '../store.ts';

const RECORDS_PER_BATCH = 200;
const EVENTS_PER_BATCH = 500;

/** Loads the items of `ids` in batches of `size`, one batch at a time. */
function inBatches<T>(ids: readonly string[], size: number, load: (ids: string[]) => Promise<T[]>): ExportBatches<T> {
  return {
    total: ids.length,
    async *[Symbol.asyncIterator]() {
      for (let start = 0; start < ids.length; start += size) yield await load(ids.slice(start, start + size));
    },
  };
}

/** Both countries among the event's (the `event_pairs` index). */
function involvesDyad(eventId: SQL | typeof events.id, [a, b]: readonly [string, string]): SQL {
  return sql`${eventId} in (${pairEventIds(a, b)})`;
}

/** The active events in scope, as `timeline` orders them, loaded a batch at a time by `loadEvents`. */
export async function exportEvents<T>(db: StoreDatabase, scope: ExportScope, loadEvents: (ids: string[]) => Promise<T[]>): Promise<ExportBatches<T>> {
  const conditions: SQL[] = [eq(events.status, 'active')];
  if (scope.dyad) conditions.push(involvesDyad(events.id, scope.dyad));
  if (scope.from) conditions.push(sql`${events.dateEnd} >= ${partialDateBounds(scope.from).start}`);
  if (scope.to) conditions.push(sql`${events.dateStart} <= ${partialDateBounds(scope.to).end}`);
  const rows = await db
    .select({ id: events.id })
    .from(events)
    .where(and(...conditions))
    .orderBy(sql`${events.dateStart} nulls last`, asc(events.dateEnd), asc(events.id));
  return inBatches(rows.map((row) => row.id), EVENTS_PER_BATCH, loadEvents);
}

/** The documents in scope (published in the range; reporting an active event of the dyad), oldest first, as Records. */
export async function exportRecords(db: StoreDatabase, scope: ExportScope): Promise<ExportBatches<Record>> {
  const conditions: SQL[] = [];
  if (scope.dyad) {
    conditions.push(sql`exists (select 1 from event_reports r join events e on e.id = r.event_id and e.status = 'active'
      where r.document_id = ${documents.id} and ${involvesDyad(sql`r.event_id`, scope.dyad)})`);
  }
  if (scope.from) conditions.push(sql`${documents.published} >= ${partialDateBounds(scope.from).start}`);
  if (scope.to) conditions.push(sql`${documents.published} <= ${partialDateBounds(scope.to).end}`);
  const rows = await db
    .select({ id: documents.id })
    .from(documents)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(sql`${documents.published} nulls last`, asc(documents.id));
  return inBatches(rows.map((row) => row.id), RECORDS_PER_BATCH, (ids) => rebuildRecords(db, ids));
}

export async function documentsMentioning(db: StoreDatabase, entityIds: readonly string[]): Promise<Map<string, DocumentReference[]>> {
  const byEntity = new Map<string, DocumentReference[]>();
  for (const idChunk of chunks([...new Set(entityIds)])) {
    const rows = await db
      .selectDistinct({
        entityId: entityMentions.entityId,
        ...documentReferenceColumns,
      })
      .from(entityMentions)
      .innerJoin(documents, eq(documents.id, entityMentions.documentId))
      .where(inArray(entityMentions.entityId, idChunk))
      .orderBy(asc(entityMentions.entityId), sql`${documents.published} nulls last`, asc(documents.id));
    for (const { entityId, ...document } of rows) byEntity.set(entityId, [...(byEntity.get(entityId) ?? []), document]);
  }
  return byEntity;
}

type DocumentRow = Pick<typeof documents.$inferSelect,
  'id' | 'sha256' | 'file' | 'source' | 'outlet' | 'title' | 'published' | 'language' | 'extractorName' | 'extractorVersion'>;
type MentionRow = Pick<typeof entityMentions.$inferSelect,
  'documentId' | 'localId' | 'entityId' | 'type' | 'name' | 'aliases' | 'attributes' | 'spans' | 'confidence'>;
type ReportRow = Pick<typeof eventReports.$inferSelect, 'documentId' | 'localId' | 'eventId' | 'attributes' | 'evidence' | 'confidence'>;
type FigureRow = Pick<typeof figures.$inferSelect, 'documentId' | 'localId' | 'value' | 'unit' | 'text' | 'evidence'>;

/** The Records of the given documents, in the order of `documentIds`. */
async function rebuildRecords(db: StoreDatabase, documentIds: string[]): Promise<Record[]> {
  const [documentRows, mentionRows, reportRows, figureRows] = await Promise.all([
    db
      .select({
        id: documents.id, sha256: documents.sha256, file: documents.file, source: documents.source, outlet: documents.outlet,
        title: documents.title, published: documents.published, language: documents.language,
        extractorName: documents.extractorName, extractorVersion: documents.extractorVersion,
      })
      .from(documents)
      .where(inArray(documents.id, documentIds)),
    db
      .select({
        documentId: entityMentions.documentId, localId: entityMentions.localId, entityId: entityMentions.entityId,
        type: entityMentions.type, name: entityMentions.name, aliases: entityMentions.aliases,
        attributes: entityMentions.attributes, spans: entityMentions.spans, confidence: entityMentions.confidence,
      })
      .from(entityMentions)
      .where(inArray(entityMentions.documentId, documentIds)),
    db
      .select({
        documentId: eventReports.documentId, localId: eventReports.localId, eventId: eventReports.eventId,
        attributes: eventReports.attributes, evidence: eventReports.evidence, confidence: eventReports.confidence,
      })
      .from(eventReports)
      .where(inArray(eventReports.documentId, documentIds)),
    db
      .select({
        documentId: figures.documentId, localId: figures.localId, value: figures.value, unit: figures.unit,
        text: figures.text, evidence: figures.evidence,
      })
      .from(figures)
      .where(inArray(figures.documentId, documentIds)),
  ]);
  const mergedInto = await mergeTargets(db, mentionRows.flatMap((row) => referencedIds(row.attributes)));
  const byDocument = <R extends { documentId: string }>(rows: R[]) => {
    const grouped = new Map<string, R[]>();
    for (const row of rows) grouped.set(row.documentId, [...(grouped.get(row.documentId) ?? []), row]);
    return grouped;
  };
  const [mentionsOf, reportsOf, figuresOf] = [byDocument(mentionRows), byDocument(reportRows), byDocument(figureRows)];
  const documentById = new Map(documentRows.map((row) => [row.id, row]));
  return documentIds.flatMap((id) => {
    const row = documentById.get(id);
    if (!row) return [];
    return [storedRecord(row, mentionsOf.get(id) ?? [], reportsOf.get(id) ?? [], figuresOf.get(id) ?? [], mergedInto)];
  });
}

/** Entity fields that name other entities, kept by the store as knowledge-base ids. */
const ENTITY_REFERENCE_FIELDS = ['part_of', 'place'] as const;
const ENTITY_REFERENCE_LIST_FIELDS = ['places'] as const;

/** The value when it is an array, its items still to be checked. */
const listOf = (value: unknown): unknown[] | undefined => (Array.isArray(value) ? value : undefined);

function referencedIds(attributes: { readonly [field: string]: unknown }): string[] {
  const single = ENTITY_REFERENCE_FIELDS.map((field) => attributes[field]);
  const lists = ENTITY_REFERENCE_LIST_FIELDS.flatMap((field) => listOf(attributes[field]) ?? []);
  return [...single, ...lists].filter((value): value is string => typeof value === 'string');
}

/** Where each of the ids that an analyst merged away went; references stored before the merge still name them. */
async function mergeTargets(db: StoreDatabase, ids: readonly string[]): Promise<Map<string, string>> {
  const targets = new Map<string, string>();
  for (const idChunk of chunks([...new Set(ids)])) {
    const rows = await db
      .select({ id: entities.id, mergedInto: entities.mergedInto })
      .from(entities)
      .where(and(inArray(entities.id, idChunk), eq(entities.status, 'merged')));
    for (const row of rows) if (row.mergedInto) targets.set(row.id, row.mergedInto);
  }
  return targets;
}

const firstStart = (spans: readonly Span[]) => spans[0]?.start ?? Number.POSITIVE_INFINITY;
/** Spans as the Record writes them; JSONB keeps keys in its own order. */
const spansOf = (spans: readonly Span[]): Span[] => spans.map(({ start, end }) => ({ start, end }));
const bySpan = (a: Span, b: Span) => a.start - b.start || a.end - b.end;

/** One document's Record from its rows; the types are the Record's because the store wrote them from a validated Record. */
function storedRecord(
  document: DocumentRow,
  mentions: readonly MentionRow[],
  reports: readonly ReportRow[],
  figureRows: readonly FigureRow[],
  mergedInto: ReadonlyMap<string, string>,
): Record {
  const ordered = [...mentions].sort((a, b) =>
    ENTITY_TYPES.indexOf(a.type as Entity['type']) - ENTITY_TYPES.indexOf(b.type as Entity['type'])
    || firstStart(a.spans) - firstStart(b.spans) || a.localId.localeCompare(b.localId));
  const idOfLocal = new Map(ordered.map((mention) => [mention.localId, mention.entityId]));
  const recordIds = new Set(idOfLocal.values());
  // A stored reference to an entity of this document, followed through a merge; one that a split moved elsewhere is dropped.
  const reference = (id: unknown): string | undefined => {
    if (typeof id !== 'string') return undefined;
    const current = mergedInto.get(id) ?? id;
    return recordIds.has(current) ? current : undefined;
  };

  // Two of the document's entities that resolved to one knowledge-base entity are one entity here.
  const entitiesById = new Map<string, Entity>();
  for (const mention of ordered) {
    const known = entitiesById.get(mention.entityId);
    if (known) {
      known.mentions = [...known.mentions, ...spansOf(mention.spans)].sort(bySpan);
      known.aliases = [...new Set([...known.aliases, mention.name, ...mention.aliases])].filter((alias) => alias !== known.name);
      continue;
    }
    const attributes: { [field: string]: unknown } = { ...mention.attributes };
    for (const field of ENTITY_REFERENCE_FIELDS) {
      const target = reference(attributes[field]);
      if (target === undefined) delete attributes[field];
      else attributes[field] = target;
    }
    for (const field of ENTITY_REFERENCE_LIST_FIELDS) {
      const ids = listOf(attributes[field]);
      if (ids) attributes[field] = [...new Set(ids.map(reference).filter((id) => id !== undefined))];
    }
    entitiesById.set(mention.entityId, {
      id: mention.entityId,
      type: mention.type,
      name: mention.name,
      aliases: mention.aliases,
      mentions: spansOf(mention.spans),
      ...(mention.confidence === null ? {} : { confidence: mention.confidence }),
      ...attributes,
    } as Entity);
  }

  const local = (id: unknown) => (typeof id === 'string' ? idOfLocal.get(id) : undefined);
  const locals = (ids: unknown) => {
    const list = listOf(ids);
    return list && [...new Set(list.map(local).filter((id) => id !== undefined))];
  };
  const reportedEvents = [...reports]
    .sort((a, b) => firstStart(a.evidence) - firstStart(b.evidence) || a.localId.localeCompare(b.localId))
    .map((report): Event => {
      const event: { [field: string]: unknown } = { ...report.attributes, id: report.eventId };
      for (const field of ['participants', 'targets', 'instruments', 'initiatives'] as const) {
        const ids = locals(event[field]);
        if (ids === undefined) delete event[field];
        else event[field] = ids;
      }
      event.participants ??= [];
      for (const field of ['place', 'forum'] as const) {
        const id = local(event[field]);
        if (id === undefined) delete event[field];
        else event[field] = id;
      }
      return {
        ...event,
        ...(report.confidence === null ? {} : { confidence: report.confidence }),
        evidence: spansOf(report.evidence),
      } as Event;
    });

  const quotedFigures = [...figureRows]
    .sort((a, b) => firstStart(a.evidence) - firstStart(b.evidence) || a.localId.localeCompare(b.localId))
    .map((row): Figure => ({ id: row.localId, value: row.value, unit: row.unit, text: row.text, evidence: spansOf(row.evidence) }));

  return {
    schema: RECORD_SCHEMA_ID,
    extractor: { name: document.extractorName, version: document.extractorVersion },
    document: {
      id: document.id,
      ...(document.file === null ? {} : { file: document.file }),
      ...(document.source === null ? {} : { source: document.source }),
      ...(document.outlet === null ? {} : { outlet: document.outlet }),
      ...(document.title === null ? {} : { title: document.title }),
      published: document.published,
      language: document.language,
      sha256: document.sha256,
    },
    entities: [...entitiesById.values()],
    events: reportedEvents,
    ...(quotedFigures.length === 0 ? {} : { figures: quotedFigures }),
  };
}
