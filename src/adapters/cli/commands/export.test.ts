import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { assertValidRecord } from '../../../record/schema.ts';
import { DrizzleStore } from '../../../store/drizzle-store.ts';
import { storeBackends } from '../../../../test/support/store-backends.ts';
import { runBilat as bilat } from '../../../../test/support/run-bilat.ts';
import { HAND_MADE_KNOWLEDGE_BASE } from '../../../../test/support/hand-made-knowledge-base.ts';


const [pglite] = storeBackends();

describe('bilat export', () => {
  let db: string;
  let removeDb: () => Promise<void>;
  let scratch: string;
  before(async () => {
    const location = await pglite.freshLocation();
    ({ location: db, remove: removeDb } = location);
    const store = new DrizzleStore(await location.connect());
    await store.saveDocuments([...HAND_MADE_KNOWLEDGE_BASE]);
    await store.close();
    scratch = await mkdtemp(join(tmpdir(), 'bilat-export-'));
  });
  after(async () => {
    await removeDb();
    await rm(scratch, { recursive: true, force: true });
    await pglite.dispose();
  });

  test('jsonl prints one valid Record a line, and --dyad keeps the documents of the pair', async () => {
    const run = await bilat('export', 'jsonl', '--db', db);
    assert.equal(run.code, 0, run.stderr);
    const lines = run.stdout.trimEnd().split('\n');
    assert.equal(lines.length, HAND_MADE_KNOWLEDGE_BASE.length);
    for (const line of lines) assertValidRecord(JSON.parse(line));
    const dyad = await bilat('export', 'JSONL', '--dyad', 'Azerbaijan-Kazakhstan', '--db', db);
    assert.equal(dyad.stdout.trimEnd().split('\n').length, 2);
  });

  test('csv -o FOLDER writes every table and says what it wrote; --table prints one', async () => {
    const folder = join(scratch, 'aze-kaz');
    const run = await bilat('export', 'csv', '--dyad', 'AZE-KAZ', '-o', folder, '--db', db);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual((await readdir(folder)).sort(), ['entities.csv', 'events.csv', 'initiatives.csv', 'instruments.csv', 'sources.csv']);
    assert.match(run.stdout, new RegExp(`^Wrote 3 events to ${folder.replace(/[.]/g, '\\.')}/events\\.csv$`, 'm'));
    const events = parse(await readFile(join(folder, 'events.csv'), 'utf8'), { columns: true }) as { type: string }[];
    assert.equal(events.length, 3);
    const table = await bilat('export', 'csv', '--table', 'instruments', '--as-of', '2027-02-01', '--db', db);
    assert.equal(table.code, 0, table.stderr);
    assert.equal((parse(table.stdout, { columns: true }) as { status_as_of: string }[])[0].status_as_of, 'expired');
  });

  test('gdelt, ftm and ical write their formats to a file with -o', async () => {
    for (const [format, name, start] of [['gdelt', 'events.tsv', 'GLOBALEVENTID\t'], ['ftm', 'bilat.ftm.json', '{"id":"bilat-'], ['ical', 'bilat.ics', 'BEGIN:VCALENDAR\r\n']]) {
      const path = join(scratch, name);
      const run = await bilat('export', format, '--as-of', '2025-06-01', '-o', path, '--db', db);
      assert.equal(run.code, 0, run.stderr);
      assert.ok((await readFile(path, 'utf8')).startsWith(start), format);
    }
  });

  test('mistakes are usage errors that say what to give instead and point to --help', async () => {
    const mistakes: [string[], RegExp][] = [
      [[], /name the FORMAT to export: jsonl, csv, gdelt, ftm, ical/],
      [['xml'], /unknown format "xml"; the formats are jsonl, csv, gdelt, ftm, ical/],
      [['csv'], /csv makes 5 tables: give -o FOLDER for all of them, or --table NAME/],
      [['csv', '--table', 'people'], /--table wants one of events, entities, instruments, initiatives, sources; got "people"/],
      [['jsonl', '--table', 'events'], /--table is for csv; jsonl writes one file/],
      [['gdelt', '--dyad', 'AZE'], /--dyad wants two countries/],
      [['ical', '--as-of', '2025-06'], /--as-of wants a day as YYYY-MM-DD, got "2025-06"/],
      [['ical', '--from', '2026', '--to', '2025'], /--to 2025 is before --from 2026/],
      [['jsonl', 'extra'], /unexpected argument "extra"/],
    ];
    for (const [argv, message] of mistakes) {
      const run = await bilat('export', ...argv, '--db', db);
      assert.equal(run.code, 2, argv.join(' '));
      assert.match(run.stderr, message);
      assert.match(run.stderr, /See "bilat export --help"/);
    }
  });

  test('an output file that cannot be written is an error naming it', async () => {
    const path = join(scratch, 'no-such-folder', 'records.jsonl');
    const run = await bilat('export', 'jsonl', '-o', path, '--db', db);
    assert.equal(run.code, 1);
    assert.ok(run.stderr.includes(`cannot write ${path}`), run.stderr);
  });

  test('--help explains each format with examples', async () => {
    const help = await bilat('export', '--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: bilat export FORMAT /);
    for (const format of ['jsonl', 'csv', 'gdelt', 'ftm', 'ical']) assert.match(help.stdout, new RegExp(`^ {2}${format} `, 'm'));
    assert.match(help.stdout, /\nExamples:\n {2}bilat export /);
  });
});
