// The two job queues keep one contract: the in-process queue (embedded mode) and pg-boss
// (team mode, on PostgreSQL).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';
import { ingestJobBatch } from '../../ingest/ingest-jobs.ts';
import { articleJob, type IngestJobOutcome, type IngestQueue, jobInput, type QueuedIngestJob, type RetryPolicy } from '../../ingest/ingest-queue.ts';
import { InProcessQueue } from './in-process-queue.ts';
import { type QueueUnderTest, queueBackends } from '../../../test/support/queue-backends.ts';

const NO_RETRY_WAIT: RetryPolicy = { limit: 2, delaySeconds: 0, backoff: false };
const WAIT_LIMIT_MS = 20_000;

async function drained(queue: IngestQueue): Promise<void> {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  while ((await queue.pendingCount()) > 0) {
    if (Date.now() > deadline) throw new Error(`jobs still pending after ${WAIT_LIMIT_MS} ms`);
    await delay(50);
  }
}

function textJob(input: string) {
  return articleJob(input, Buffer.from(`The foreign ministers met in ${input} on Monday to discuss trade.`));
}

function done(job: QueuedIngestJob): IngestJobOutcome {
  return { status: 'done', articles: [{ input: job.id, outcome: 'new', documentId: `doc-${job.id}` }] };
}

const backends = queueBackends();

