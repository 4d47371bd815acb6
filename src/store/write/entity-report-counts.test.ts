import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { extractRecord } from '../../extract/pipeline.ts';
import { storeBackends, withFreshStore } from '../../../test/support/store-backends.ts';
import { corpusArticle, extractedArticles } from '../../../test/support/corpus-records.ts';
import { handMadeArticle, type HandMadeEntity } from '../../../test/support/hand-made-records.ts';
import { refreshEntityReportCounts } from './entity-report-counts.ts';
import type { EntitySummary } from '../store.ts';

const kazakhstan: HandMadeEntity = { id: 'c1', type: 'country', name: 'Kazakhstan', code: 'KAZ' };
const nurtleu: HandMadeEntity = { id: 'p1', type: 'person', name: 'Murat Nurtleu', country: 'KAZ', roles: [{ title: 'Foreign Minister', country: 'KAZ' }] };

for (const backend of storeBackends()) {
  describe(`entity report counts on ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.dispose());

    test('follow the mentions through ingest and deletion, and date what was known when', () =>
      withFreshStore(backend, async (store) => {
        const first = handMadeArticle('Murat Nurtleu of Kazakhstan arrived in Baku.', '2024-03-01', { entities: [kazakhstan, nurtleu] });
        const second = handMadeArticle('Kazakhstan and its minister Murat Nurtleu signed a plan.', '2025-06-10', { entities: [kazakhstan, nurtleu] });
        const third = handMadeArticle('Kazakhstan opened a trade house.', '2025-09-01', { entities: [kazakhstan] });
        await store.saveDocuments([first, second, third]);

        const countsOf = async (knownBy?: string) =>
          Object.fromEntries((await store.listEntities(knownBy ? { knownBy } : {})).map((entity) => [entity.name, [entity.documentCount, entity.mentionCount]]));
        assert.deepEqual(await countsOf(), { Kazakhstan: [3, 3], 'Murat Nurtleu': [2, 2] });
        assert.deepEqual(Object.keys(await countsOf('2024-12-31')).sort(), ['Kazakhstan', 'Murat Nurtleu']);
        assert.deepEqual(Object.keys(await countsOf('2023-12-31')), []);

        await store.deleteDocuments([first.record.document.id], 'anna');
        assert.deepEqual(await countsOf(), { Kazakhstan: [2, 2], 'Murat Nurtleu': [1, 1] });
        // Deleting its first report moves when the minister was first known.
        assert.deepEqual(Object.keys(await countsOf('2024-12-31')), []);

        const undated = handMadeArticle('Murat Nurtleu spoke.', null, { entities: [nurtleu] });
        await store.saveDocuments([undated]);
        assert.deepEqual(Object.keys(await countsOf('2024-12-31')), ['Murat Nurtleu'], 'an undated report counts at any date');
      }));

    test('as ingest adds batches and near-duplicates to them, the counts are what counting every mention again gives', () =>
      withFreshStore(backend, async (store, db) => {
        const corpus = await extractedArticles();
        await store.saveDocuments(corpus.slice(0, 5));
        await store.saveDocuments(corpus.slice(5));
        // The same wire story in two more outlets, one batch apart: near-duplicates of a stored document and of each other.
        const seed = await corpusArticle('seed-001.txt');
        for (const outlet of ['Caspian Wire', 'Steppe Daily']) {
          const article = { ...seed.article, file: `${outlet}.txt`, outlet, body: `${seed.article.body.replaceAll('News.Az', outlet)}\n\n${outlet} staff contributed.` };
          await store.saveDocuments([{ article, record: extractRecord(article) }]);
        }
        const counts = (entities: EntitySummary[]) =>
          entities.map(({ id, documentCount, storyCount, mentionCount }) => ({ id, documentCount, storyCount, mentionCount })).sort((a, b) => a.id.localeCompare(b.id));
        const knownBy = async (date: string) => (await store.listEntities({ knownBy: date })).map((entity) => entity.id).sort();
        const kept = counts(await store.listEntities());
        const keptKnown = await knownBy('2024-12-31');
        assert.ok(kept.some((entity) => entity.documentCount > entity.storyCount), 'some entity is reported by near-duplicates');
        assert.ok(keptKnown.length > 0 && keptKnown.length < kept.length, 'some entities were known by the end of 2024, not all');

        await db.transaction((tx) => refreshEntityReportCounts(tx, kept.map((entity) => entity.id)));
        assert.deepEqual(counts(await store.listEntities()), kept);
        assert.deepEqual(await knownBy('2024-12-31'), keptKnown);
      }));
  });
}
