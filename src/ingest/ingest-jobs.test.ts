import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ingestJobBatch } from './ingest-jobs.ts';
import { articleJob, type IngestJob, type IngestJobOutcome, type QueuedIngestJob, urlJob } from './ingest-queue.ts';
import { extractRecord } from '../extract/pipeline.ts';
import type { Article } from '../read/article.ts';
import type { Store } from '../store/store.ts';
import { storeBackends } from '../../test/support/store-backends.ts';
import { EXAMPLES } from '../../test/support/synthetic-articles.ts';

const FIXTURES = new URL('../../test/fixtures/ingest/', import.meta.url);
const [pglite] = storeBackends();

function queued(job: IngestJob, finalAttempt = false): QueuedIngestJob {
  return { id: `job-${Math.random().toString(16).slice(2)}`, job, finalAttempt };
}

/** A corpus article's bytes as a job, under its own name or another. */
async function corpusJob(name: string, input = name): Promise<IngestJob> {
  return articleJob(input, await readFile(join(EXAMPLES, name)));
}

function articlesOf(outcome: IngestJobOutcome) {
  assert.equal(outcome.status, 'done', JSON.stringify(outcome));
  return outcome.status === 'done' ? outcome.articles : [];
}

/** The store, except that storing `refusedInput` fails as a database would. */
function storeRefusing(store: Store, refusedInput: string): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'saveDocuments') {
        return (items: Parameters<Store['saveDocuments']>[0]) => {
          if (items.some(({ article }) => article.file === refusedInput)) return Promise.reject(new Error('connection reset by peer'));
          return target.saveDocuments(items);
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('a batch of ingest jobs', () => {
  let store: Store;
  before(async () => {
    ({ store } = await pglite.freshStore());
  });
  after(async () => {
    await store.close();
    await pglite.dispose();
  });

  test('new articles are stored together; a text stored before, or twice in the batch, is a duplicate', async () => {
    const seed = await corpusJob('seed-000.txt');
    const first = await ingestJobBatch(store, [queued(seed)]);
    assert.equal(articlesOf(first[0])[0].outcome, 'new');

    const again = await corpusJob('seed-000.txt', 'copy-of-seed-000.txt');
    const outcomes = await ingestJobBatch(store, [queued(again), queued(await corpusJob('seed-001.txt')), queued(await corpusJob('seed-001.txt', 'twice.txt'))]);
    const reports = outcomes.map((outcome) => articlesOf(outcome)[0]);
    assert.deepEqual(reports.map((report) => report.outcome), ['duplicate', 'new', 'duplicate']);
    assert.equal(reports[0].documentId, articlesOf(first[0])[0].documentId);
    assert.equal(reports[2].documentId, reports[1].documentId);
    assert.deepEqual(reports.map((report) => report.input), ['copy-of-seed-000.txt', 'seed-001.txt', 'twice.txt']);
  });

  test('what the sender said about an article is laid over what the article says', async () => {
    const given = { title: 'Talks in Tbilisi', outlet: 'Desk notes', published: '2024-05-02' };
    const job = articleJob('pasted', Buffer.from('The foreign ministers of Georgia and Armenia met in Tbilisi on Thursday to discuss transit and trade.'), given);
    const [outcome] = await ingestJobBatch(store, [queued(job)]);
    const stored = await store.getDocument(articlesOf(outcome)[0].documentId ?? '');
    assert.deepEqual({ title: stored?.title, outlet: stored?.outlet, published: stored?.published }, given);
  });

  test('an input that can never be read fails for good on its first attempt, and the store records why', async () => {
    const empty = articleJob('empty.txt', new Uint8Array());
    const binary = articleJob('binary.txt', await readFile(new URL('binary.txt', FIXTURES)));
    const outcomes = await ingestJobBatch(store, [queued(empty), queued(binary)]);
    assert.deepEqual(outcomes.map((outcome) => outcome.status), ['failed', 'failed']);
    assert.deepEqual(outcomes[0], { status: 'failed', reason: 'empty (0 bytes)' });
    const failures = await store.listFailures();
    assert.ok(failures.some((failure) => failure.input === 'empty.txt' && failure.reason === 'empty (0 bytes)'));
    assert.ok(failures.some((failure) => failure.input === 'binary.txt' && /binary content/.test(failure.reason)));
  });

  test('a job the store refuses is retried until its last attempt, then recorded; the rest of its batch is stored', async () => {
    const refused = articleJob('refused.txt', Buffer.from('The prime ministers of Uzbekistan and Kyrgyzstan met in Tashkent on Friday to discuss water and energy.'));
    const other = articleJob('other.txt', Buffer.from('The presidents of Mongolia and Kazakhstan spoke by phone on Monday about trade and transit routes.'));
    const refusing = storeRefusing(store, 'refused.txt');

    const [retry, stored] = await ingestJobBatch(refusing, [queued(refused), queued(other)]);
    assert.deepEqual(retry, { status: 'retry', reason: 'could not be stored: connection reset by peer' });
    assert.equal(articlesOf(stored)[0].outcome, 'new');
    assert.ok(!(await store.listFailures()).some((failure) => failure.input === 'refused.txt'), 'not recorded while a retry is to come');

    const [last] = await ingestJobBatch(refusing, [queued(refused, true)]);
    assert.deepEqual(last, { status: 'failed', reason: 'could not be stored: connection reset by peer' });
    assert.ok((await store.listFailures()).some((failure) => failure.input === 'refused.txt'));

    const [later] = await ingestJobBatch(store, [queued(refused)]);
    assert.equal(articlesOf(later)[0].outcome, 'new');
    assert.ok(!(await store.listFailures()).some((failure) => failure.input === 'refused.txt'), 'stored at last, it is no longer listed');
  });

  test('an article whose extraction fails is recorded and the others of its feed are stored', async () => {
    const feed = articleJob('wire.xml', await readFile(new URL('feed-rss.xml', FIXTURES)));
    const extract = (article: Article) => {
      if (article.file === 'wire.xml#2') throw new Error('stage "events" broke');
      return extractRecord(article);
    };
    const [outcome] = await ingestJobBatch(store, [queued(feed)], { extract });
    const reports = articlesOf(outcome);
    assert.deepEqual(reports.map((report) => [report.input, report.outcome]), [['wire.xml#1', 'new'], ['wire.xml#2', 'failed'], ['wire.xml#3', 'new']]);
    const failure = (await store.listFailures()).find((item) => item.input === 'wire.xml#2');
    assert.match(failure?.reason ?? '', /^extraction failed: stage "events" broke/);

    const [single] = await ingestJobBatch(store, [queued(articleJob('one.txt', Buffer.from('The foreign ministers of Tajikistan and Turkmenistan met in Dushanbe on Tuesday.')))], {
      extract: () => {
        throw new Error('out of memory');
      },
    });
    assert.equal(single.status, 'failed', 'nothing of the input could be stored');
  });

  describe('a URL job', () => {
    let server: Server;
    let base: string;
    before(async () => {
      const feed = await readFile(new URL('feed-atom.xml', FIXTURES));
      server = createServer((request, response) => {
        if (request.url === '/atom.xml') response.writeHead(200, { 'content-type': 'application/atom+xml' }).end(feed);
        else if (request.url === '/busy') response.writeHead(503).end();
        else response.writeHead(404).end();
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      // bilat fetches from public addresses only, unless an administrator allows a network.
      process.env.BILAT_ALLOW_NETWORKS = '127.0.0.1';
    });
    after(() => {
      delete process.env.BILAT_ALLOW_NETWORKS;
      return new Promise<void>((resolve) => server.close(() => resolve()));
    });

    test('fetches the feed and stores its items; a missing page fails for good, a busy server is retried', async () => {
      const [feed, missing, busy] = await ingestJobBatch(store, [queued(urlJob(`${base}/atom.xml`)), queued(urlJob(`${base}/gone`)), queued(urlJob(`${base}/busy`))]);
      assert.deepEqual(articlesOf(feed).map((report) => [report.input, report.outcome]), [[`${base}/atom.xml#1`, 'new'], [`${base}/atom.xml#2`, 'new']]);
      assert.deepEqual(missing, { status: 'failed', reason: 'the server answered 404 Not Found' });
      assert.deepEqual(busy, { status: 'retry', reason: `${base}/busy: the server answered 503 Service Unavailable` });
      assert.ok((await store.listFailures()).some((failure) => failure.input === `${base}/gone`));
    });
  });
});
