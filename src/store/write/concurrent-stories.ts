// Near-duplicates stored at the same time by two ingests (two workers' batches in flight
// together) cannot see each other while their stories are assigned, and each would stay a story
// of its own. So an ingest notes its snapshot before it assigns stories and, once committed,
// looks at the documents other ingests committed that the snapshot did not show: those that are
// near-duplicates of its own get the story one ingest after the other would have given them.
import { sql } from 'drizzle-orm';
import { type Fingerprinted, fingerprintedDocuments, nearDuplicateSimilarity } from './assign-stories.ts';
import type { StoreDatabase, StoreTransaction } from '../database.ts';
import { advanceRevision } from './store-revision.ts';
import { idArray } from '../id-list.ts';

/** What an ingest saw: its snapshot and its own transaction, as PostgreSQL writes them. */
export interface IngestSnapshot {
  snapshot: string;
  transaction: string;
}

/** Deadlock and serialization failures: another ingest was moving the same documents; trying again sees what it did. */
const RETRIED_ERRORS = new Set(['40P01', '40001']);
const ATTEMPTS = 3;

/** The rows of a raw statement; drizzle types them only per driver. */
async function rowsOf<Row>(statement: PromiseLike<unknown>): Promise<Row[]> {
  return ((await statement) as { rows: Row[] }).rows;
}

export async function ingestSnapshot(tx: StoreTransaction): Promise<IngestSnapshot> {
  const [row] = await rowsOf<IngestSnapshot>(tx.execute(sql`select pg_current_snapshot()::text as snapshot, pg_current_xact_id()::text as transaction`));
  return row!;
}

/** Documents committed by other transactions that the snapshot did not show. */
async function storedUnseen(db: StoreDatabase, seen: IngestSnapshot): Promise<string[]> {
  const rows = await rowsOf<{ id: string }>(db.execute(sql`
    select id from documents
    where writer_transaction >= pg_snapshot_xmin(${seen.snapshot}::pg_snapshot)
      and writer_transaction <> ${seen.transaction}::xid8
      and not pg_visible_in_snapshot(writer_transaction, ${seen.snapshot}::pg_snapshot)`));
  return rows.map(({ id }) => id);
}

/** Near-duplicate pairs: a document of the ingest's and one it did not see. */
function nearDuplicatePairs(own: readonly Fingerprinted[], unseen: readonly Fingerprinted[]): [string, string][] {
  return own.flatMap((document) => unseen.flatMap((other): [string, string][] => (nearDuplicateSimilarity(document, other) === undefined ? [] : [[document.id, other.id]])));
}

/**
 * Gives each pair the story one ingest after the other would have: a document without a story
 * joins the other's, two without one start one together; two stories already told apart stay
 * apart, as they would have. The paired documents are locked first, in id order, and their
 * stories read again, so that two ingests joining the same pair do it once. An entity that a
 * joining document and the story's others both mention is counted in one story fewer.
 */
async function joinStories(tx: StoreTransaction, pairs: readonly [string, string][]): Promise<void> {
  const locked = await rowsOf<{ id: string; story_id: number | null }>(tx.execute(sql`
    select id, story_id from documents where id = any(${idArray(pairs.flat())}) order by id for update`));
  const storyOf = new Map(locked.map(({ id, story_id: story }) => [id, story]));
  for (const [own, other] of pairs) {
    const [ownStory, otherStory] = [storyOf.get(own) ?? null, storyOf.get(other) ?? null];
    if (ownStory !== null && otherStory !== null) continue;
    const story = ownStory ?? otherStory ?? (await rowsOf<{ id: number }>(tx.execute(sql`insert into stories default values returning id`)))[0]!.id;
    const joining = [own, other].filter((id) => storyOf.get(id) === null);
    // A document without a story counts as a story of its own.
    await tx.execute(sql`
      update entities set story_count = story_count - (counted.stories - 1)
      from (
        select m.entity_id, count(distinct coalesce(d.story_id::text, d.id))::int as stories
        from entity_mentions m join documents d on d.id = m.document_id
        where d.id = any(${idArray(joining)}) or d.story_id = ${story}
        group by m.entity_id) as counted
      where entities.id = counted.entity_id and counted.stories > 1`);
    await tx.execute(sql`update documents set story_id = ${story} where id = any(${idArray(joining)})`);
    for (const id of joining) storyOf.set(id, story);
  }
}

function errorCode(error: unknown): string | undefined {
  const cause = error instanceof Error && error.cause ? error.cause : error;
  return typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
}

/** After the ingest of `ownIds` committed: joins the stories of its near-duplicates among the documents it could not see. */
export async function joinConcurrentStories(db: StoreDatabase, ownIds: readonly string[], seen: IngestSnapshot): Promise<void> {
  if (ownIds.length === 0) return;
  for (let attempt = 1; ; attempt++) {
    try {
      const unseenIds = await storedUnseen(db, seen);
      if (unseenIds.length === 0) return;
      await db.transaction(async (tx) => {
        const pairs = nearDuplicatePairs(await fingerprintedDocuments(tx, ownIds), await fingerprintedDocuments(tx, unseenIds));
        if (pairs.length > 0) {
          await joinStories(tx, pairs);
          await advanceRevision(tx);
        }
      });
      return;
    } catch (error) {
      if (attempt >= ATTEMPTS || !RETRIED_ERRORS.has(errorCode(error) ?? '')) throw error;
    }
  }
}
