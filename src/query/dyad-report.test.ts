import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dyadReport } from './dyad-report.ts';
import type { Store } from '../store/store.ts';
import { storeBackends } from '../../test/support/store-backends.ts';
import { handMadeArticle, type HandMadeEntity } from '../../test/support/hand-made-records.ts';

const [pglite] = storeBackends();

const primeMinister = (id: string, name: string, country: string): HandMadeEntity =>
  ({ id, type: 'person', name, country, roles: [{ title: 'Prime Minister', country }] });

const entities: HandMadeEntity[] = [
  { id: 'c1', type: 'country', name: 'Azerbaijan', code: 'AZE' },
  { id: 'c2', type: 'country', name: 'Kazakhstan', code: 'KAZ' },
  primeMinister('p1', 'Ali Asadov', 'AZE'),
  primeMinister('p2', 'Olzhas Bektenov', 'KAZ'),
  { id: 'f1', type: 'forum', name: '2025 CIS Games', date: '2025-09' },
  { id: 'i1', type: 'instrument', name: 'Agreement on a Caspian cable', kind: 'agreement', status: 'ratified', parties: ['AZE', 'KAZ'] },
  { id: 'j1', type: 'initiative', name: 'Trans-Caspian Fibre Cable', kind: 'cable', status: 'planned', parties: ['AZE', 'KAZ'] },
];

describe('the dyad report', () => {
  let store: Store;
  before(async () => {
    ({ store } = await pglite.freshStore());
    await store.saveDocuments([
      handMadeArticle(
        'Prime Minister Ali Asadov received Prime Minister Olzhas Bektenov in Baku on Monday; the parliaments had ratified the cable agreement. ' +
          'Asadov wished the Kazakh athletes success at the CIS Games in September.',
        '2025-03-03',
        {
          entities,
          events: [
            { id: 'e1', type: 'visit', date: '2025-03-03', participants: ['p1', 'p2', 'c1', 'c2'], cameo: '042' },
            { id: 'e2', type: 'meeting', date: '2025-03-03', participants: ['p1', 'p2', 'c1', 'c2'], cameo: '040', initiatives: ['j1'] },
            { id: 'e3', type: 'forum', date: '2025-09', participants: ['p1', 'c1', 'c2'], forum: 'f1' },
          ],
        },
      ),
    ]);
  });
  after(async () => {
    await store.close();
    await pglite.dispose();
  });

  test('a forum the two attend (games, a summit) is not their last meeting', async () => {
    const report = await dyadReport(store, ['AZE', 'KAZ'], { asOf: '2026-11-24' });
    assert.ok(report.timeline.some((event) => event.type === 'forum' && event.date === '2025-09'), 'the forum is in the timeline');
    assert.equal(report.lastMeeting?.event.date, '2025-03-03');
    assert.notEqual(report.lastMeeting?.event.type, 'forum');
    assert.equal(report.summary.meetings, 2);
  });

  test('on a tie in level and date, the highest-level meeting is the last meeting', async () => {
    const report = await dyadReport(store, ['AZE', 'KAZ'], { asOf: '2026-11-24' });
    assert.equal(report.highestLevelMeeting?.levelName, 'head of government');
    assert.equal(report.highestLevelMeeting?.event.id, report.lastMeeting?.event.id);
  });

  test('a ratified instrument not yet reported in force is open', async () => {
    const report = await dyadReport(store, ['AZE', 'KAZ'], { asOf: '2026-11-24' });
    assert.equal(report.instruments.find((row) => row.name === 'Agreement on a Caspian cable')?.status, 'ratified');
    assert.equal(report.summary.openInstruments, 1);
  });

  test("each person's events are theirs, newest first, and a project last moved when the latest event naming it took place", async () => {
    const report = await dyadReport(store, ['AZE', 'KAZ'], { asOf: '2025-12-31' });
    const eventsOf = (name: string) => Object.values(report.people).flat().find((row) => row.name === name)?.events.map((event) => `${event.type} ${event.date}`);
    assert.deepEqual(eventsOf('Ali Asadov'), ['forum 2025-09', 'meeting 2025-03-03', 'visit 2025-03-03']);
    assert.deepEqual(eventsOf('Olzhas Bektenov'), ['meeting 2025-03-03', 'visit 2025-03-03']);
    assert.equal(report.initiatives.find((row) => row.name === 'Trans-Caspian Fibre Cable')?.lastMovement, '2025-03-03');
  });
});

describe("the dyad report's citations", () => {
  let store: Store;
  const cable: HandMadeEntity = { id: 'i1', type: 'instrument', name: 'Agreement on a Caspian cable', kind: 'agreement', status: 'signed', parties: ['AZE', 'KAZ'] };
  const countries = entities.filter((entity) => entity.type === 'country');
  before(async () => {
    ({ store } = await pglite.freshStore());
    await store.saveDocuments(['2024-01-15', '2026-02-01', '2024-06-15', '2025-06-15', '2025-01-15'].map((date) =>
      handMadeArticle(`Azerbaijan and Kazakhstan discussed the Caspian cable agreement on ${date}.`, date, { entities: [...countries, cable] })));
    const withFigure = (body: string, named: HandMadeEntity[]) => {
      const article = handMadeArticle(body, '2025-02-01', { entities: named });
      const start = body.indexOf('165');
      article.record.figures = [{ id: 'n1', value: 165, unit: 'agreements', text: '165 agreements', evidence: [{ start, end: start + 14 }] }];
      return article;
    };
    await store.saveDocuments([
      withFigure('Azerbaijan and Kazakhstan have a legal framework of 165 agreements.', countries),
      withFigure('Azerbaijan and Georgia have a legal framework of 165 agreements.', [countries[0], { id: 'c3', type: 'country', name: 'Georgia', code: 'GEO' }]),
    ]);
  });
  after(async () => {
    await store.close();
    await pglite.dispose();
  });

  test('an instrument is cited from its latest reports published by the as-of date, newest first', async () => {
    const report = await dyadReport(store, ['AZE', 'KAZ'], { asOf: '2025-12-31' });
    const citations = report.instruments.find((row) => row.name === 'Agreement on a Caspian cable')?.citations;
    assert.deepEqual(citations?.map((citation) => citation.document.published), ['2025-06-15', '2025-01-15', '2024-06-15']);
  });

  test("a pair's quoted figures are those of the documents naming both countries", async () => {
    const report = await dyadReport(store, ['AZE', 'KAZ'], { asOf: '2025-12-31' });
    assert.deepEqual(report.figures.map((figure) => figure.source.sentence), ['Azerbaijan and Kazakhstan have a legal framework of 165 agreements.']);
  });
});
