import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openArticlePool } from './article-pool.ts';
import { slowHtml } from '../../../test/support/hostile-inputs.ts';

const SEED = fileURLToPath(new URL('../../../examples/seed-000.txt', import.meta.url));
const pool = openArticlePool({ threads: 1, timeLimitSeconds: 3 });
after(() => pool.close());

test('a thread reads and extracts an article as this thread would', async () => {
  const read = await pool.read(await readFile(SEED), 'seed-000.txt');
  assert.ok(read.ok, JSON.stringify(read));
  assert.equal(read.articles.length, 1);
  const extracted = await pool.extract(read.articles[0]);
  assert.ok(extracted.ok, JSON.stringify(extracted));
  assert.ok(extracted.record.events.length > 0);
});

test('a read over its time limit is stopped by ending its thread, fails with a reason, and the next input is read by a new thread', async () => {
  const started = Date.now();
  const slow = await pool.read(Buffer.from(slowHtml()), 'slow.html');
  assert.deepEqual(slow, { ok: false, input: 'slow.html', reason: 'reading took over 3 s and was stopped' });
  // Stopped near its limit; a new thread then starts and warms up before its own clock runs.
  assert.ok(Date.now() - started < 30_000, `stopped after ${Date.now() - started} ms`);
  const next = await pool.read(await readFile(SEED), 'seed-000.txt');
  assert.ok(next.ok, JSON.stringify(next));
});

test('a reader\'s failure comes back as the input\'s reason, never as a thrown error', async () => {
  assert.deepEqual(await pool.read(new Uint8Array(), 'empty.txt'), { ok: false, input: 'empty.txt', reason: 'empty (0 bytes)' });
});
