// Checks the store's invariant that each entity's attributes are what all its stored mentions
// say together (src/resolve/merge-attributes.ts), however and by whom they were stored.
import { isDeepStrictEqual } from 'node:util';
import type { EntityType } from '../../src/record/schema.ts';
import { type DatedReport, mergeAttributes } from '../../src/resolve/merge-attributes.ts';
import { mentionSource } from '../../src/store/write/entity-attributes.ts';

/** Runs one SQL statement and gives its rows: a pg client's query, or a drizzle database's execute of sql.raw. */
export type RunQuery = <Row>(text: string) => Promise<{ rows: Row[] }>;

/** The entities (countries aside) whose stored attributes differ from the merge of all their mentions, with both. */
export async function attributesAtOddsWithMentions(query: RunQuery): Promise<{ id: string; stored: unknown; merged: unknown }[]> {
  const stored = await query<{ id: string; type: EntityType; attributes: { [field: string]: unknown } }>(
    `select id, type, attributes from entities where type <> 'country' order by id`,
  );
  const mentions = await query<{ entity_id: string; document_id: string; local_id: string; attributes: { [field: string]: unknown }; published: string | null }>(
    `select m.entity_id, m.document_id, m.local_id, m.attributes, d.published::text as published
     from entity_mentions m join documents d on d.id = m.document_id`,
  );
  const reportsById = new Map<string, DatedReport[]>();
  for (const mention of mentions.rows) {
    const reports = reportsById.get(mention.entity_id) ?? [];
    reports.push({ attributes: mention.attributes, published: mention.published, source: mentionSource(mention.document_id, mention.local_id) });
    reportsById.set(mention.entity_id, reports);
  }
  return stored.rows
    // As stored: through JSON, which leaves out undefined fields.
    .map((entity) => ({ id: entity.id, stored: entity.attributes, merged: JSON.parse(JSON.stringify(mergeAttributes(entity.type, reportsById.get(entity.id) ?? []))) }))
    .filter(({ stored: attributes, merged }) => !isDeepStrictEqual(attributes, merged));
}
