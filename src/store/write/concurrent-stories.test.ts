import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import { extractRecord } from '../../extract/pipeline.ts';
import { corpusArticle } from '../../../test/support/corpus-records.ts';
import { storeBackends } from '../../../test/support/store-backends.ts';
import { reportCountsAtOddsWithMentions, storylessNearDuplicates } from '../../../test/support/story-consistency.ts';
import { DrizzleStore } from '../drizzle-store.ts';
import type { ExtractedArticle } from '../store.ts';

const postgres = storeBackends()[1];
const WAIT_LIMIT_MS = 30_000;

/** The seed's wire story as another outlet ran it. */
async function retold(outlet: string): Promise<ExtractedArticle> {
  const seed = await corpusArticle('seed-001.txt');
  const article = { ...seed.article, file: `${outlet}.txt`, outlet, body: `${seed.article.body.replaceAll('News.Az', outlet)}\n\n${outlet} staff contributed.` };
  return { article, record: extractRecord(article) };
}

/** Waits until `count` of the database's connections wait for a lock on the entities table. */
async function waitingOnEntities(client: pg.Client, count: number): Promise<void> {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  for (;;) {
    const { rows } = await client.query<{ waiting: number }>(
      `select count(*)::int as waiting from pg_locks l join pg_class c on c.oid = l.relation
       where c.relname = 'entities' and not l.granted and l.database = (select oid from pg_database where datname = current_database())`,
    );
    if (rows[0]!.waiting >= count) return;
    assert.ok(Date.now() < deadline, `only ${rows[0]!.waiting} of ${count} ingests reached the entities table within ${WAIT_LIMIT_MS / 1000} s`);
    await delay(50);
  }
}

// Two ingests in flight together need two connections to one server: PGlite has one.
describe('ingests in flight together on PostgreSQL', { skip: postgres.skip }, () => {
  after(() => postgres.dispose());

  test('two near-duplicates stored at once, neither seeing the other, end in one story, each entity counted in it once', async () => {
    const { location, connect, remove } = await postgres.freshLocation();
    const [first, second] = [new DrizzleStore(await connect()), new DrizzleStore(await connect())];
    const checking = await connect();
    const blocker = new pg.Client({ connectionString: location });
    await blocker.connect();
    try {
      // Holding the entities table stops each ingest after it has assigned its stories and before it commits.
      await blocker.query('begin');
      await blocker.query('lock table entities in share mode');
      const [wire, paper] = [await retold('Caspian Wire'), await retold('Steppe Daily')];
      const saving = Promise.all([first.saveDocuments([wire]), second.saveDocuments([paper])]);
      await waitingOnEntities(blocker, 2);
      await blocker.query('commit');
      const [[wireResult], [paperResult]] = await saving;
      assert.deepEqual([wireResult.outcome, paperResult.outcome], ['new', 'new'], 'neither saw the other when it assigned stories');

      const stories = await first.listDocuments();
      assert.equal(stories.total, 2);
      const storyIds = new Set(stories.documents.map((document) => document.storyId));
      assert.equal(storyIds.size, 1, `the two are in ${storyIds.size} stories`);
      assert.ok(!storyIds.has(null));
      assert.deepEqual(await storylessNearDuplicates(checking.db), []);
      assert.deepEqual(await reportCountsAtOddsWithMentions(checking.db), []);
      const [asadov] = (await first.listEntities({ type: 'person' })).filter((person) => person.name === 'Ali Asadov');
      assert.deepEqual([asadov?.documentCount, asadov?.storyCount], [2, 1]);
    } finally {
      await blocker.end();
      await checking.close();
      await first.close();
      await second.close();
      await remove();
    }
  });
});