for (const backend of backends) {
  describe(`the ${backend.name} queue`, { skip: backend.skip }, () => {
    after(() => backend.dispose());

    const withQueue = async (retry: RetryPolicy, use: (under: QueueUnderTest) => Promise<void>) => {
      const under = await backend.fresh(retry);
      try {
        await use(under);
      } finally {
        await under.dispose();
      }
    };

    test('hands every job out once, in batches of at most the batch size, and keeps what became of it', () =>
      withQueue(NO_RETRY_WAIT, async ({ queue }) => {
        const ids = await queue.enqueue(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(textJob));
        assert.equal(new Set(ids).size, 7);
        assert.equal(await queue.pendingCount(), 7);
        assert.deepEqual(await queue.jobStatus(ids[0]), { id: ids[0], input: 'a', state: 'queued', attempts: 0 });

        const batches: string[][] = [];
        await queue.work(async (jobs) => {
          batches.push(jobs.map((job) => job.id));
          return jobs.map(done);
        }, { batchSize: 3, concurrency: 2 });
        await drained(queue);

        assert.deepEqual(batches.flat().sort(), [...ids].sort());
        assert.ok(batches.every((batch) => batch.length <= 3), `batches of ${batches.map((batch) => batch.length).join(', ')}`);
        assert.deepEqual(await queue.jobStatus(ids[6]), {
          id: ids[6], input: 'g', state: 'done', attempts: 1, articles: [{ input: ids[6], outcome: 'new', documentId: `doc-${ids[6]}` }],
        });
        assert.equal(await queue.jobStatus('00000000-0000-0000-0000-000000000000'), undefined);
        assert.equal(await queue.jobStatus('not-a-job'), undefined);
        assert.deepEqual(await queue.failedJobs(), []);
      }));

    test('retries a job that may succeed later, after its delay, says when an attempt is the last, then fails it for good', () =>
      withQueue({ limit: 1, delaySeconds: 1, backoff: false }, async ({ queue }) => {
        const [id] = await queue.enqueue([textJob('flaky')]);
        const attempts: { at: number; finalAttempt: boolean }[] = [];
        await queue.work(async (jobs) => {
          attempts.push(...jobs.map((job) => ({ at: Date.now(), finalAttempt: job.finalAttempt })));
          return jobs.map(() => ({ status: 'retry', reason: 'the database went away' }));
        });
        await drained(queue);

        assert.deepEqual(attempts.map((attempt) => attempt.finalAttempt), [false, true]);
        assert.ok(attempts[1].at - attempts[0].at >= 900, `retried after ${attempts[1].at - attempts[0].at} ms`);
        assert.deepEqual(await queue.jobStatus(id), { id, input: 'flaky', state: 'failed', attempts: 2, reason: 'the database went away' });
        const failed = await queue.failedJobs();
        assert.deepEqual(failed.map(({ id: failedId, input, reason, attempts: tries }) => ({ id: failedId, input, reason, attempts: tries })), [
          { id, input: 'flaky', reason: 'the database went away', attempts: 2 },
        ]);
        assert.ok(!Number.isNaN(Date.parse(failed[0].failedAt)));
      }));

    test('fails at once, without a retry, a job that can never succeed', () =>
      withQueue(NO_RETRY_WAIT, async ({ queue }) => {
        const [id] = await queue.enqueue([textJob('hopeless')]);
        let handed = 0;
        await queue.work(async (jobs) => {
          handed += jobs.length;
          return jobs.map(() => ({ status: 'failed', reason: 'binary content, not text' }));
        });
        await drained(queue);
        await delay(300);
        assert.equal(handed, 1);
        assert.deepEqual(await queue.jobStatus(id), { id, input: 'hopeless', state: 'failed', attempts: 1, reason: 'binary content, not text' });
      }));

    test('tries again the jobs of a batch whose handler threw', () =>
      withQueue(NO_RETRY_WAIT, async ({ queue }) => {
        const [id] = await queue.enqueue([textJob('unlucky')]);
        let calls = 0;
        await queue.work(async (jobs) => {
          if (++calls === 1) throw new Error('out of connections');
          return jobs.map(done);
        });
        await drained(queue);
        assert.equal((await queue.jobStatus(id))?.state, 'done');
        assert.equal((await queue.jobStatus(id))?.attempts, 2);
      }));

    test('closing lets the batch in hand finish', () =>
      withQueue(NO_RETRY_WAIT, async ({ queue }) => {
        await queue.enqueue([textJob('slow')]);
        let started!: () => void;
        const handed = new Promise<void>((resolve) => (started = resolve));
        let finished = false;
        await queue.work(async (jobs) => {
          started();
          await delay(700);
          finished = true;
          return jobs.map(done);
        });
        await handed;
        await queue.close();
        assert.ok(finished, 'close returned before the batch in hand was done');
      }));

    test('with the ingest handler, an input that can never be read is failed for good at once and recorded in the store', () =>
      withQueue(NO_RETRY_WAIT, async ({ queue, store: openStore }) => {
        const store = await openStore();
        const [emptyId, goodId] = await queue.enqueue([articleJob('empty.txt', new Uint8Array()), textJob('Tbilisi')]);
        await queue.work((jobs) => ingestJobBatch(store, jobs), { batchSize: 10 });
        await drained(queue);

        assert.deepEqual(await queue.jobStatus(emptyId), { id: emptyId, input: 'empty.txt', state: 'failed', attempts: 1, reason: 'empty (0 bytes)' });
        assert.deepEqual((await queue.failedJobs()).map((job) => job.input), ['empty.txt']);
        const failures = await store.listFailures();
        assert.deepEqual(failures.map(({ input, reason, attempts }) => ({ input, reason, attempts })), [{ input: 'empty.txt', reason: 'empty (0 bytes)', attempts: 1 }]);
        const good = await queue.jobStatus(goodId);
        assert.equal(good?.articles?.[0].outcome, 'new');
        assert.equal((await store.counts()).documents, 1);
      }));
  });
}

test('the in-process queue, once closed, names the jobs it never finished: they die with the process', async () => {
  const queue = new InProcessQueue({ retry: NO_RETRY_WAIT });
  await queue.enqueue([textJob('Baku'), textJob('Astana'), textJob('Tashkent')]);
  let started!: () => void;
  const handed = new Promise<void>((resolve) => (started = resolve));
  await queue.work(async (jobs) => {
    started();
    await delay(100);
    return jobs.map(done);
  }, { batchSize: 1 });
  await handed;
  await queue.close();
  assert.deepEqual(queue.unfinishedJobs().map(jobInput), ['Astana', 'Tashkent']);
});
