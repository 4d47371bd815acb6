import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decide } from './review.ts';
import { ReviewError } from '../store/store.ts';
import { storeBackends, withFreshStore } from '../../test/support/store-backends.ts';
import { handMadeArticle, type HandMadeEntity } from '../../test/support/hand-made-records.ts';

const person = (name: string, country?: string, title?: string): HandMadeEntity =>
  ({ id: 'p1', type: 'person', name, ...(country ? { country } : {}), roles: title ? [{ title, ...(country ? { country } : {}) }] : [] });
const kazakhstan: HandMadeEntity = { id: 'c1', type: 'country', name: 'Kazakhstan', code: 'KAZ' };
const azerbaijan: HandMadeEntity = { id: 'c2', type: 'country', name: 'Azerbaijan', code: 'AZE' };
const plan = (status: 'signed' | 'ratified'): HandMadeEntity =>
  ({ id: 'i1', type: 'instrument', name: 'Action Plan on Consular Cooperation for 2025-2026', kind: 'action plan', status, parties: ['AZE', 'KAZ'], period: { start: '2025', end: '2026' } });

for (const backend of storeBackends()) {
  describe(`review on ${backend.name}`, { skip: backend.skip }, () => {
    after(() => backend.dispose());

    const withStore = (use: Parameters<typeof withFreshStore>[1]) => withFreshStore(backend, use);

    test("an analyst's correction survives re-ingest of the same and of new documents, and is in the audit log", () =>
      withStore(async (store) => {
        const first = handMadeArticle('The consular action plan was signed.', '2025-01-10', { entities: [plan('signed')] });
        await store.saveDocuments([first]);
        const [instrument] = await store.listEntities({ type: 'instrument' });
        const entry = await decide(store, { action: 'correct', subject: { kind: 'entity', id: instrument.id }, fields: { status: 'in force' }, note: 'MFA site' }, 'anna');
        assert.equal(entry.actor, 'anna');

        await store.saveDocuments([first]);
        // A later report says "ratified": newer evidence than the extraction had, but not newer than the analyst's word.
        await store.saveDocuments([handMadeArticle('The consular action plan was ratified.', '2025-04-02', { entities: [plan('ratified')] })]);
        const [after] = await store.listEntities({ type: 'instrument' });
        assert.equal(after.id, instrument.id);
        assert.equal(after.attributes.status, 'in force');
        assert.deepEqual(after.corrected, ['status']);
        assert.equal(after.documentCount, 2);

        const [logged] = await store.auditLog({ subject: { kind: 'entity', id: instrument.id } });
        assert.equal(logged.action, 'correct');
        assert.equal(logged.actor, 'anna');
        assert.equal(logged.note, 'MFA site');
        assert.deepEqual((logged.before as { corrections: object }).corrections, {});
        assert.deepEqual((logged.after as { corrections: object }).corrections, { status: 'in force' });
      }));

    test('a correction is checked against the Record: an unknown field or a status that does not exist is refused, and nothing changes', () =>
      withStore(async (store) => {
        await store.saveDocuments([handMadeArticle('The plan was signed.', '2025-01-10', { entities: [plan('signed')] })]);
        const [instrument] = await store.listEntities({ type: 'instrument' });
        const subject = { kind: 'entity' as const, id: instrument.id };
        await assert.rejects(decide(store, { action: 'correct', subject, fields: { colour: 'red' } }, 'anna'), ReviewError);
        await assert.rejects(decide(store, { action: 'correct', subject, fields: { status: 'sort of signed' } }, 'anna'), ReviewError);
        await assert.rejects(decide(store, { action: 'accept', subject: { kind: 'entity', id: 'person:nobody' } }, 'anna'), /no entity or event "person:nobody"/);
        assert.deepEqual(await store.auditLog(), []);
      }));

    test('a rejected entity is hidden, and new reports of it stay hidden', () =>
      withStore(async (store) => {
        await store.saveDocuments([handMadeArticle('The Sides spoke.', '2025-01-10', { entities: [person('The Sides')] })]);
        const [wrong] = await store.listEntities({ type: 'person' });
        await decide(store, { action: 'reject', subject: { kind: 'entity', id: wrong.id } }, 'anna');
        await store.saveDocuments([handMadeArticle('The Sides spoke again.', '2025-02-10', { entities: [person('The Sides')] })]);
        assert.deepEqual(await store.listEntities({ type: 'person' }), []);
        const [kept] = await store.findEntities(wrong.id);
        assert.equal(kept.status, 'rejected');
        assert.equal(kept.documentCount, 2);
      }));

    test('merged entities become one, and later reports under the merged name go to it', () =>
      withStore(async (store) => {
        await store.saveDocuments([
          handMadeArticle('Mr Smith, the envoy, spoke.', '2025-01-10', { entities: [person('John Smith', 'GBR', 'Envoy')] }),
          handMadeArticle('J. Smythe, the envoy, spoke.', '2025-02-10', { entities: [person('Jon Smythe', undefined, 'Special Envoy')] }),
        ]);
        const people = await store.listEntities({ type: 'person' });
        assert.equal(people.length, 2);
        const [smith, smythe] = ['John Smith', 'Jon Smythe'].map((name) => people.find((p) => p.name === name)!);
        await decide(store, { action: 'merge', subject: { kind: 'entity', id: smythe.id }, into: smith.id }, 'anna');
        await store.saveDocuments([handMadeArticle('Jon Smythe spoke once more.', '2025-03-10', { entities: [person('Jon Smythe')] })]);
        const [merged] = await store.listEntities({ type: 'person' });
        assert.equal(merged.id, smith.id);
        assert.ok(merged.aliases.includes('Jon Smythe'));
        assert.equal(merged.documentCount, 3);
        const [source] = await store.findEntities(smythe.id);
        assert.deepEqual({ status: source.status, mergedInto: source.mergedInto }, { status: 'merged', mergedInto: smith.id });
      }));

    test("a split moves one document's mentions to a new entity and leaves the others", () =>
      withStore(async (store) => {
        const [a, b] = [
          handMadeArticle('Minister Karimov spoke in Tashkent.', '2025-01-10', { entities: [person('Karimov', 'UZB', 'Minister')] }),
          handMadeArticle('Minister Karimov spoke in Tashkent again.', '2025-02-10', { entities: [person('Karimov', 'UZB', 'Minister')] }),
        ];
        await store.saveDocuments([a, b]);
        const [karimov] = await store.listEntities({ type: 'person' });
        assert.equal(karimov.documentCount, 2);
        await decide(store, { action: 'split', subject: { kind: 'entity', id: karimov.id }, documents: [b.record.document.id] }, 'anna');
        const people = await store.listEntities({ type: 'person' });
        assert.deepEqual(people.map((p) => p.documentCount), [1, 1]);
        assert.equal(new Set(people.map((p) => p.id)).size, 2);
      }));

    test('an event added by hand appears in the timeline of its countries, with no source but the analyst', () =>
      withStore(async (store) => {
        await store.saveDocuments([handMadeArticle('Kazakhstan and Azerbaijan.', '2025-01-10', { entities: [kazakhstan, azerbaijan] })]);
        const entry = await decide(store, { action: 'add-event', event: { type: 'call', date: '2025-06-02', participants: ['country:AZE', 'country:KAZ'] } }, 'anna');
        const [event] = await store.timeline('AZE', 'KAZ');
        assert.equal(event.id, entry.subject.id);
        assert.deepEqual({ type: event.type, date: event.date, origin: event.origin, sources: event.sources }, { type: 'call', date: '2025-06-02', origin: 'analyst', sources: [] });
      }));

    test('a corrected event date moves the event in the timeline and is not undone by a later, more precise report', () =>
      withStore(async (store) => {
        const meeting = (date: string) => ({ id: 'e1', type: 'meeting' as const, date, participants: ['c1', 'c2'] });
        await store.saveDocuments([handMadeArticle('They met in May.', '2025-05-30', { entities: [kazakhstan, azerbaijan], events: [meeting('2025-05')] })]);
        const [event] = await store.timeline('AZE', 'KAZ');
        await decide(store, { action: 'correct', subject: { kind: 'event', id: event.id }, fields: { date: '2025-05-12' } }, 'anna');
        await store.saveDocuments([handMadeArticle('They met on 13 May.', '2025-05-31', { entities: [kazakhstan, azerbaijan], events: [meeting('2025-05-13')] })]);
        assert.deepEqual((await store.timeline('AZE', 'KAZ', { from: '2025-05-12', to: '2025-05-12' })).map((e) => e.date), ['2025-05-12']);
      }));

    test('the review queue lists a person whose sources give two countries, until an analyst decides', () =>
      withStore(async (store) => {
        await store.saveDocuments([
          handMadeArticle('Envoy Lee spoke for Korea.', '2025-01-10', { entities: [person('Min Lee', 'KOR', 'Envoy')] }),
          // The second source makes the Korean envoy an American: one person, two countries.
          handMadeArticle('Envoy Lee, an American, spoke for Korea.', '2025-02-10', {
            entities: [{ id: 'p1', type: 'person', name: 'Min Lee', country: 'USA', roles: [{ title: 'Envoy', country: 'KOR' }] }],
          }),
        ]);
        const queue = await store.reviewQueue();
        const item = queue.find((entry) => entry.reasons.some((reason) => reason.includes('different countries')));
        assert.ok(item, `a conflict is queued: ${JSON.stringify(queue)}`);
        await decide(store, { action: 'accept', subject: item.subject }, 'anna');
        assert.equal((await store.reviewQueue()).some((entry) => entry.subject.id === item.subject.id), false);
      }));
  });
}
