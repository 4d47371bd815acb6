// Writing a batch of new documents' facts: each entity resolved to the knowledge-base entity
// it is (or a new one), each event to the stored event it reports (or a new one), and per
// document its mentions, event reports with their evidence and its sentences, and figures.
// Then each mention is added to its entity's tallied reports, from which the entity's merged
// attributes are computed, and the new documents are added to those entities' report counts.
import { sql } from 'drizzle-orm';
import type { Entity } from '../../record/schema.ts';
import { partialDateBounds } from '../../record/partial-date.ts';
import type { StoreTransaction } from '../database.ts';
import type { ExtractedArticle } from '../store.ts';
import { sentenceAround } from './source-sentence.ts';
import { type EntityReport, mentionSource, tallyNewReports } from './entity-attributes.ts';
import { countNewDocuments } from './entity-report-counts.ts';
import { reportedAttributes, resolveEntities, writeResolvedEntities } from './resolve-entities.ts';
import { insertRows } from './insert-rows.ts';
import { resolveEvents } from './resolve-events.ts';
import {
  entityMentions, eventCountries, eventEntities, eventReports, events, figures, type EventEntityRole,
} from '../schema.ts';

const EVENT_REPORT_OMITTED_FIELDS = ['evidence', 'confidence'];

/** A mention's attributes, its references to other entities of the document turned into knowledge-base ids. */
function mentionAttributes(entity: Entity, idOf: (localId: string) => string | undefined): { [field: string]: unknown } {
  const attributes = reportedAttributes(entity);
  if (typeof attributes.part_of === 'string') attributes.part_of = idOf(attributes.part_of);
  if (typeof attributes.place === 'string') attributes.place = idOf(attributes.place);
  if (Array.isArray(attributes.places)) attributes.places = attributes.places.map((id: string) => idOf(id)).filter(Boolean);
  return Object.fromEntries(Object.entries(attributes).filter(([, value]) => value !== undefined));
}

/** Every fact of newly stored documents; `storyOf` gives each document's story (null when it has no near-duplicate). */
export async function insertFacts(tx: StoreTransaction, items: readonly ExtractedArticle[], storyOf: Map<string, number | null>): Promise<void> {
  const records = items.map(({ record }) => record);
  const bodies = new Map(items.map(({ article, record }) => [record.document.id, article.body]));
  const resolution = await resolveEntities(tx, records);
  await writeResolvedEntities(tx, resolution);

  const mentionRows: (typeof entityMentions.$inferInsert)[] = [];
  const figureRows: (typeof figures.$inferInsert)[] = [];
  const entityReports: EntityReport[] = [];
  for (const record of records) {
    const documentId = record.document.id;
    const extractorVersion = record.extractor?.version ?? 'unknown';
    const ids = resolution.idsByDocument.get(documentId) ?? new Map<string, string>();
    for (const entity of record.entities) {
      const entityId = ids.get(entity.id) ?? entity.id;
      const attributes = mentionAttributes(entity, (localId) => ids.get(localId));
      entityReports.push({ entityId, report: { attributes, published: record.document.published, source: mentionSource(documentId, entity.id) } });
      mentionRows.push({
        documentId,
        localId: entity.id,
        entityId,
        type: entity.type,
        name: entity.name,
        aliases: entity.aliases,
        attributes,
        spans: entity.mentions,
        confidence: entity.confidence ?? null,
        extractorVersion,
      });
    }
    for (const figure of record.figures ?? []) {
      figureRows.push({
        documentId, localId: figure.id, value: figure.value, unit: figure.unit, text: figure.text, evidence: figure.evidence, extractorVersion,
      });
    }
  }
  await insertRows(tx, entityMentions, mentionRows);

  const resolvedEvents = await resolveEvents(tx, records, resolution.idsByDocument, storyOf);
  const recordsById = new Map(records.map((record) => [record.document.id, record]));
  const eventRows: (typeof events.$inferInsert)[] = [];
  const linkRows: (typeof eventEntities.$inferInsert)[] = [];
  const countryRows: (typeof eventCountries.$inferInsert)[] = [];
  const reportRows: (typeof eventReports.$inferInsert)[] = [];
  const refinedDates: { id: string; date: string }[] = [];
  for (const { documentId, event, eventId, isNew, refinesDate, countries, instruments } of resolvedEvents) {
    const record = recordsById.get(documentId);
    const ids = resolution.idsByDocument.get(documentId) ?? new Map<string, string>();
    const idOf = (localId: string, context: string): string => {
      const id = ids.get(localId);
      if (!id) throw new Error(`document ${documentId}: ${context} names entity "${localId}", which the record does not define`);
      return id;
    };
    const placeId = event.place ? idOf(event.place, `event ${event.id}'s place`) : null;
    const forumId = event.forum ? idOf(event.forum, `event ${event.id}'s forum`) : null;
    if (isNew) {
      const bounds = event.date ? partialDateBounds(event.date) : undefined;
      eventRows.push({
        id: eventId,
        type: event.type,
        date: event.date,
        dateStart: bounds?.start ?? null,
        dateEnd: bounds?.end ?? null,
        dateText: event.date_text ?? null,
        placeId,
        forumId,
        format: event.format ?? [],
        sectors: event.sectors,
        stance: event.stance ?? null,
        cameo: event.cameo ?? null,
      });
    } else if (refinesDate && event.date) refinedDates.push({ id: eventId, date: event.date });
    const link = (localIds: readonly string[] | undefined, role: EventEntityRole) => {
      for (const localId of localIds ?? []) linkRows.push({ eventId, entityId: idOf(localId, `event ${event.id}`), role });
    };
    link(event.participants, 'participant');
    link(event.targets, 'target');
    // The instruments the event names, and those signed at it that its document names elsewhere.
    for (const instrument of instruments) linkRows.push({ eventId, entityId: instrument, role: 'instrument' });
    link(event.initiatives, 'initiative');
    link(event.place ? [event.place] : [], 'place');
    link(event.forum ? [event.forum] : [], 'forum');
    for (const country of countries) countryRows.push({ eventId, country });
    reportRows.push({
      documentId,
      localId: event.id,
      eventId,
      attributes: Object.fromEntries(Object.entries(event).filter(([key]) => !EVENT_REPORT_OMITTED_FIELDS.includes(key))),
      evidence: event.evidence,
      sentences: event.evidence.map((span) => sentenceAround(bodies.get(documentId) ?? '', span)),
      confidence: event.confidence ?? null,
      extractorVersion: record?.extractor?.version ?? 'unknown',
    });
  }
  await insertRows(tx, events, eventRows);
  for (const { id, date } of refinedDates) {
    const bounds = partialDateBounds(date);
    // A date an analyst corrected stays.
    await tx.update(events).set({ date, dateStart: bounds.start, dateEnd: bounds.end }).where(sql`${events.id} = ${id} and not (${events.corrections} ? 'date')`);
  }
  await insertRows(tx, eventEntities, linkRows, sql`on conflict do nothing`);
  await insertRows(tx, eventCountries, countryRows, sql`on conflict do nothing`);
  await insertRows(tx, eventReports, reportRows);
  await insertRows(tx, figures, figureRows);

  const tallied = await tallyNewReports(tx, entityReports);
  await countNewDocuments(tx, records.map((record) => record.document.id), entityReports.map(({ entityId }) => entityId), tallied);
}
