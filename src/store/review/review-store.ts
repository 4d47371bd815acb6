// Review in the store: the queue of facts an analyst should look at, the decisions applied
// in one transaction each, and the audit log. Decisions live in their own columns and
// tables (status, merged_into, corrections, review_decisions), which ingest never writes, so
// re-ingesting old or new documents cannot undo them.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { EntityType, Entity } from '../../record/schema.ts';
import { partialDateBounds } from '../../record/partial-date.ts';
import { canonicalEntityId } from '../../resolve/canonical-id.ts';
import { mayBeSamePerson, resolutionKeys, type EntityView } from '../../resolve/entity-matching.ts';
import type { StoreDatabase, StoreTransaction } from '../database.ts';
import { refreshEntityAttributes } from '../write/entity-attributes.ts';
import { refreshEntityReportCounts } from '../write/entity-report-counts.ts';
import {
  auditLog, entities, entityKeys, entityMentions, eventCountries, eventEntities, eventReports, events, reviewDecisions,
} from '../schema.ts';
import { advanceRevision } from '../write/store-revision.ts';
import { type AuditEntry, type ReviewAction, ReviewError, type ReviewItem, type ReviewSubject } from '../store.ts';

const DEFAULT_QUEUE_LIMIT = 50;
/** Extraction confidence below which a fact is worth a look. */
const LOW_CONFIDENCE = 0.6;

type EntityRow = typeof entities.$inferSelect;
type EventRow = typeof events.$inferSelect;

async function entityRow(tx: StoreTransaction, id: string): Promise<EntityRow> {
  const [row] = await tx.select().from(entities).where(eq(entities.id, id));
  if (!row) throw new ReviewError(`no entity "${id}"; find its id with "bilat entities" or "bilat search"`);
  return row;
}

async function eventRow(tx: StoreTransaction, id: string): Promise<EventRow> {
  const [row] = await tx.select().from(events).where(eq(events.id, id));
  if (!row) throw new ReviewError(`no event "${id}"; event ids are shown by "bilat timeline --ids" and "bilat review"`);
  return row;
}

/** What the audit log keeps of an entity or event: its row without the derived search columns. */
function snapshot(row: EntityRow | EventRow): { [field: string]: unknown } {
  const { search: _search, ...rest } = row as EntityRow;
  return Object.fromEntries(Object.entries(rest).filter(([field]) => field !== 'searchText' && field !== 'createdAt' && field !== 'updatedAt'));
}

async function subjectSnapshot(tx: StoreTransaction, subject: ReviewSubject): Promise<{ [field: string]: unknown }> {
  return snapshot(subject.kind === 'entity' ? await entityRow(tx, subject.id) : await eventRow(tx, subject.id));
}

async function log(
  tx: StoreTransaction,
  entry: { actor: string; action: string; subject: ReviewSubject; before: unknown; after: unknown; note?: string; decision?: { [field: string]: unknown } },
): Promise<AuditEntry> {
  await tx.insert(reviewDecisions).values({
    subjectKind: entry.subject.kind,
    subjectId: entry.subject.id,
    action: entry.action.startsWith('add') ? 'add' : entry.action,
    value: entry.decision ?? null,
    reviewer: entry.actor,
  });
  const [row] = await tx
    .insert(auditLog)
    .values({
      actor: entry.actor,
      action: entry.action,
      subjectKind: entry.subject.kind,
      subjectId: entry.subject.id,
      before: entry.before ?? null,
      after: entry.after ?? null,
      note: entry.note ?? null,
    })
    .returning();
  // Every decision ends here, the last write of its transaction.
  await advanceRevision(tx);
  return auditEntry(row);
}

function auditEntry(row: typeof auditLog.$inferSelect): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    subject: { kind: row.subjectKind as AuditEntry['subject']['kind'], id: row.subjectId },
    before: row.before,
    after: row.after,
    note: row.note,
  };
}

