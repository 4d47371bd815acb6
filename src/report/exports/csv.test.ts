import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import type { Store } from '../../store/store.ts';
import { CSV_TABLES, ENTITY_COLUMNS, EVENT_COLUMNS, INITIATIVE_COLUMNS, INSTRUMENT_COLUMNS, LIST_SEPARATOR, SOURCE_COLUMNS } from './csv.ts';
import { storeBackends } from '../../../test/support/store-backends.ts';
import { HAND_MADE_KNOWLEDGE_BASE } from '../../../test/support/hand-made-knowledge-base.ts';
import { exportedText } from '../../../test/support/exported-text.ts';

const [pglite] = storeBackends();

/** The table as parsed back by csv-parse: its header and its rows keyed by column. */
function parsed(text: string | undefined): { header: string[]; rows: { [column: string]: string }[] } {
  assert.ok(text !== undefined);
  const [header, ...cells] = parse(text, { relax_column_count: false }) as string[][];
  return { header, rows: cells.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index]]))) };
}

describe('CSV tables', () => {
  let store: Store;
  before(async () => {
    ({ store } = await pglite.freshStore());
    await store.saveDocuments([...HAND_MADE_KNOWLEDGE_BASE]);
  });
  after(async () => {
    await store.close();
    await pglite.dispose();
  });

  test('every table parses back with a header of its columns and one row per item', async () => {
    const tables = await exportedText(store, 'csv');
    assert.deepEqual([...tables.keys()], CSV_TABLES.map((table) => `${table}.csv`));
    const columns = { events: EVENT_COLUMNS, entities: ENTITY_COLUMNS, instruments: INSTRUMENT_COLUMNS, initiatives: INITIATIVE_COLUMNS, sources: SOURCE_COLUMNS };
    for (const table of CSV_TABLES) assert.deepEqual(parsed(tables.get(`${table}.csv`)).header, columns[table].map((column) => column.name), table);

    assert.equal(parsed(tables.get('events.csv')).rows.length, 6);
    assert.equal(parsed(tables.get('entities.csv')).rows.length, (await store.listEntities()).length);
    assert.equal(parsed(tables.get('instruments.csv')).rows.length, 1);
    assert.equal(parsed(tables.get('initiatives.csv')).rows.length, 2);
    // The meeting has two sources.
    assert.equal(parsed(tables.get('sources.csv')).rows.length, 7);
  });

  test('a name with commas and quotes is quoted and comes back whole', async () => {
    const text = (await exportedText(store, 'csv', { tables: ['instruments'] })).get('instruments.csv');
    assert.ok(text?.includes('"Action Plan on Cooperation, Transit and ""Digital"" Links"'));
    assert.equal(parsed(text).rows[0].name, 'Action Plan on Cooperation, Transit and "Digital" Links');
  });

  test('an event row names its participants, place and codes, many values joined by "; "', async () => {
    const { rows } = parsed((await exportedText(store, 'csv', { tables: ['events'] })).get('events.csv'));
    const meeting = rows.find((row) => row.type === 'meeting' && row.date === '2025-03-03');
    assert.ok(meeting);
    assert.deepEqual(meeting.participant_ids.split(LIST_SEPARATOR).sort(), ['country:AZE', 'country:KAZ', 'person:jeyhun-bayramov', 'person:murat-nurtleu']);
    assert.equal(meeting.countries, 'AZE; KAZ');
    assert.equal(meeting.sectors, 'political; transport');
    assert.deepEqual([meeting.place_id, meeting.place, meeting.cameo, meeting.goldstein, meeting.source_count], ['place:baku', 'Baku', '040', '1', '2']);
    assert.equal(rows.find((row) => row.type === 'statement')?.date, '');
  });

  test("each source row is one document's report of an event, with its evidence offsets and sentences", async () => {
    const { rows } = parsed((await exportedText(store, 'csv', { tables: ['sources'] })).get('sources.csv'));
    const meetingSources = rows.filter((row) => row.event_id === rows.find((candidate) => candidate.published === '2025-03-05')?.event_id);
    assert.deepEqual(meetingSources.map((row) => row.published), ['2025-03-04', '2025-03-05']);
    const second = HAND_MADE_KNOWLEDGE_BASE[1];
    assert.equal(meetingSources[1].evidence, `0-${second.article.body.length}`);
    assert.equal(meetingSources[1].sentences, second.article.body);
  });

  test("an instrument's standing and days to expiry are judged on the as-of date", async () => {
    const row = async (asOf: string) => parsed((await exportedText(store, 'csv', { tables: ['instruments'], asOf })).get('instruments.csv')).rows[0];
    const inForce = await row('2025-06-01');
    assert.deepEqual(
      [inForce.status_as_of, inForce.period_start, inForce.period_end, inForce.expires, inForce.days_to_expiry, inForce.parties],
      ['signed', '2025', '2026', '2026-12-31', '578', 'AZE; KAZ'],
    );
    assert.deepEqual([(await row('2027-02-01')).status_as_of, (await row('2027-02-01')).days_to_expiry], ['expired', '-32']);
  });

  test('a dyad keeps the rows that concern the pair', async () => {
    const tables = await exportedText(store, 'csv', { scope: { dyad: ['AZE', 'KAZ'] } });
    assert.equal(parsed(tables.get('events.csv')).rows.length, 3);
    const countries = parsed(tables.get('entities.csv')).rows.filter((row) => row.type === 'country').map((row) => row.id);
    assert.deepEqual(countries.sort(), ['country:AZE', 'country:KAZ']);
  });
});
