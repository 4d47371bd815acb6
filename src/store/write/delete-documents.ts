// Deleting documents: each goes with its mentions, event reports and figures; the entities
// and events that only it supported go too, and the rest keep their other sources and are
// merged again from them. Every deletion is in the audit log.
import { and, eq, inArray, notExists, or, sql } from 'drizzle-orm';
import type { StoreDatabase } from '../database.ts';
import { refreshEntityAttributes } from './entity-attributes.ts';
import { refreshEntityReportCounts } from './entity-report-counts.ts';
import { auditLog, documents, entities, entityMentions, eventEntities, eventReports, events } from '../schema.ts';
import { chunks } from '../statement-chunks.ts';
import type { DeletionSummary } from '../store.ts';
import { advanceRevision } from './store-revision.ts';

export async function deleteDocuments(db: StoreDatabase, documentIds: readonly string[], actor: string): Promise<DeletionSummary> {
  return db.transaction(async (tx) => {
    const found = documentIds.length === 0 ? [] : await tx
      .select({ id: documents.id, file: documents.file, title: documents.title, outlet: documents.outlet, published: documents.published, sha256: documents.sha256 })
      .from(documents)
      .where(inArray(documents.id, [...documentIds]));
    const ids = found.map((document) => document.id);
    if (ids.length === 0) return { documents: [], entities: [], events: [] };

    const touchedEntities = [...new Set((await tx.selectDistinct({ id: entityMentions.entityId }).from(entityMentions).where(inArray(entityMentions.documentId, ids))).map((row) => row.id))];
    const touchedEvents = [...new Set((await tx.selectDistinct({ id: eventReports.eventId }).from(eventReports).where(inArray(eventReports.documentId, ids))).map((row) => row.id))];
    await tx.delete(documents).where(inArray(documents.id, ids));

    // Events no report supports any more, unless an analyst made or decided on them.
    const orphanEvents: string[] = [];
    for (const eventChunk of chunks(touchedEvents)) {
      const rows = await tx.delete(events).where(and(
        inArray(events.id, eventChunk),
        eq(events.origin, 'extracted'),
        eq(events.status, 'active'),
        sql`${events.corrections} = '{}'::jsonb`,
        notExists(tx.select({ one: sql`1` }).from(eventReports).where(eq(eventReports.eventId, events.id))),
      )).returning({ id: events.id });
      orphanEvents.push(...rows.map((row) => row.id));
    }
    // Entities no mention supports and no remaining event names.
    const orphanEntities: string[] = [];
    for (const entityChunk of chunks(touchedEntities)) {
      const rows = await tx.delete(entities).where(and(
        inArray(entities.id, entityChunk),
        eq(entities.origin, 'extracted'),
        eq(entities.status, 'active'),
        sql`${entities.corrections} = '{}'::jsonb`,
        notExists(tx.select({ one: sql`1` }).from(entityMentions).where(eq(entityMentions.entityId, entities.id))),
        notExists(tx.select({ one: sql`1` }).from(eventEntities).where(eq(eventEntities.entityId, entities.id))),
        notExists(tx.select({ one: sql`1` }).from(events).where(or(eq(events.placeId, entities.id), eq(events.forumId, entities.id)))),
      )).returning({ id: entities.id });
      orphanEntities.push(...rows.map((row) => row.id));
    }
    const deletedEntities = new Set(orphanEntities);
    const remainingEntities = touchedEntities.filter((id) => !deletedEntities.has(id));
    await refreshEntityAttributes(tx, remainingEntities);
    await refreshEntityReportCounts(tx, remainingEntities);

    for (const document of found) {
      await tx.insert(auditLog).values({
        actor,
        action: 'delete',
        subjectKind: 'document',
        subjectId: document.id,
        before: { document, removed: { entities: orphanEntities, events: orphanEvents } },
        after: null,
      });
    }
    await advanceRevision(tx);
    return { documents: ids, entities: orphanEntities, events: orphanEvents };
  });
}
