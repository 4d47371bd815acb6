// Keeps each knowledge-base entity's attributes equal to what all its reports say together
// (src/resolve/merge-attributes.ts). Ingest adds a batch's reports to the entity's stored
// tally; merge, split and deletion, which are rare, tally all its reports again. An analyst's
// corrections live in another column and are never touched here.
//
// The entity rows are locked, in id order, before their tallies are read: two workers adding
// reports of one entity then add them one after the other, and neither's are lost.
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { EntityType } from '../../record/schema.ts';
import { type AttributeTally, type DatedReport, attributesFromTally, combineTallies, tallyReports } from '../../resolve/merge-attributes.ts';
import type { StoreTransaction } from '../database.ts';
import { isAnyOf } from '../id-list.ts';
import { jsonParameter } from '../json-parameter.ts';
import { documents, entities, entityMentions } from '../schema.ts';
import { chunks } from '../statement-chunks.ts';

/** One mention of a knowledge-base entity, as a report of its attributes. */
export interface EntityReport {
  entityId: string;
  report: DatedReport;
}

interface LockedEntity {
  type: EntityType;
  tally: AttributeTally | null;
}

/** The position a mention takes among reports published on the same day; the same whether the mention is new or read back. */
export function mentionSource(documentId: string, localId: string): string {
  return `${documentId}/${localId}`;
}

/** Locks the rows of the entities that are not countries (a country's attributes are its code, which no report changes). */
async function lockEntities(tx: StoreTransaction, entityIds: readonly string[]): Promise<Map<string, LockedEntity>> {
  const locked = new Map<string, LockedEntity>();
  for (const idChunk of chunks([...new Set(entityIds)].sort())) {
    const rows = await tx
      .select({ id: entities.id, type: entities.type, tally: entities.attributeTally })
      .from(entities)
      .where(and(isAnyOf(entities.id, idChunk), ne(entities.type, 'country')))
      .orderBy(asc(entities.id))
      .for('update');
    for (const row of rows) locked.set(row.id, { type: row.type as EntityType, tally: row.tally });
  }
  return locked;
}

/** Every stored report of the given entities, tallied per entity. */
async function tallyStoredReports(tx: StoreTransaction, entityIds: readonly string[]): Promise<Map<string, AttributeTally>> {
  const reportsById = new Map<string, DatedReport[]>(entityIds.map((id) => [id, []]));
  for (const idChunk of chunks(entityIds)) {
    const rows = await tx
      .select({ entityId: entityMentions.entityId, documentId: entityMentions.documentId, localId: entityMentions.localId, attributes: entityMentions.attributes, published: documents.published })
      .from(entityMentions)
      .innerJoin(documents, eq(documents.id, entityMentions.documentId))
      .where(isAnyOf(entityMentions.entityId, idChunk));
    for (const row of rows) {
      reportsById.get(row.entityId)?.push({ attributes: row.attributes, published: row.published, source: mentionSource(row.documentId, row.localId) });
    }
  }
  return new Map([...reportsById].map(([id, reports]) => [id, tallyReports(reports)]));
}

/** An entity's tally of all its reports and the attributes merged from it, to be written to its row. */
export interface TalliedEntity {
  id: string;
  tally: AttributeTally;
  attributes: { [field: string]: unknown };
}

function talliedEntities(locked: Map<string, LockedEntity>, tallies: Map<string, AttributeTally>): TalliedEntity[] {
  return [...tallies].map(([id, tally]) => {
    const type = locked.get(id)?.type;
    if (!type) throw new Error(`entity ${id}'s tally was computed without its row being locked`);
    return { id, tally, attributes: attributesFromTally(type, tally) };
  });
}

async function writeTallies(tx: StoreTransaction, updates: readonly TalliedEntity[]): Promise<void> {
  for (const updateChunk of chunks(updates)) {
    await tx.execute(sql`
      update entities set attribute_tally = merged.tally, attributes = merged.attributes
      from jsonb_to_recordset(${jsonParameter(updateChunk)}::jsonb) as merged(id text, tally jsonb, attributes jsonb)
      where entities.id = merged.id
        and (entities.attribute_tally is distinct from merged.tally or entities.attributes is distinct from merged.attributes)`);
  }
}

/** Tallies all the reports of the given entities again; for merge, split and deletion. */
export async function refreshEntityAttributes(tx: StoreTransaction, entityIds: readonly string[]): Promise<void> {
  const locked = await lockEntities(tx, entityIds);
  await writeTallies(tx, talliedEntities(locked, await tallyStoredReports(tx, [...locked.keys()])));
}

/**
 * Adds newly stored mentions to their entities' tallies, and answers what to write to the rows,
 * which ingest writes with the entities' report counts (src/store/write/entity-report-counts.ts)
 * in one update of each row. An entity without a tally yet (stored before tallies were kept) is
 * tallied from all its stored mentions, these included.
 */
export async function tallyNewReports(tx: StoreTransaction, reports: readonly EntityReport[]): Promise<TalliedEntity[]> {
  const locked = await lockEntities(tx, reports.map(({ entityId }) => entityId));
  const untallied = [...locked].filter(([, entity]) => entity.tally === null).map(([id]) => id);
  const tallies = await tallyStoredReports(tx, untallied);
  const added = new Map<string, { stored: AttributeTally; reports: DatedReport[] }>();
  for (const { entityId, report } of reports) {
    const stored = locked.get(entityId)?.tally;
    if (!stored) continue;
    const entry = added.get(entityId) ?? { stored, reports: [] };
    entry.reports.push(report);
    added.set(entityId, entry);
  }
  for (const [id, { stored, reports: newReports }] of added) tallies.set(id, combineTallies(stored, tallyReports(newReports)));
  return talliedEntities(locked, tallies);
}
