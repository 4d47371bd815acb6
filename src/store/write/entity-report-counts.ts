// How much each entity is reported (documents, stories, mentions, first publication), kept on
// the entity itself. Listings, search and the dashboard read these on every request; counting
// a country's thousands of mentions each time made a pair's entity listing take 100–200 ms on
// 10,000 documents. Ingest adds its new documents to the counts; merge, split and deletion,
// which are rare, count the entities they touch again from all their mentions.
import { sql } from 'drizzle-orm';
import type { StoreTransaction } from '../database.ts';
import { idArray } from '../id-list.ts';
import { jsonParameter } from '../json-parameter.ts';
import { chunks } from '../statement-chunks.ts';
import type { TalliedEntity } from './entity-attributes.ts';

/** Counts the given entities again from all their mentions. */
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

/**
 * Adds newly stored documents (their mentions written, their stories assigned) to the counts
 * of the entities they mention, `entityIds` (every one of them), and writes with the counts the
 * entities' attributes tallied anew (src/store/write/entity-attributes.ts): each entity's row
 * is updated once a batch, not once for its attributes and again for its counts. A new
 * document adds a story unless the entity is already reported by an older document of the
 * same story.
 */
export async function countNewDocuments(
  tx: StoreTransaction,
  documentIds: readonly string[],
  entityIds: Iterable<string>,
  tallied: readonly TalliedEntity[],
): Promise<void> {
  if (documentIds.length === 0) return;
  const talliedById = new Map(tallied.map((entity) => [entity.id, entity]));
  const entities = [...new Set([...entityIds, ...talliedById.keys()])].sort().map((id) => talliedById.get(id) ?? { id });
  const newDocuments = idArray(documentIds);
  for (const entityChunk of chunks(entities)) {
    await tx.execute(sql`
      with given as (
        select * from jsonb_to_recordset(${jsonParameter(entityChunk)}::jsonb) as given(id text, tally jsonb, attributes jsonb)),
      fresh as (
        select m.entity_id, m.document_id, d.story_id, m.spans, coalesce(d.published, '-infinity'::date) as published
        from entity_mentions m join documents d on d.id = m.document_id
        where m.document_id = any(${newDocuments}) and m.entity_id in (select id from given)),
      stories_told_before as (
        select distinct om.entity_id, older.story_id
        from documents older join entity_mentions om on om.document_id = older.id
        where older.story_id in (select story_id from fresh) and older.id <> all(${newDocuments})
          and om.entity_id in (select entity_id from fresh where story_id is not null)),
      added as (
        select f.entity_id,
          count(distinct f.document_id)::int as documents,
          count(distinct coalesce(f.story_id::text, f.document_id)) filter (where told.entity_id is null)::int as stories,
          sum(jsonb_array_length(f.spans))::int as mentions,
          min(f.published) as first_reported
        from fresh f left join stories_told_before told on told.entity_id = f.entity_id and told.story_id = f.story_id
        group by f.entity_id)
      update entities set
        document_count = document_count + coalesce(added.documents, 0), story_count = story_count + coalesce(added.stories, 0),
        mention_count = mention_count + coalesce(added.mentions, 0), first_reported = least(entities.first_reported, added.first_reported),
        attribute_tally = coalesce(given.tally, entities.attribute_tally), attributes = coalesce(given.attributes, entities.attributes)
      from given left join added on added.entity_id = given.id
      where entities.id = given.id`);
  }
}
