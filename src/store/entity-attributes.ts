// Keeps each knowledge-base entity's attributes equal to what all its reports say together
// (src/resolve/merge-attributes.ts). An analyst's corrections live in another column and are
// never touched here.
import { and, eq, ne, sql } from 'drizzle-orm';
import type { EntityType } from '../record/schema.ts';
import { type DatedReport, mergeAttributes } from '../resolve/merge-attributes.ts';
import type { StoreTransaction } from './database.ts';
import { isAnyOf } from './id-list.ts';
import { jsonParameter } from './json-parameter.ts';
import { documents, entities, entityMentions } from './schema.ts';
import { chunks } from './statement-chunks.ts';

export async function refreshEntityAttributes(tx: StoreTransaction, entityIds: readonly string[]): Promise<void> {
  const reportsById = new Map<string, { type: EntityType; reports: DatedReport[] }>();
  for (const idChunk of chunks(entityIds)) {
    const rows = await tx
      .select({ entityId: entityMentions.entityId, type: entities.type, attributes: entityMentions.attributes, published: documents.published })
      .from(entityMentions)
      .innerJoin(entities, eq(entities.id, entityMentions.entityId))
      .innerJoin(documents, eq(documents.id, entityMentions.documentId))
      // A country's attributes are its code, which no report changes.
      .where(and(isAnyOf(entityMentions.entityId, idChunk), ne(entities.type, 'country')));
    for (const row of rows) {
      const entry = reportsById.get(row.entityId) ?? { type: row.type as EntityType, reports: [] };
      entry.reports.push({ attributes: row.attributes, published: row.published });
      reportsById.set(row.entityId, entry);
    }
  }
  const updates = [...reportsById.entries()].map(([id, { type, reports }]) => ({ id, attributes: mergeAttributes(type, reports) }));
  for (const updateChunk of chunks(updates)) {
    await tx.execute(sql`
      update entities set attributes = merged.attributes
      from jsonb_to_recordset(${jsonParameter(updateChunk)}::jsonb) as merged(id text, attributes jsonb)
      -- Unchanged rows are left alone, and so not locked until commit.
      where entities.id = merged.id and entities.attributes is distinct from merged.attributes`);
  }
}