/** An id nobody holds yet: `base`, else `base~2`, `base~3`, … */
async function freeEntityId(tx: StoreTransaction, base: string): Promise<string> {
  const rows = await tx.select({ id: entities.id }).from(entities).where(sql`split_part(${entities.id}, '~', 1) = ${base.split('~')[0]}`);
  const taken = new Set(rows.map((row) => row.id));
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base.split('~')[0]}~${n}`;
  return id;
}

function viewOfRow(row: EntityRow): EntityView {
  return { type: row.type as EntityType, name: row.name, aliases: row.aliases, attributes: { ...row.attributes, ...row.corrections } };
}

async function fileKeys(tx: StoreTransaction, entityId: string, view: EntityView): Promise<void> {
  const keys = resolutionKeys(view);
  if (keys.length > 0) await tx.insert(entityKeys).values(keys.map((key) => ({ key, entityId }))).onConflictDoNothing();
}

async function mergeEntities(tx: StoreTransaction, sourceId: string, targetId: string): Promise<void> {
  const [source, target] = [await entityRow(tx, sourceId), await entityRow(tx, targetId)];
  if (sourceId === targetId) throw new ReviewError('an entity cannot be merged into itself');
  if (source.type !== target.type) throw new ReviewError(`"${sourceId}" is a ${source.type} and "${targetId}" a ${target.type}: only entities of one type merge`);
  if (source.status === 'merged' || target.status === 'merged') {
    throw new ReviewError(`"${source.status === 'merged' ? sourceId : targetId}" was merged into "${source.mergedInto ?? target.mergedInto}" already; use that id`);
  }
  await tx.update(entityMentions).set({ entityId: targetId }).where(eq(entityMentions.entityId, sourceId));
  await tx.execute(sql`
    insert into event_entities (event_id, entity_id, role)
    select event_id, ${targetId}, role from event_entities where entity_id = ${sourceId}
    on conflict do nothing`);
  await tx.delete(eventEntities).where(eq(eventEntities.entityId, sourceId));
  await tx.update(events).set({ placeId: targetId }).where(eq(events.placeId, sourceId));
  await tx.update(events).set({ forumId: targetId }).where(eq(events.forumId, sourceId));
  // Future reports under the source's names resolve to the target.
  await tx.execute(sql`
    insert into entity_keys (key, entity_id) select key, ${targetId} from entity_keys where entity_id = ${sourceId}
    on conflict do nothing`);
  await tx.delete(entityKeys).where(eq(entityKeys.entityId, sourceId));
  await tx.update(entities).set({ mergedInto: targetId }).where(eq(entities.mergedInto, sourceId));
  await tx.update(entities).set({ status: 'merged', mergedInto: targetId, updatedAt: sql`now()` }).where(eq(entities.id, sourceId));
  const aliases = [...new Set([...target.aliases, source.name, ...source.aliases])].filter((alias) => alias !== target.name).sort();
  await tx.update(entities).set({ aliases, searchText: [target.name, ...aliases].join(' '), updatedAt: sql`now()` }).where(eq(entities.id, targetId));
  await refreshEntityAttributes(tx, [targetId]);
  await refreshEntityReportCounts(tx, [sourceId, targetId]);
}

/** Moves the given documents' mentions of an entity to a new entity; returns its id. */
async function splitEntity(tx: StoreTransaction, entityId: string, documentIds: readonly string[]): Promise<string> {
  const entity = await entityRow(tx, entityId);
  if (documentIds.length === 0) throw new ReviewError('name the documents whose mentions become the new entity');
  const moved = await tx
    .select()
    .from(entityMentions)
    .where(and(eq(entityMentions.entityId, entityId), inArray(entityMentions.documentId, [...documentIds])));
  if (moved.length === 0) throw new ReviewError(`none of those documents mentions "${entityId}"`);
  const remaining = await tx.select({ documentId: entityMentions.documentId }).from(entityMentions).where(eq(entityMentions.entityId, entityId));
  if (remaining.length === moved.length) throw new ReviewError('those are all its documents: correct the entity instead of splitting it');

  const first = moved[0];
  const newId = await freeEntityId(tx, canonicalEntityId({ ...first.attributes, type: entity.type, name: first.name } as Entity));
  const aliases = [...new Set(moved.flatMap((mention) => [mention.name, ...mention.aliases]))].filter((alias) => alias !== first.name);
  await tx.insert(entities).values({
    id: newId, type: entity.type, name: first.name, aliases, attributes: first.attributes, searchText: [first.name, ...aliases].join(' '),
  });
  await tx.update(entityMentions).set({ entityId: newId }).where(and(eq(entityMentions.entityId, entityId), inArray(entityMentions.documentId, [...documentIds])));
  // An event follows the split when every report of it comes from the moved documents.
  await tx.execute(sql`
    update event_entities set entity_id = ${newId}
    where entity_id = ${entityId} and not exists (
      select 1 from event_reports r where r.event_id = event_entities.event_id
      and r.document_id not in (${sql.join(documentIds.map((id) => sql`${id}`), sql`, `)}))`);
  await fileKeys(tx, newId, { type: entity.type as EntityType, name: first.name, aliases, attributes: first.attributes });
  await refreshEntityAttributes(tx, [entityId, newId]);
  await refreshEntityReportCounts(tx, [entityId, newId]);
  return newId;
}

async function correctEvent(tx: StoreTransaction, id: string, fields: { [field: string]: unknown }): Promise<void> {
  const event = await eventRow(tx, id);
  const corrections = { ...event.corrections, ...fields };
  // The date columns follow a corrected date, so that range queries and ordering see it.
  const date = 'date' in fields ? (fields.date as string | null) : undefined;
  const bounds = date ? partialDateBounds(date) : undefined;
  await tx
    .update(events)
    .set({ corrections, ...(date === undefined ? {} : { dateStart: bounds?.start ?? null, dateEnd: bounds?.end ?? null }) })
    .where(eq(events.id, id));
}

/** The countries a hand-added event involves: its country participants and those of its people and organizations. */
async function participantCountries(tx: StoreTransaction, participantIds: readonly string[]): Promise<string[]> {
  const rows = await tx.select().from(entities).where(inArray(entities.id, [...participantIds]));
  if (rows.length !== new Set(participantIds).size) {
    const found = new Set(rows.map((row) => row.id));
    throw new ReviewError(`no entity "${participantIds.find((id) => !found.has(id))}" to take part in the event`);
  }
  const codes = new Set<string>();
  for (const row of rows) {
    const attributes = { ...row.attributes, ...row.corrections };
    if (typeof attributes.code === 'string') codes.add(attributes.code);
    if (typeof attributes.country === 'string') codes.add(attributes.country);
    for (const role of (attributes.roles as { country?: string }[] | undefined) ?? []) if (role.country) codes.add(role.country);
  }
  return [...codes].sort();
}

export async function applyReview(db: StoreDatabase, action: ReviewAction, actor: string): Promise<AuditEntry> {
  return db.transaction(async (tx) => {
    switch (action.action) {
      case 'accept': {
        const before = await subjectSnapshot(tx, action.subject);
        return log(tx, { actor, action: 'accept', subject: action.subject, before, after: before, note: action.note });
      }
      case 'reject': {
        const before = await subjectSnapshot(tx, action.subject);
        if (action.subject.kind === 'entity') await tx.update(entities).set({ status: 'rejected', updatedAt: sql`now()` }).where(eq(entities.id, action.subject.id));
        else await tx.update(events).set({ status: 'rejected' }).where(eq(events.id, action.subject.id));
        return log(tx, { actor, action: 'reject', subject: action.subject, before, after: await subjectSnapshot(tx, action.subject), note: action.note });
      }
      case 'correct': {
        const before = await subjectSnapshot(tx, action.subject);
        if (action.subject.kind === 'entity') {
          const row = await entityRow(tx, action.subject.id);
          await tx.update(entities).set({ corrections: { ...row.corrections, ...action.fields }, updatedAt: sql`now()` }).where(eq(entities.id, row.id));
          if (typeof action.fields.name === 'string') await fileKeys(tx, row.id, { ...viewOfRow(row), name: action.fields.name });
        } else await correctEvent(tx, action.subject.id, action.fields);
        const after = await subjectSnapshot(tx, action.subject);
        return log(tx, { actor, action: 'correct', subject: action.subject, before, after, note: action.note, decision: action.fields });
      }
      case 'merge': {
        const before = { merged: await subjectSnapshot(tx, action.subject), into: await subjectSnapshot(tx, { kind: 'entity', id: action.into }) };
        await mergeEntities(tx, action.subject.id, action.into);
        const after = { merged: await subjectSnapshot(tx, action.subject), into: await subjectSnapshot(tx, { kind: 'entity', id: action.into }) };
        return log(tx, { actor, action: 'merge', subject: action.subject, before, after, note: action.note, decision: { into: action.into } });
      }
      case 'split': {
        const before = await subjectSnapshot(tx, action.subject);
        const newId = await splitEntity(tx, action.subject.id, action.documents);
        const after = { kept: await subjectSnapshot(tx, action.subject), split: await subjectSnapshot(tx, { kind: 'entity', id: newId }) };
        return log(tx, { actor, action: 'split', subject: action.subject, before, after, note: action.note, decision: { documents: action.documents, newId } });
      }
      case 'add-entity': {
        const { type, name, aliases, attributes } = action.entity;
        const id = await freeEntityId(tx, canonicalEntityId({ ...attributes, type, name } as Entity));
        await tx.insert(entities).values({ id, type, name, aliases, attributes, origin: 'analyst', searchText: [name, ...aliases].join(' ') });
        await fileKeys(tx, id, { type, name, aliases, attributes });
        const subject: ReviewSubject = { kind: 'entity', id };
        return log(tx, { actor, action: 'add-entity', subject, before: null, after: await subjectSnapshot(tx, subject), note: action.note });
      }
      case 'add-event': {
        const { participants, type, date = null, ...rest } = action.event;
        const countries = await participantCountries(tx, participants);
        const [{ count }] = await tx.select({ count: sql<number>`count(*)::int` }).from(events).where(eq(events.origin, 'analyst'));
        const id = `analyst-${count + 1}@${actor}`;
        const bounds = date ? partialDateBounds(date) : undefined;
        await tx.insert(events).values({
          id, type, date, dateStart: bounds?.start ?? null, dateEnd: bounds?.end ?? null, dateText: rest.dateText ?? null,
          format: rest.format ?? [], sectors: rest.sectors ?? [], stance: rest.stance ?? null, cameo: rest.cameo ?? null, origin: 'analyst',
        });
        await tx.insert(eventEntities).values(participants.map((entityId) => ({ eventId: id, entityId, role: 'participant' as const })));
        if (countries.length > 0) await tx.insert(eventCountries).values(countries.map((country) => ({ eventId: id, country })));
        const subject: ReviewSubject = { kind: 'event', id };
        return log(tx, { actor, action: 'add-event', subject, before: null, after: await subjectSnapshot(tx, subject), note: action.note });
      }
    }
  });
}

export async function readAuditLog(db: StoreDatabase, options: { subject?: ReviewSubject; limit?: number } = {}): Promise<AuditEntry[]> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(options.subject ? and(eq(auditLog.subjectKind, options.subject.kind), eq(auditLog.subjectId, options.subject.id)) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(options.limit ?? 100);
  return rows.map(auditEntry);
}

const undecided = (kind: ReviewSubject['kind'], id: SQLColumn) =>
  sql`not exists (select 1 from review_decisions d where d.subject_kind = ${kind} and d.subject_id = ${id})`;
type SQLColumn = typeof entities.id | typeof events.id;

async function entityItems(db: StoreDatabase, limit: number): Promise<ReviewItem[]> {
  const rows = await db
    .select({
      id: entities.id,
      type: entities.type,
      name: entities.name,
      documentCount: sql<number>`count(distinct ${entityMentions.documentId})::int`,
      countries: sql<number>`count(distinct ${entityMentions.attributes} ->> 'country')::int`,
      kinds: sql<number>`count(distinct nullif(${entityMentions.attributes} ->> 'kind', 'other'))::int`,
      periods: sql<number>`count(distinct ${entityMentions.attributes} -> 'period')::int`,
      confidence: sql<number | null>`min(${entityMentions.confidence})`,
      unplaced: sql<boolean>`bool_and(${entities.type} = 'person' and not (${entityMentions.attributes} ? 'country')
        and jsonb_array_length(coalesce(${entityMentions.attributes} -> 'roles', '[]'::jsonb)) = 0)`,
    })
    .from(entities)
    .innerJoin(entityMentions, eq(entityMentions.entityId, entities.id))
    .where(and(eq(entities.status, 'active'), undecided('entity', entities.id)))
    .groupBy(entities.id)
    .having(sql`count(distinct ${entityMentions.attributes} ->> 'country') > 1
      or count(distinct nullif(${entityMentions.attributes} ->> 'kind', 'other')) > 1
      or count(distinct ${entityMentions.attributes} -> 'period') > 1
      or min(${entityMentions.confidence}) < ${LOW_CONFIDENCE}
      or bool_and(${entities.type} = 'person' and not (${entityMentions.attributes} ? 'country')
        and jsonb_array_length(coalesce(${entityMentions.attributes} -> 'roles', '[]'::jsonb)) = 0)`)
    .orderBy(sql`count(distinct ${entityMentions.documentId}) desc`, entities.id)
    .limit(limit);
  return rows.map((row) => {
    const reasons: string[] = [];
    if (row.countries > 1) reasons.push(`sources give ${row.countries} different countries`);
    if (row.kinds > 1) reasons.push(`sources give ${row.kinds} different kinds`);
    if (row.periods > 1) reasons.push(`sources give ${row.periods} different periods`);
    if (row.confidence !== null && row.confidence < LOW_CONFIDENCE) reasons.push(`low extraction confidence (${row.confidence.toFixed(2)})`);
    if (row.unplaced) reasons.push('a person with no office and no country: perhaps not a person');
    return { subject: { kind: 'entity', id: row.id }, type: row.type, label: row.name, reasons, related: [], documentCount: row.documentCount };
  });
}

/** People filed under one surname who were kept apart: an analyst decides whether they are one. */
async function possibleDuplicates(db: StoreDatabase, limit: number): Promise<ReviewItem[]> {
  const groups = await db
    .select({ ids: sql<string[]>`array_agg(${entities.id} order by ${entities.id})` })
    .from(entityKeys)
    .innerJoin(entities, eq(entities.id, entityKeys.entityId))
    .where(and(sql`${entityKeys.key} like 'person|surname:%'`, eq(entities.status, 'active'), undecided('entity', entities.id)))
    .groupBy(entityKeys.key)
    .having(sql`count(*) > 1`)
    .limit(limit);
  const items: ReviewItem[] = [];
  for (const { ids } of groups) {
    const rows = await db.select().from(entities).where(inArray(entities.id, ids));
    const [first, ...others] = rows;
    const related = others.filter((other) => mayBeSamePerson(viewOfRow(first), viewOfRow(other))).map((other) => other.id);
    if (related.length === 0) continue;
    items.push({
      subject: { kind: 'entity', id: first.id }, type: first.type, label: first.name,
      reasons: [`may be the same person as ${related.join(', ')}`], related, documentCount: 0,
    });
  }
  return items;
}

async function eventItems(db: StoreDatabase, limit: number): Promise<ReviewItem[]> {
  const rows = await db
    .select({
      id: events.id,
      type: events.type,
      date: events.date,
      dateText: events.dateText,
      documentCount: sql<number>`count(distinct ${eventReports.documentId})::int`,
      dates: sql<number>`count(distinct ${eventReports.attributes} ->> 'date')::int`,
      confidence: sql<number | null>`min(${eventReports.confidence})`,
    })
    .from(events)
    .innerJoin(eventReports, eq(eventReports.eventId, events.id))
    .where(and(eq(events.status, 'active'), undecided('event', events.id)))
    .groupBy(events.id)
    .having(sql`count(distinct ${eventReports.attributes} ->> 'date') > 1 or ${events.date} is null or min(${eventReports.confidence}) < ${LOW_CONFIDENCE}`)
    .orderBy(sql`count(distinct ${eventReports.documentId}) desc`, events.id)
    .limit(limit);
  const participants = rows.length === 0 ? [] : await db
    .select({ eventId: eventEntities.eventId, name: entities.name })
    .from(eventEntities)
    .innerJoin(entities, eq(entities.id, eventEntities.entityId))
    .where(and(inArray(eventEntities.eventId, rows.map((row) => row.id)), eq(eventEntities.role, 'participant')))
    .orderBy(entities.type, entities.name);
  const who = (id: string) => participants.filter((participant) => participant.eventId === id).map((participant) => participant.name).slice(0, 4).join(', ');
  return rows.map((row) => {
    const reasons: string[] = [];
    if (row.dates > 1) reasons.push(`sources give ${row.dates} different dates`);
    if (row.date === null) reasons.push(row.dateText ? `date not resolved from "${row.dateText}"` : 'undated');
    if (row.confidence !== null && row.confidence < LOW_CONFIDENCE) reasons.push(`low extraction confidence (${row.confidence.toFixed(2)})`);
    return { subject: { kind: 'event', id: row.id }, type: row.type, label: `${row.type} ${row.date ?? 'undated'}: ${who(row.id) || 'no participant'}`, reasons, related: [], documentCount: row.documentCount };
  });
}

/** Sources that disagree come before facts that are merely thinly supported. */
function weakness(item: ReviewItem): number {
  return item.reasons.some((reason) => /different|same person/.test(reason)) ? 0 : 1;
}

export async function reviewQueue(db: StoreDatabase, options: { limit?: number } = {}): Promise<ReviewItem[]> {
  const limit = options.limit ?? DEFAULT_QUEUE_LIMIT;
  const items = [...(await entityItems(db, limit)), ...(await possibleDuplicates(db, limit)), ...(await eventItems(db, limit))];
  return items.sort((a, b) => weakness(a) - weakness(b) || b.documentCount - a.documentCount || a.subject.id.localeCompare(b.subject.id)).slice(0, limit);
}
