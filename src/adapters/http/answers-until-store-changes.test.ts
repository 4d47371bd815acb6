import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { buildServer } from './server.ts';
import { ingestGivenInputs } from '../../ingest/ingest-inputs.ts';
import type { Store } from '../../store/store.ts';
import { storeBackends } from '../../../test/support/store-backends.ts';
import { corpusArticle } from '../../../test/support/corpus-records.ts';

const RETOLD = `Kazakh Prime Minister Olzhas Bektenov held talks with Azerbaijani Prime Minister Ali Asadov in Astana on 12 May 2025.
The two prime ministers discussed rail freight and a new ferry line across the Caspian Sea.`;

for (const backend of storeBackends()) {
  describe(`answers kept until the store changes, on ${backend.name}`, { skip: backend.skip }, () => {
    let app: FastifyInstance;
    let store: Store;

    before(async () => {
      ({ store } = await backend.freshStore());
      await store.saveDocuments([await corpusArticle('seed-000.txt'), await corpusArticle('seed-001.txt')]);
      app = await buildServer({ store });
    });
    after(async () => {
      await app.close();
      await store.close();
      await backend.dispose();
    });

    const get = (url: string, etag?: string) => app.inject({ method: 'GET', url, headers: etag ? { 'if-none-match': etag } : {} });

    test('a pair\'s report is tagged; the tag sent back is answered 304 with no body, and the same answer is given again under the same tag', async () => {
      const first = await get('/api/dyads/AZE/KAZ');
      assert.equal(first.statusCode, 200);
      const etag = first.headers.etag as string;
      assert.match(etag, /^W\/"[^"]+"$/);
      assert.equal(first.headers['cache-control'], 'private, no-cache');

      const revalidated = await get('/api/dyads/AZE/KAZ', etag);
      assert.equal(revalidated.statusCode, 304);
      assert.equal(revalidated.body, '');
      assert.equal(revalidated.headers.etag, etag);

      const again = await get('/api/dyads/AZE/KAZ');
      assert.equal(again.headers.etag, etag);
      assert.equal(again.body, first.body);
      assert.equal(again.headers['content-type'], first.headers['content-type']);
    });

    test('a client that accepts gzip gets the answer gzipped, when first read and when kept; one that does not, the same answer plain', async () => {
      const url = '/api/entities?a=AZE&b=KAZ';
      const gzipped = async () => {
        const answer = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
        assert.equal(answer.statusCode, 200);
        assert.equal(answer.headers['content-encoding'], 'gzip');
        assert.equal(answer.headers.vary, 'accept-encoding');
        return answer;
      };
      const first = await gzipped();
      const kept = await gzipped();
      assert.deepEqual(kept.rawPayload, first.rawPayload);
      const plain = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip;q=0, identity' } });
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.equal(gunzipSync(first.rawPayload).toString(), plain.body);
      assert.ok(plain.json().length > 0, 'the pair has entities');
      assert.ok(first.rawPayload.length < plain.rawPayload.length / 2, `${first.rawPayload.length} bytes gzipped, ${plain.rawPayload.length} plain`);
      assert.equal(plain.headers.etag, first.headers.etag, 'one tag for both');
      assert.equal((await get(url, plain.headers.etag as string)).statusCode, 304);
    });

    test('a new document, a review decision and a deletion each give new answers under a new tag', async () => {
      const before = await get('/api/dyads/AZE/KAZ/timeline');
      const brief = await get('/api/dyads/AZE/KAZ/brief?format=md');
      assert.equal(brief.statusCode, 200);

      const [ingested] = await ingestGivenInputs(store, [{ input: 'retold.txt', bytes: Buffer.from(RETOLD) }]);
      assert.ok(ingested.documentId, JSON.stringify(ingested));
      const after = await get('/api/dyads/AZE/KAZ/timeline', before.headers.etag as string);
      assert.equal(after.statusCode, 200, 'the old tag no longer holds');
      assert.notEqual(after.headers.etag, before.headers.etag);
      assert.ok(after.json().length > before.json().length, 'the new meeting is in the timeline');
      assert.equal((await get('/api/dyads/AZE/KAZ/brief?format=md', brief.headers.etag as string)).statusCode, 200);

      const [person] = (await get('/api/entities?type=person&a=AZE&b=KAZ')).json() as { id: string }[];
      const entityPage = await get(`/api/entities/${person.id}`);
      await store.applyReview({ action: 'reject', subject: { kind: 'entity', id: person.id } }, 'tester');
      const rejected = await get(`/api/entities/${person.id}`, entityPage.headers.etag as string);
      assert.equal(rejected.statusCode, 200);
      assert.notEqual(rejected.body, entityPage.body);

      const documents = await get('/api/documents');
      await store.deleteDocuments([ingested.documentId!], 'tester');
      const fewer = await get('/api/documents', documents.headers.etag as string);
      assert.equal(fewer.statusCode, 200);
      assert.equal(fewer.json().total, documents.json().total - 1);
    });

    /** A server over the store that counts the calls of one of its methods. */
    const countingServer = async (method: keyof Store) => {
      const calls = { count: 0 };
      const counted = new Proxy(store, {
        get(target, property, receiver) {
          if (property === method) calls.count++;
          const value = Reflect.get(target, property, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return { server: await buildServer({ store: counted }), calls };
    };

    test('an answer is still kept after a visitor has gone round a thousand other pages', async () => {
      const { server: fresh, calls: searches } = await countingServer('search');
      try {
        const search = (index: number) => fresh.inject({ method: 'GET', url: `/api/search?q=ferry${index}` });
        for (let index = 0; index < 1000; index++) assert.equal((await search(index)).statusCode, 200);
        assert.equal(searches.count, 1000);
        await search(0);
        assert.equal(searches.count, 1000, 'the first search is answered from what was kept');
      } finally {
        await fresh.close();
      }
    });

    test('answers that are not the store\'s alone are never tagged: health, the review queue, a failed request', async () => {
      assert.equal((await get('/api/health')).headers.etag, undefined);
      assert.equal((await get('/api/review')).headers.etag, undefined);
      const missing = await get('/api/entities/nobody-at-all');
      assert.equal(missing.statusCode, 404);
      assert.equal(missing.headers.etag, undefined);
    });
  });
}
