import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertValidRecord, type Record } from '../../record/schema.ts';
import { recordLine } from '../../report/exports/jsonl.ts';
import type { ExportBatches, ExportScope, KnowledgeEvent, Store } from '../store.ts';
import { storeBackends } from '../../../test/support/store-backends.ts';
import { extractedArticles } from '../../../test/support/corpus-records.ts';
import { HAND_MADE_KNOWLEDGE_BASE } from '../../../test/support/hand-made-knowledge-base.ts';

async function all<T>(batches: ExportBatches<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const batch of batches) items.push(...batch);
  assert.equal(items.length, batches.total, 'total counts what the batches hold');
  return items;
}

const spanKey = (spans: readonly { start: number; end: number }[]) => spans.map((span) => `${span.start}-${span.end}`).join(',');

for (const backend of storeBackends()) {
  describe(`exports read from the store on ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.dispose());

    describe('with the corpus stored', () => {
      let store: Store;
      let originals: Record[];
      before(async () => {
        ({ store } = await backend.freshStore());
        const corpus = await extractedArticles();
        originals = corpus.map(({ record }) => record);
        await store.saveDocuments(corpus);
      });
      after(() => store.close());

      test('every stored document comes back as one JSON line that validates against the Record schema', async () => {
        const records = await all(await store.exportRecords());
        assert.equal(records.length, originals.length);
        for (const record of records) assertValidRecord(JSON.parse(recordLine(record)));
        assert.deepEqual(records.map((record) => record.document.id).sort(), originals.map((record) => record.document.id).sort());
      });

      test('a rebuilt Record says what its document said: the same spans, names, events and figures as extraction found', async () => {
        const rebuiltById = new Map((await all(await store.exportRecords())).map((record) => [record.document.id, record]));
        for (const original of originals) {
          const rebuilt = rebuiltById.get(original.document.id);
          assert.ok(rebuilt);
          assert.deepEqual(rebuilt.document, original.document);
          const mentionSpans = (record: Record) => record.entities.flatMap((entity) => entity.mentions.map((span) => `${entity.type} ${span.start}-${span.end}`)).sort();
          assert.deepEqual(mentionSpans(rebuilt), mentionSpans(original), original.document.id);
          const names = (record: Record) => new Set(record.entities.map((entity) => `${entity.type} ${entity.name}`));
          for (const name of names(rebuilt)) assert.ok(names(original).has(name), `${original.document.id}: ${name}`);
          const eventKey = (event: Record['events'][number]) => `${event.type} ${event.date} ${event.cameo} ${spanKey(event.evidence)}`;
          assert.deepEqual(rebuilt.events.map(eventKey).sort(), original.events.map(eventKey).sort(), original.document.id);
          assert.deepEqual((rebuilt.figures ?? []).map((figure) => figure.text), (original.figures ?? []).map((figure) => figure.text));
        }
      });

      test("a rebuilt Record names entities and events by their knowledge-base ids, and its events refer to its own entities", async () => {
        const knownEntities = new Set((await store.listEntities()).map((entity) => entity.id));
        const knownEvents = new Set((await all(await store.exportEvents())).map((event) => event.id));
        for (const record of await all(await store.exportRecords())) {
          const ids = new Set(record.entities.map((entity) => entity.id));
          for (const id of ids) assert.ok(knownEntities.has(id), `${id} is a knowledge-base entity`);
          for (const event of record.events) {
            assert.ok(knownEvents.has(event.id), `${event.id} is a knowledge-base event`);
            for (const id of [...event.participants, ...(event.instruments ?? []), ...(event.initiatives ?? []), event.place, event.forum]) {
              if (id !== undefined) assert.ok(ids.has(id), `${record.document.id} ${event.id} refers to ${id}, an entity of the record`);
            }
          }
        }
      });
    });

    describe('with a hand-made knowledge base stored', () => {
      let store: Store;
      before(async () => {
        ({ store } = await backend.freshStore());
        await store.saveDocuments([...HAND_MADE_KNOWLEDGE_BASE]);
      });
      after(() => store.close());

      const eventsIn = async (scope: ExportScope) => (await all(await store.exportEvents(scope))).map((event: KnowledgeEvent) => `${event.type} ${event.date}`);

      test('events come oldest first, undated last, and a dyad or a date range narrows them as the timeline does', async () => {
        assert.deepEqual(await eventsIn({}), [
          'signing 2024-05-01', 'meeting 2024-11-12', 'meeting 2025-03-03', 'signing 2025-03-03', 'meeting 2027-05', 'statement null',
        ]);
        assert.deepEqual(await eventsIn({ dyad: ['KAZ', 'AZE'] }), ['meeting 2025-03-03', 'signing 2025-03-03', 'meeting 2027-05']);
        assert.deepEqual(await eventsIn({ dyad: ['AZE', 'KAZ'], from: '2025-03', to: '2025-12' }), ['meeting 2025-03-03', 'signing 2025-03-03']);
        assert.deepEqual(await eventsIn({ from: '2027' }), ['meeting 2027-05']);
      });

      test('a dyad keeps the documents that report its events, and a date range those published in it', async () => {
        const published = async (scope: ExportScope) => (await all(await store.exportRecords(scope))).map((record) => record.document.published);
        assert.deepEqual(await published({ dyad: ['AZE', 'KAZ'] }), ['2025-03-04', '2025-03-05']);
        assert.deepEqual(await published({ to: '2024' }), ['2024-05-01']);
        assert.deepEqual(await published({ from: '2025-03-05' }), ['2025-03-05']);
      });

      test("references between a record's entities and from its events name knowledge-base ids", async () => {
        const [record] = await all(await store.exportRecords({ dyad: ['AZE', 'KAZ'], to: '2025-03-04' }));
        const line = assertValidRecord(JSON.parse(recordLine(record)));
        const cable = line.entities.find((entity) => entity.type === 'initiative' && entity.name === 'Caspian fibre-optic line');
        assert.ok(cable?.type === 'initiative');
        assert.equal(cable.part_of, 'initiative:middle-corridor');
        assert.deepEqual(cable.places, ['place:baku']);
        const meeting = line.events.find((event) => event.type === 'meeting' && event.date === '2025-03-03');
        assert.deepEqual(meeting?.participants.sort(), ['country:AZE', 'country:KAZ', 'person:jeyhun-bayramov', 'person:murat-nurtleu']);
        assert.equal(meeting?.place, 'place:baku');
        assert.equal(line.events.find((event) => event.type === 'meeting' && event.date === '2024-11-12')?.forum, 'forum:cop29');
      });

      test('the documents that mention an entity come oldest first', async () => {
        const mentioning = await store.documentsMentioning(['person:murat-nurtleu', 'initiative:middle-corridor', 'country:TUR']);
        assert.deepEqual(mentioning.get('person:murat-nurtleu')?.map((document) => document.published), ['2025-03-04', '2025-03-05']);
        assert.equal(mentioning.get('initiative:middle-corridor')?.length, 1);
        assert.equal(mentioning.get('country:TUR')?.[0].published, '2024-05-01');
      });
    });

    test('a reference to an entity an analyst merged into another names the one it was merged into', async () => {
      const { store } = await backend.freshStore();
      try {
        await store.saveDocuments([...HAND_MADE_KNOWLEDGE_BASE]);
        await store.applyReview({ action: 'add-entity', entity: { type: 'initiative', name: 'Trans-Caspian International Transport Route', aliases: [], attributes: { kind: 'transport corridor', status: 'under way', parties: ['AZE', 'KAZ'] } } }, 'anna');
        const [route] = await store.findEntities('Trans-Caspian International Transport Route');
        await store.applyReview({ action: 'merge', subject: { kind: 'entity', id: 'initiative:middle-corridor' }, into: route.id }, 'anna');
        const [record] = await all(await store.exportRecords({ to: '2025-03-04', dyad: ['AZE', 'KAZ'] }));
        const cable = record.entities.find((entity) => entity.name === 'Caspian fibre-optic line');
        assert.ok(cable?.type === 'initiative');
        assert.equal(cable.part_of, route.id);
        assert.ok(record.entities.some((entity) => entity.id === route.id && entity.name === 'Middle Corridor'));
      } finally {
        await store.close();
      }
    });
  });
}
