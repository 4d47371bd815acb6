import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { storeBackends, withFreshStore } from '../../test/support/store-backends.ts';
import { handMadeArticle, type HandMadeEntity } from '../../test/support/hand-made-records.ts';

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
  });
}
