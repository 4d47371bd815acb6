import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import pg from 'pg';
import { openPgBossQueue } from '../../queue/pg-boss-queue.ts';
import type { ArticleReport } from '../../../ingest/ingest-inputs.ts';
import { parseTextArticle } from '../../../read/text-article.ts';
import { DrizzleStore } from '../../../store/drizzle-store.ts';
import { type BilatProcess, killIfRunning, spawnBilat } from '../../../../test/support/bilat-process.ts';
import { runBilat as bilat } from '../../../../test/support/run-bilat.ts';
import { FEED_ETAG, rssFeed, startFeedServer } from '../../../../test/support/feed-server.ts';
import { attributesAtOddsWithMentions } from '../../../../test/support/attribute-consistency.ts';
import { reportCountsAtOddsWithMentions, storylessNearDuplicates } from '../../../../test/support/story-consistency.ts';
import { storeBackends } from '../../../../test/support/store-backends.ts';
import { generateSyntheticArticles, loadSentencePool } from '../../../../test/support/synthetic-articles.ts';

const DOCUMENT_COUNT = 2_000;
/** Of the documents, this many are exact copies (another file name, the same text) of others. */
const COPY_COUNT = 100;
const SENTENCES_AFTER_LEAD = 4;
const DRAIN_LIMIT_MS = 150_000;

describe('bilat worker', () => {
  test('--help teaches how to run workers and how to stop them', async () => {
    const run = await bilat('worker', '--help');
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^Usage: bilat worker/);
    assert.match(run.stdout, /--database-url URL/);
    assert.match(run.stdout, /--concurrency N/);
    assert.match(run.stdout, /SIGTERM/);
    assert.match(run.stdout, /bilat ingest --failed/);
  });

  test('without a PostgreSQL database it says what to give', async () => {
    const saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    try {
      const missing = await bilat('worker');
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /give --database-url postgres:\/\/… or set DATABASE_URL/);
    } finally {
      if (saved !== undefined) process.env.DATABASE_URL = saved;
    }
    const notPostgres = await bilat('worker', '--database-url', './kb');
    assert.equal(notPostgres.code, 2);
    assert.match(notPostgres.stderr, /wants a postgres:\/\/ URL/);
    assert.equal((await bilat('worker', '--database-url', 'postgres://x/y', '--concurrency', '0')).code, 2);
  });

  test('ingest --queue on the embedded database says it needs PostgreSQL', async () => {
    const run = await bilat('ingest', 'news/', '--queue', '--db', join(tmpdir(), 'bilat-no-such-kb'));
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--queue hands the inputs to workers sharing a PostgreSQL knowledge base/);
  });
});

const postgres = storeBackends()[1];

