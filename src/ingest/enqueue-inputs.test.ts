import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enqueueInputs } from './enqueue-inputs.ts';
import type { IngestJob } from './ingest-queue.ts';
import { InProcessQueue } from '../adapters/queue/in-process-queue.ts';
import type { Store } from '../store/store.ts';
import { storeBackends } from '../../test/support/store-backends.ts';

const [pglite] = storeBackends();

/** The in-process queue, keeping a copy of what it is sent. */
class RecordingQueue extends InProcessQueue {
  readonly sent: IngestJob[][] = [];

  override async enqueue(jobs: readonly IngestJob[]): Promise<string[]> {
    this.sent.push([...jobs]);
    return super.enqueue(jobs);
  }
}

describe('queueing inputs for workers', () => {
  let store: Store;
  let folder: string;
  before(async () => {
    ({ store } = await pglite.freshStore());
    folder = await mkdtemp(join(tmpdir(), 'bilat-enqueue-'));
  });
  after(async () => {
    await store.close();
    await pglite.dispose();
    await rm(folder, { recursive: true, force: true });
  });

  test('a file becomes a job with its bytes, an address a job to fetch it; an unreadable input is recorded, not queued', async () => {
    const article = join(folder, 'talks.txt');
    await writeFile(article, 'published: 2025-05-02\n\nThe foreign ministers met in Baku.');
    const missing = join(folder, 'missing.txt');
    const queue = new RecordingQueue();
    const failures: string[] = [];
    const summary = await enqueueInputs(queue, store, [article, 'https://example.org/rss', missing], { onFailure: (input) => failures.push(input) });

    assert.deepEqual({ inputs: summary.inputs, queued: summary.queued, failed: summary.failed }, { inputs: 3, queued: 2, failed: 1 });
    assert.deepEqual(failures, [missing]);
    assert.deepEqual(queue.sent.flat(), [
      { kind: 'article', input: article, bytesBase64: Buffer.from('published: 2025-05-02\n\nThe foreign ministers met in Baku.').toString('base64') },
      { kind: 'url', url: 'https://example.org/rss' },
    ]);
    assert.deepEqual((await queue.jobStatus(summary.jobIds[1]))?.input, 'https://example.org/rss');
    assert.deepEqual((await store.listFailures()).map(({ input, reason }) => ({ input, reason })), [{ input: missing, reason: 'no such file or folder' }]);
    await queue.close();
  });

  test('many inputs are sent in chunks, not all at once', async () => {
    const paths: string[] = [];
    for (let index = 0; index < 450; index++) {
      const path = join(folder, `many-${index}.txt`);
      await writeFile(path, `Article ${index}: the prime ministers met in Astana.`);
      paths.push(path);
    }
    const queue = new RecordingQueue();
    const summary = await enqueueInputs(queue, store, paths);
    assert.equal(summary.queued, 450);
    assert.ok(queue.sent.length >= 3, `${queue.sent.length} chunks`);
    assert.deepEqual(queue.sent.flat().map((job) => (job.kind === 'article' ? job.input : job.url)), paths);
    await queue.close();
  });
});
