// Checks two invariants of stored stories, however and by whom the documents were stored: no
// two near-duplicates are both without a story (whichever came second would have joined the
// first, or a story of a closer one), and each entity's report counts are what counting all its
// mentions again gives.
import { sql } from 'drizzle-orm';
import { fingerprintedDocuments, nearDuplicateSimilarity } from '../../src/store/write/assign-stories.ts';
import type { StoreDatabase } from '../../src/store/database.ts';
import { refreshEntityReportCounts } from '../../src/store/write/entity-report-counts.ts';
import { entities } from '../../src/store/schema.ts';

/** Pairs of near-duplicates neither of which is in a story. */
export async function storylessNearDuplicates(db: StoreDatabase): Promise<[string, string][]> {
  const candidates = (await db.execute(sql`
    select distinct own.document_id as own, other.document_id as other
    from document_bands own
    join documents d on d.id = own.document_id and d.story_id is null
    join document_bands other on other.band_key = own.band_key and other.document_id > own.document_id
    join documents e on e.id = other.document_id and e.story_id is null`)) as unknown as { rows: { own: string; other: string }[] };
  const ids = [...new Set(candidates.rows.flatMap(({ own, other }) => [own, other]))];
  const fingerprinted = new Map((await db.transaction((tx) => fingerprintedDocuments(tx, ids))).map((document) => [document.id, document]));
  return candidates.rows
    .filter(({ own, other }) => nearDuplicateSimilarity(fingerprinted.get(own)!, fingerprinted.get(other)!) !== undefined)
    .map(({ own, other }) => [own, other]);
}

/**
 * The entities whose report counts differ from a count of all their mentions, with both. The
 * recount is written in a transaction that is rolled back, so the store is left as it was.
 */
export async function reportCountsAtOddsWithMentions(db: StoreDatabase): Promise<{ id: string; stored: unknown; recounted: unknown }[]> {
  const columns = { id: entities.id, documents: entities.documentCount, stories: entities.storyCount, mentions: entities.mentionCount, first: entities.firstReported };
  const stored = await db.select(columns).from(entities).orderBy(entities.id);
  let recounted: typeof stored = [];
  const rolledBack = new Error('recount rolled back');
  await db.transaction(async (tx) => {
    await refreshEntityReportCounts(tx, stored.map(({ id }) => id));
    recounted = await tx.select(columns).from(entities).orderBy(entities.id);
    throw rolledBack;
  }).catch((error: unknown) => {
    if (error !== rolledBack) throw error;
  });
  const recountedById = new Map(recounted.map((row) => [row.id, row]));
  return stored
    .map((row) => ({ id: row.id, stored: row, recounted: recountedById.get(row.id) }))
    .filter(({ stored: before, recounted: after }) => JSON.stringify(before) !== JSON.stringify(after));
}