describe('two worker processes', { skip: postgres.skip }, () => {
  let corpus: string;
  /** The SHA-256 of each distinct body among the files. */
  let distinctBodies: Set<string>;
  before(async () => {
    corpus = await mkdtemp(join(tmpdir(), 'bilat-workers-'));
    const originals = generateSyntheticArticles(await loadSentencePool(), DOCUMENT_COUNT - COPY_COUNT, { seed: 11, maxSentences: SENTENCES_AFTER_LEAD });
    const copies = originals.slice(0, COPY_COUNT).map((article, index) => ({ name: `copy-${String(index).padStart(3, '0')}-${article.name}`, text: article.text }));
    distinctBodies = new Set();
    for (const article of [...originals, ...copies]) {
      await writeFile(join(corpus, article.name), article.text);
      distinctBodies.add(createHash('sha256').update(parseTextArticle(article.text, article.name).body).digest('hex'));
    }
  });
  after(async () => {
    await rm(corpus, { recursive: true, force: true });
    await postgres.dispose();
  });

  test(`share ${DOCUMENT_COUNT} queued documents: each stored exactly once, none lost, copies found as duplicates, nothing failed`, async (t) => {
    const { location: url, connect, remove } = await postgres.freshLocation();
    const workers: BilatProcess[] = [];
    try {
      const started = Date.now();
      const queued = await spawnBilat(['ingest', corpus, '--queue', '--db', url]).finished;
      assert.equal(queued.code, 0, queued.stderr);
      assert.match(queued.stdout, new RegExp(`Queued ${DOCUMENT_COUNT.toLocaleString('en-US').replace(',', ',?')} inputs`));

      workers.push(spawnBilat(['worker', '--database-url', url]), spawnBilat(['worker', '--database-url', url]));
      const queue = await openPgBossQueue(url);
      try {
        const deadline = Date.now() + DRAIN_LIMIT_MS;
        while ((await queue.pendingCount()) > 0) {
          assert.ok(Date.now() < deadline, `jobs still pending after ${DRAIN_LIMIT_MS / 1000} s`);
          assert.ok(workers.every(({ child }) => child.exitCode === null), 'a worker exited before the queue was drained');
          await delay(250);
        }
        assert.deepEqual(await queue.failedJobs(), []);
      } finally {
        await queue.close();
      }
      const drainedAfter = (Date.now() - started) / 1000;

      for (const { child } of workers) child.kill('SIGTERM');
      const runs = await Promise.all(workers.map(({ finished }) => finished));
      for (const run of runs) {
        assert.equal(run.code, 0, run.stderr);
        assert.match(run.stdout, /SIGTERM: stopping once the batches in hand are stored/);
        assert.match(run.stdout, /^batch of \d+ in /m, 'each worker took batches');
      }

      const connection = await connect();
      const store = new DrizzleStore(connection);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ sha256: string; copies: number }>('select sha256, count(*)::int as copies from documents group by sha256');
        assert.equal(rows.length, distinctBodies.size, 'one document per distinct text');
        assert.ok(rows.every((row) => row.copies === 1));
        assert.deepEqual(new Set(rows.map((row) => row.sha256)), distinctBodies, 'no text lost');
        assert.deepEqual(await store.listFailures(), []);

        const jobs = await client.query<{ state: string; output: { articles?: ArticleReport[] } | null }>(`select state::text, output from pgboss.job where name = 'bilat-ingest'`);
        assert.equal(jobs.rows.length, DOCUMENT_COUNT);
        assert.ok(jobs.rows.every((job) => job.state === 'completed'));
        const outcomes = jobs.rows.flatMap((job) => job.output?.articles ?? []).map((report) => report.outcome);
        assert.equal(outcomes.length, DOCUMENT_COUNT);
        assert.equal(outcomes.filter((outcome) => outcome === 'duplicate').length, DOCUMENT_COUNT - distinctBodies.size, 'every copy, and only copies, found as duplicates');
        // Both workers added reports of the same people and instruments; neither's were lost.
        assert.deepEqual(await attributesAtOddsWithMentions(async <Row>(text: string) => (await client.query(text)) as unknown as { rows: Row[] }), []);
        // Near-duplicates the two workers stored at once are in one story, and each entity's counts are those of its mentions.
        assert.deepEqual(await storylessNearDuplicates(connection.db), []);
        assert.deepEqual(await reportCountsAtOddsWithMentions(connection.db), []);
      } finally {
        await client.end();
        await store.close();
      }
      const counted = runs.map((run) => Number(/Stopped after (\d+) jobs/.exec(run.stdout)?.[1]));
      assert.equal(counted[0] + counted[1], DOCUMENT_COUNT, `the workers took ${counted.join(' and ')} jobs`);
      t.diagnostic(`${DOCUMENT_COUNT} documents queued and ingested by two workers in ${drainedAfter.toFixed(1)} s (${counted.join(' + ')} jobs)`);
    } finally {
      workers.forEach(killIfRunning);
      await remove();
    }
  });
});

const FEED_ITEMS = [
  'Azerbaijan and Kazakhstan held talks in Baku on a ferry line across the Caspian Sea.',
  'Uzbekistan and Turkmenistan signed an agreement on the transit of natural gas.',
];

describe('a worker and the feeds', { skip: postgres.skip }, () => {
  after(() => postgres.dispose());

  test('a worker polls a feed added with "bilat feeds add", queues it and ingests its items', async () => {
    const server = await startFeedServer(rssFeed(FEED_ITEMS));
    const { location: url, remove } = await postgres.freshLocation();
    let worker: BilatProcess | undefined;
    const client = new pg.Client({ connectionString: url });
    // The feed is on this machine, which bilat fetches from only when an administrator allows it.
    process.env.BILAT_ALLOW_NETWORKS = '127.0.0.1';
    try {
      const added = await bilat('feeds', 'add', server.url, '--every', '15m', '--database-url', url);
      assert.equal(added.code, 0, added.stderr);
      worker = spawnBilat(['worker', '--database-url', url]);
      await client.connect();
      const deadline = Date.now() + 60_000;
      const count = async () => (await client.query<{ n: number }>('select count(*)::int as n from documents')).rows[0]!.n;
      while ((await count()) < FEED_ITEMS.length) {
        assert.ok(Date.now() < deadline, 'the feed\'s items were not ingested within a minute');
        assert.equal(worker.child.exitCode, null, 'the worker exited');
        await delay(250);
      }
      worker.child.kill('SIGTERM');
      const run = await worker.finished;
      assert.equal(run.code, 0, run.stderr);
      assert.ok(run.stdout.includes(`feed ${server.url}: 200 OK, queued`), run.stdout);
      assert.equal(server.requests.length, 1, 'polled once: the feed is not due again for 15 minutes');
      const listed = await bilat('feeds', 'list', '--json', '--database-url', url);
      const [feed] = JSON.parse(listed.stdout) as { etag: string; lastStatus: string }[];
      assert.equal(feed?.etag, FEED_ETAG);
      assert.match(feed?.lastStatus ?? '', /^200/);
    } finally {
      delete process.env.BILAT_ALLOW_NETWORKS;
      if (worker) killIfRunning(worker);
      await client.end().catch(() => undefined);
      await server.close();
      await remove();
    }
  });
});
