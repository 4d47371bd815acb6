import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { extractRecord } from '../../extract/pipeline.ts';
import type { Article } from '../../read/article.ts';
import type { IngestJob } from '../../ingest/ingest-queue.ts';
import { pollDueFeeds, parseInterval } from '../../ingest/poll-feeds.ts';
import { feeds } from '../schema.ts';
import { storeBackends, withFreshStore } from '../../../test/support/store-backends.ts';
import { corpusArticle } from '../../../test/support/corpus-records.ts';
import { FEED_ETAG, rssFeed, startFeedServer } from '../../../test/support/feed-server.ts';

const RETOLD = `Kazakh Prime Minister Olzhas Bektenov held talks with his Azerbaijani counterpart Ali Asadov in Baku on Monday.
The two prime ministers discussed a new ferry line between Alat and Kuryk across the Caspian Sea.`;

for (const backend of storeBackends()) {
  describe(`team features of the store on ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.dispose());

    const withStore = (use: Parameters<typeof withFreshStore>[1]) => withFreshStore(backend, use);

    test('deleting a document removes the facts only it supports, keeps the rest with their other sources, and is audit-logged', () =>
      withStore(async (store) => {
        const seed = await corpusArticle('seed-001.txt');
        const article: Article = { file: 'retold.txt', outlet: 'Caspian Wire', published: '2025-03-04', language: 'en', body: RETOLD };
        const retold = { article, record: extractRecord(article) };
        await store.saveDocuments([seed, retold]);
        const meetingSources = async () => (await store.timeline('AZE', 'KAZ')).filter((event) => event.type === 'meeting' && event.date?.startsWith('2025-03')).map((event) => event.sources.length);
        assert.deepEqual(await meetingSources(), [2]);
        const onlyRetold = (await store.listEntities()).filter((entity) => entity.documentCount === 1 && (
          (entity.type === 'place' && /Kuryk|Alat/.test(entity.name))));
        assert.ok(onlyRetold.length > 0, 'the retold article names a place the seed does not');

        const summary = await store.deleteDocuments([retold.record.document.id], 'admin');
        assert.deepEqual(summary.documents, [retold.record.document.id]);
        assert.deepEqual(await meetingSources(), [1]);
        const remaining = new Set((await store.listEntities()).map((entity) => entity.id));
        for (const entity of onlyRetold) assert.equal(remaining.has(entity.id), false, `${entity.name} went with its only document`);
        assert.ok(remaining.has('person:ali-asadov'));
        const [asadov] = await store.findEntities('person:ali-asadov');
        assert.equal(asadov.documentCount, 1);
        const [entry] = await store.auditLog({ limit: 1 });
        assert.deepEqual({ action: entry.action, actor: entry.actor, subject: entry.subject }, { action: 'delete', actor: 'admin', subject: { kind: 'document', id: retold.record.document.id } });
      }));

    test('a token works until it is revoked, and then at once no more; only its hash is stored', () =>
      withStore(async (store, db) => {
        const account = await store.accounts.createAccount('vera', 'viewer');
        const { token, info } = await store.accounts.issueToken(account.id, { kind: 'api', label: 'laptop' });
        assert.equal((await store.accounts.authenticate(token))?.name, 'vera');
        assert.equal(await store.accounts.authenticate(`${token}x`), undefined);
        const stored = await db.execute(sql`select token_hash from account_tokens`);
        assert.doesNotMatch(JSON.stringify(stored), new RegExp(token));
        assert.equal(await store.accounts.revokeToken(info.id), true);
        assert.equal(await store.accounts.authenticate(token), undefined);
        await assert.rejects(store.accounts.createAccount('vera', 'admin'), /exists already/);
        assert.equal(await store.accounts.hasAdmin(), false);
      }));

    test('a session token expires', () =>
      withStore(async (store) => {
        const account = await store.accounts.createAccount('anna', 'analyst');
        const { token } = await store.accounts.issueToken(account.id, { kind: 'session', ttlSeconds: 1 });
        assert.equal((await store.accounts.authenticate(token))?.role, 'analyst');
        await new Promise((resolve) => setTimeout(resolve, 1100));
        assert.equal(await store.accounts.authenticate(token), undefined);
      }));

    test('a due feed is fetched and queued; the next poll sends its ETag and queues nothing on 304; a failing feed keeps its error', () =>
      withStore(async (store, db) => {
        const server = await startFeedServer(rssFeed(['Azerbaijan and Kazakhstan held talks in Baku.']));
        try {
          await store.feeds.addFeed(server.url, parseInterval('15m'));
          const queued: IngestJob[] = [];
          const enqueue = async (jobs: readonly IngestJob[]) => {
            queued.push(...jobs);
            return jobs.map((_, index) => String(index));
          };
          assert.equal((await pollDueFeeds(store.feeds, { fetch, enqueue })).length, 1);
          assert.equal(queued.length, 1);
          // Not due again for 15 minutes.
          assert.equal((await pollDueFeeds(store.feeds, { fetch, enqueue })).length, 0);
          const [feed] = await store.feeds.listFeeds();
          assert.equal(feed.etag, FEED_ETAG);
          assert.equal(feed.consecutiveErrors, 0);

          // Fifteen minutes later, as far as the schedule is concerned.
          await db.update(feeds).set({ nextPollAt: sql`now()` });
          assert.equal((await pollDueFeeds(store.feeds, { fetch, enqueue })).length, 1);
          assert.equal(server.requests.at(-1)?.ifNoneMatch, FEED_ETAG);
          assert.equal(queued.length, 1, 'an unchanged feed queues nothing');
          assert.match((await store.feeds.listFeeds())[0].lastStatus ?? '', /^304/);

          // What the first poll queued was lost (the embedded server stopped before ingesting it): fetched whole again, at once.
          await store.feeds.pollAgainInFull(server.url);
          assert.equal((await pollDueFeeds(store.feeds, { fetch, enqueue })).length, 1);
          assert.equal(server.requests.at(-1)?.ifNoneMatch, undefined);
          assert.equal(queued.length, 2);

          await store.feeds.addFeed('http://127.0.0.1:1/never.xml', 60);
          await pollDueFeeds(store.feeds, { fetch, enqueue });
          const broken = (await store.feeds.listFeeds()).find((f) => f.url.endsWith('never.xml'));
          assert.equal(broken?.consecutiveErrors, 1);
          assert.ok(broken?.lastError);
        } finally {
          await server.close();
        }
      }));
  });
}

test('an interval is read from 15m, 1h, 90s or 1d, and more often than a minute is refused', () => {
  assert.equal(parseInterval('15m'), 900);
  assert.equal(parseInterval('1h'), 3600);
  assert.equal(parseInterval('1d'), 86400);
  assert.throws(() => parseInterval('30s'), /too often/);
  assert.throws(() => parseInterval('soon'), /not an interval/);
});
