import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { goldsteinScale } from '../../query/goldstein.ts';
import type { EntitySummary, Store } from '../../store/store.ts';
import { GDELT_COLUMNS, gdeltActor } from './gdelt.ts';
import { storeBackends } from '../../../test/support/store-backends.ts';
import { HAND_MADE_KNOWLEDGE_BASE } from '../../../test/support/hand-made-knowledge-base.ts';
import { exportedText } from '../../../test/support/exported-text.ts';

const [pglite] = storeBackends();

type Row = { [column in (typeof GDELT_COLUMNS)[number]]: string };

function rowsOf(text: string | undefined): { lines: string[][]; rows: Row[] } {
  assert.ok(text !== undefined && text.endsWith('\n'));
  const lines = text.slice(0, -1).split('\n').map((line) => line.split('\t'));
  const rows = lines.slice(1).map((cells) => Object.fromEntries(GDELT_COLUMNS.map((column, index) => [column, cells[index]])) as Row);
  return { lines, rows };
}

describe('CAMEO-coded events in GDELT columns', () => {
  let store: Store;
  let rows: Row[];
  let lines: string[][];
  before(async () => {
    ({ store } = await pglite.freshStore());
    await store.saveDocuments([...HAND_MADE_KNOWLEDGE_BASE]);
    ({ rows, lines } = rowsOf((await exportedText(store, 'gdelt')).get('events.tsv')));
  });
  after(async () => {
    await store.close();
    await pglite.dispose();
  });

  test('a header row of the GDELT columns, and every row has as many tab-separated cells', () => {
    assert.deepEqual(lines[0], [...GDELT_COLUMNS]);
    for (const cells of lines) assert.equal(cells.length, GDELT_COLUMNS.length, cells.join(' | '));
  });

  test('only dated events with a CAMEO code, one row per source', () => {
    // Five dated events (the undated statement is left out); the meeting has two sources.
    assert.equal(rows.length, 6);
    assert.equal(new Set(rows.map((row) => row.GLOBALEVENTID)).size, 5);
    const meeting = rows.filter((row) => row.SQLDATE === '20250303' && row.EventCode === '040');
    assert.deepEqual(meeting.map((row) => row.NumSources), ['2', '2']);
    assert.equal(new Set(meeting.map((row) => row.DocumentId)).size, 2);
  });

  test('event, base and root codes, quad class and Goldstein value follow the CAMEO tables', () => {
    for (const row of rows) {
      assert.match(row.EventCode, /^\d{3,4}$/);
      assert.equal(row.EventBaseCode, row.EventCode.slice(0, 3));
      assert.equal(row.EventRootCode, row.EventCode.slice(0, 2));
      assert.ok(['1', '2', '3', '4'].includes(row.QuadClass));
      assert.equal(Number(row.GoldsteinScale), goldsteinScale(row.EventCode));
    }
    assert.equal(rows.find((row) => row.EventCode === '057' && row.SQLDATE === '20250303')?.GoldsteinScale, '8.0');
  });

  test('the actors are the main participants: officials coded by country and GOV, an international body as IGO, else the countries', () => {
    const actors = (row: Row | undefined) => row && [row.Actor1Code, row.Actor1Name, row.Actor1CountryCode, row.Actor2Code, row.Actor2Name, row.Actor2CountryCode];
    assert.deepEqual(actors(rows.find((row) => row.SQLDATE === '20250303')), ['AZEGOV', 'Jeyhun Bayramov', 'AZE', 'KAZGOV', 'Murat Nurtleu', 'KAZ']);
    assert.deepEqual(actors(rows.find((row) => row.SQLDATE === '20241112')), ['AZEGOV', 'Jeyhun Bayramov', 'AZE', 'IGO', 'Organization of Turkic States', '']);
    assert.deepEqual(actors(rows.find((row) => row.SQLDATE === '20240501')), ['ISL', 'Iceland', 'ISL', 'TUR', 'Türkiye', 'TUR']);
  });

  test('a date is YYYYMMDD, a month-dated event its first day; the place has coordinates; offsets point into the source document', () => {
    const planned = rows.find((row) => row.EventCode === '036');
    assert.deepEqual([planned?.SQLDATE, planned?.DatePrecision], ['20270501', 'month']);
    const meeting = rows.find((row) => row.SQLDATE === '20250303' && row.EventCode === '040');
    assert.deepEqual([meeting?.ActionGeo_FullName, meeting?.ActionGeo_CountryCode, meeting?.ActionGeo_Lat, meeting?.ActionGeo_Long], ['Baku', 'AZE', '40.4093', '49.8671']);
    for (const row of rows) {
      const source = HAND_MADE_KNOWLEDGE_BASE.find(({ record }) => record.document.id === row.DocumentId);
      assert.ok(source, row.DocumentId);
      assert.equal(row.SentenceOffsets, `0-${source.article.body.length}`);
    }
  });

  test('a dyad keeps its own events', async () => {
    const { rows: dyadRows } = rowsOf((await exportedText(store, 'gdelt', { scope: { dyad: ['AZE', 'KAZ'] } })).get('events.tsv'));
    assert.ok(dyadRows.length > 0);
    for (const row of dyadRows) assert.deepEqual([row.Actor1CountryCode, row.Actor2CountryCode].sort(), ['AZE', 'KAZ']);
  });
});

test('a person with no known country is no actor, and one without an office is coded by the country alone', () => {
  const person = (attributes: EntitySummary['attributes']) => ({ attributes, type: 'person' }) as EntitySummary;
  const participant = { id: 'person:x', type: 'person', name: 'X' } as const;
  assert.equal(gdeltActor(participant, person({ roles: [{ title: 'Minister', from: null, to: null }] })), undefined);
  assert.deepEqual(gdeltActor(participant, person({ country: 'GEO', roles: [] })), { code: 'GEO', name: 'X', country: 'GEO' });
  assert.deepEqual(gdeltActor(participant, person({ roles: [{ title: 'President', country: 'UZB', from: null, to: null }] })), { code: 'UZBGOV', name: 'X', country: 'UZB' });
});
