// Team mode: with a job queue, pasted and uploaded articles are queued for the workers (202)
// and followed at /api/jobs/ID: pg-boss on PostgreSQL, as "bilat serve --database-url" runs,
// and the in-process queue on PGlite.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { buildServer } from './server.ts';
import { ingestJobBatch } from '../../ingest/ingest-jobs.ts';
import { DEFAULT_RETRY_POLICY, type IngestQueue } from '../../ingest/ingest-queue.ts';
import type { Store } from '../../store/store.ts';
import { type QueueUnderTest, queueBackends } from '../../../test/support/queue-backends.ts';
import { storeBackends } from '../../../test/support/store-backends.ts';

const [pglite] = storeBackends();
const ARTICLE = 'The foreign ministers of Georgia and Armenia met in Tbilisi on Thursday to discuss transit and trade.';

function multipart(files: { name: string; text: string }[]): { payload: string; headers: { [name: string]: string } } {
  const boundary = '----bilat';
  const parts = files.flatMap(({ name, text }) => [`--${boundary}`, `Content-Disposition: form-data; name="file"; filename="${name}"`, 'Content-Type: text/plain', '', text]);
  return { payload: [...parts, `--${boundary}--`, ''].join('\r\n'), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

for (const backend of queueBackends()) {
  describe(`the HTTP API in team mode, ${backend.name} queue`, { skip: backend.skip }, () => {
    let underTest: QueueUnderTest;
    let store: Store;
    let queue: IngestQueue;
    let app: FastifyInstance;
    before(async () => {
      underTest = await backend.fresh(DEFAULT_RETRY_POLICY);
      ({ queue } = underTest);
      store = await underTest.store();
      app = await buildServer({ store, ingestQueue: queue });
    });
    after(async () => {
      await app.close();
      await underTest.dispose();
      await backend.dispose();
    });

    const get = (url: string) => app.inject({ method: 'GET', url });

    test('a pasted article is queued (202) and its job followed until its document is stored', async () => {
      const response = await app.inject({ method: 'POST', url: '/api/documents', payload: { text: ARTICLE, title: 'Talks in Tbilisi' } });
      assert.equal(response.statusCode, 202, response.body);
      const [job] = response.json().jobs;
      assert.match(job.input, /^pasted-/);
      assert.equal(job.href, `/api/jobs/${job.id}`);
      assert.equal((await store.counts()).documents, 0, 'nothing is ingested by the server itself');
      assert.deepEqual((await get(job.href)).json(), { id: job.id, input: job.input, state: 'queued', attempts: 0 });

      await queue.work((jobs) => ingestJobBatch(store, jobs));
      let status = (await get(job.href)).json();
      for (let tries = 0; status.state !== 'done' && tries < 200; tries++) {
        await delay(50);
        status = (await get(job.href)).json();
      }
      assert.equal(status.state, 'done', JSON.stringify(status));
      assert.equal(status.articles[0].outcome, 'new');
      const document = (await get(`/api/documents/${status.articles[0].documentId}`)).json();
      assert.equal(document.title, 'Talks in Tbilisi');
    });

    test('uploaded files are queued one job each', async () => {
      const { payload, headers } = multipart([{ name: 'a.txt', text: 'Uzbekistan and Kazakhstan signed a water agreement in Tashkent.' }, { name: 'b.txt', text: '' }]);
      const response = await app.inject({ method: 'POST', url: '/api/documents/upload', payload, headers });
      assert.equal(response.statusCode, 202, response.body);
      assert.deepEqual(response.json().jobs.map((job: { input: string }) => job.input), ['a.txt', 'b.txt']);
    });

    test('an unknown job is 404, and the route is described', async () => {
      assert.equal((await get('/api/jobs/00000000-0000-0000-0000-000000000000')).statusCode, 404);
      assert.ok((await get('/api/openapi.json')).json().paths['/api/jobs/{id}']);
    });
  });
}

describe('the HTTP API without a queue', () => {
  test('has no jobs to show, and says why', async () => {
    const { store } = await pglite.freshStore();
    const app = await buildServer({ store });
    try {
      const response = await app.inject({ method: 'GET', url: '/api/jobs/some-id' });
      assert.equal(response.statusCode, 404);
      assert.match(response.json().message, /without a queue/);
    } finally {
      await app.close();
      await store.close();
    }
  });
});
