// How much each entity is reported (documents, stories, mentions, first publication), kept on
// the entity itself. Listings, search and the dashboard read these on every request; counting
// a country's thousands of mentions each time made a pair's entity listing take 100–200 ms on
// 10,000 documents. Called wherever mentions change: ingest, merge, split, deletion.
import { sql } from 'drizzle-orm';
import type { StoreTransaction } from './database.ts';
import { idArray } from './id-list.ts';

export async function refreshEntityReportCounts(tx: StoreTransaction, entityIds: readonly string[]): Promise<void> {
  if (entityIds.length === 0) return;
  await tx.execute(sql`
    update entities set
      document_count = counted.documents, story_count = counted.stories, mention_count = counted.mentions,
      first_reported = counted.first_reported
    from unnest(${idArray(new Set(entityIds))}) as touched(id)
    cross join lateral (
      select count(distinct m.document_id)::int as documents,
        count(distinct coalesce(d.story_id::text, d.id))::int as stories,
        coalesce(sum(jsonb_array_length(m.spans)), 0)::int as mentions,
        -- An undated document counts as known at any date.
        min(coalesce(d.published, '-infinity'::date)) as first_reported
      from entity_mentions m join documents d on d.id = m.document_id
      where m.entity_id = touched.id) as counted
    where entities.id = touched.id`);
}
