import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ArticleReport, ingestGivenInputs, ingestInputs } from './ingest-inputs.ts';
import { expandInputs } from '../read/read-inputs.ts';
import { extractRecord } from '../extract/pipeline.ts';
import type { Article } from '../read/article.ts';
import { storeBackends, withFreshStore } from '../../test/support/store-backends.ts';
import { ARTICLE_FOLDERS, EXAMPLES } from '../../test/support/synthetic-articles.ts';

async function temporaryFolder(): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'bilat-ingest-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

for (const backend of storeBackends()) {
  describe(`ingest into the store on ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.dispose());

    const withStore = (use: Parameters<typeof withFreshStore>[1]) => withFreshStore(backend, use);

    test('ingesting the corpus twice gives the same counts, the second time every article a duplicate', () =>
      withStore(async (store) => {
        const inputs = await expandInputs([...ARTICLE_FOLDERS]);
        const first = await ingestInputs(store, inputs);
        assert.deepEqual(first, { inputs: inputs.length, articles: inputs.length, new: inputs.length, duplicate: 0, 'near-duplicate': 0, failed: 0 });
        const countsAfterFirst = await store.counts();
        assert.equal(countsAfterFirst.documents, inputs.length);

        const second = await ingestInputs(store, inputs);
        assert.deepEqual(second, { inputs: inputs.length, articles: inputs.length, new: 0, duplicate: inputs.length, 'near-duplicate': 0, failed: 0 });
        assert.deepEqual(await store.counts(), countsAfterFirst);
      }));

    test('a text already stored is not extracted again, in a run of one input and in a run of many batches', () =>
      withStore(async (store) => {
        const inputs = await expandInputs([...ARTICLE_FOLDERS]);
        const half = Math.ceil(inputs.length / 2);
        await ingestInputs(store, inputs.slice(0, half));
        const extracted: string[] = [];
        const counting = (article: Article) => {
          extracted.push(article.file);
          return extractRecord(article);
        };

        assert.equal((await ingestInputs(store, [inputs[0]], { extract: counting })).duplicate, 1);
        assert.deepEqual(extracted, []);

        const summary = await ingestInputs(store, inputs, { extract: counting, batchSize: 1 });
        assert.deepEqual({ new: summary.new, duplicate: summary.duplicate }, { new: inputs.length - half, duplicate: half });
        assert.deepEqual(extracted, inputs.slice(half));
      }));

    test('an input that cannot be read is recorded with its reason and listed, until it can be read', () =>
      withStore(async (store) => {
        const folder = await temporaryFolder();
        try {
          const empty = join(folder.path, 'empty.txt');
          const missing = join(folder.path, 'missing.txt');
          await writeFile(empty, '');
          const reports: ArticleReport[] = [];
          const summary = await ingestInputs(store, [empty, missing], { onArticle: (report) => reports.push(report) });
          assert.deepEqual(summary, { inputs: 2, articles: 0, new: 0, duplicate: 0, 'near-duplicate': 0, failed: 2 });
          assert.deepEqual(reports.map(({ input, outcome }) => ({ input, outcome })), [
            { input: empty, outcome: 'failed' }, { input: missing, outcome: 'failed' },
          ]);
          assert.deepEqual((await store.listFailures()).map(({ input, reason }) => ({ input, reason })), [
            { input: empty, reason: 'empty (0 bytes)' },
            { input: missing, reason: 'no such file or folder' },
          ]);

          await writeFile(empty, await readFile(join(EXAMPLES, 'seed-000.txt')));
          assert.equal((await ingestInputs(store, [empty])).new, 1);
          assert.deepEqual((await store.listFailures()).map(({ input }) => input), [missing]);
        } finally {
          await folder.remove();
        }
      }));

    test('an article the extractor fails on is recorded as failed, and the others are stored', () =>
      withStore(async (store) => {
        const inputs = (await expandInputs([...ARTICLE_FOLDERS])).slice(0, 3);
        const extract = (article: Article) => {
          if (article.file === inputs[1]) throw new Error('stage "dates" broke');
          return extractRecord(article);
        };
        const summary = await ingestInputs(store, inputs, { extract });
        assert.deepEqual({ new: summary.new, failed: summary.failed }, { new: 2, failed: 1 });
        const [failure] = await store.listFailures();
        assert.equal(failure.input, inputs[1]);
        assert.match(failure.reason, /extraction failed: stage "dates" broke/);
        assert.equal((await store.counts()).documents, 2);
      }));

    test('a failed input whose text has since been stored from elsewhere is a duplicate, no longer a failure', () =>
      withStore(async (store) => {
        const folder = await temporaryFolder();
        try {
          const copy = join(folder.path, 'copy-of-seed-000.txt');
          await writeFile(copy, await readFile(join(EXAMPLES, 'seed-000.txt')));
          const failing = () => {
            throw new Error('out of memory');
          };
          assert.equal((await ingestInputs(store, [copy], { extract: failing })).failed, 1);
          assert.equal((await ingestInputs(store, [join(EXAMPLES, 'seed-000.txt')])).new, 1);
          assert.deepEqual(await ingestInputs(store, [copy]), { inputs: 1, articles: 1, new: 0, duplicate: 1, 'near-duplicate': 0, failed: 0 });
          assert.deepEqual(await store.listFailures(), []);
        } finally {
          await folder.remove();
        }
      }));

    test('given inputs (pasted, uploaded) go through the same loop: each article answered in the order of the inputs, a failure with its reason and recorded', () =>
      withStore(async (store) => {
        const seed = await readFile(join(EXAMPLES, 'seed-000.txt'));
        const extract = (article: Article) => {
          if (article.title === 'Breaks the extractor') throw new Error('stage "events" broke');
          return extractRecord(article);
        };
        const results = await ingestGivenInputs(store, [
          { input: 'pasted-1', bytes: seed, given: { title: 'Given title' } },
          { input: 'pasted-2', bytes: new Uint8Array() },
          { input: 'pasted-3', bytes: Buffer.from('The ministers met in Baku on Monday.'), given: { title: 'Breaks the extractor' } },
          { input: 'pasted-4', bytes: seed },
        ], { extract });
        assert.deepEqual(results.map(({ input, outcome }) => ({ input, outcome })), [
          { input: 'pasted-1', outcome: 'new' }, { input: 'pasted-2', outcome: 'failed' }, { input: 'pasted-3', outcome: 'failed' }, { input: 'pasted-4', outcome: 'duplicate' },
        ]);
        assert.equal(results[0].title, 'Given title');
        const stored = results.find((result) => result.outcome === 'new');
        assert.ok(stored?.record && stored.record.events.length > 0 && stored.documentId);
        assert.deepEqual((await store.listFailures()).map(({ input, reason }) => ({ input, reason: reason.replace(/ \(a bug.*$/, '') })), [
          { input: 'pasted-2', reason: 'empty (0 bytes)' },
          { input: 'pasted-3', reason: 'extraction failed: stage "events" broke' },
        ]);
      }));

    test('a record the store refuses fails alone, and the rest of its batch is stored', () =>
      withStore(async (store) => {
        const inputs = (await expandInputs([...ARTICLE_FOLDERS])).slice(0, 4);
        const extract = (article: Article) => {
          const record = extractRecord(article);
          if (article.file !== inputs[2]) return record;
          return { ...record, events: [{ ...record.events[0], participants: ['person:defined-nowhere'] }] };
        };
        const summary = await ingestInputs(store, inputs, { extract, batchSize: 10 });
        assert.deepEqual({ new: summary.new, failed: summary.failed }, { new: 3, failed: 1 });
        const [failure] = await store.listFailures();
        assert.equal(failure.input, inputs[2]);
        assert.match(failure.reason, /could not be stored: .*person:defined-nowhere/);
      }));
  });
}
