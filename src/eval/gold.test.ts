import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GoldFileError, loadGoldDirectory, parseGold } from './gold.ts';

// The gold files of the two bundled seed articles.
const GOLD_DIRECTORY = fileURLToPath(new URL('../../test/fixtures/gold/', import.meta.url));

async function withFolder(files: { [name: string]: string }, check: (folder: string) => Promise<void>): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'bilat-gold-'));
  try {
    for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text);
    await check(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

test('every gold file of the seed articles loads', async () => {
  const files = await loadGoldDirectory(GOLD_DIRECTORY);
  assert.ok(files.length >= 2);
  assert.ok(files.every(({ path, gold }) => path.endsWith('.json') && gold.file.length > 0));
  assert.ok(files.some(({ gold }) => gold.file === 'seed-001.txt'));
});

test('a gold folder is read in file-name order, skipping the README and other files', async () => {
  const gold = (file: string) => JSON.stringify({ file });
  await withFolder({ 'b.json': gold('b.txt'), 'a.json': gold('a.txt'), 'README.md': '# notes', 'README.json': '{}', 'notes.txt': 'x' }, async (folder) => {
    const files = await loadGoldDirectory(folder);
    assert.deepEqual(files.map(({ gold }) => gold.file), ['a.txt', 'b.txt']);
  });
});

test('invalid JSON is reported with the file name', async () => {
  await withFolder({ 'broken.json': '{"file": "x.txt",' }, async (folder) => {
    await assert.rejects(loadGoldDirectory(folder), (error: unknown) => {
      assert.ok(error instanceof GoldFileError);
      assert.match(error.message, /broken\.json: is not valid JSON/);
      return true;
    });
  });
});

test('a gold file that breaks the format is reported with the file name and the path of each problem', async () => {
  const text = JSON.stringify({ file: 'x.txt', countries: [{ code: 'aze' }], events: [{ type: 'meeting', participants: [] }] });
  await withFolder({ 'bad.json': text }, async (folder) => {
    await assert.rejects(loadGoldDirectory(folder), (error: unknown) => {
      assert.ok(error instanceof GoldFileError);
      assert.match(error.message, /bad\.json: not a valid gold file/);
      assert.match(error.message, /countries\.0\.code/);
      assert.match(error.message, /events\.0\.participants: an event that counts needs at least one participant/);
      return true;
    });
  });
});

test('a missing gold folder and a folder without gold files are reported', async () => {
  await assert.rejects(loadGoldDirectory('/no/such/gold'), /\/no\/such\/gold: cannot read the gold folder \(no such file or folder\)/);
  await withFolder({ 'README.md': '# notes' }, async (folder) => {
    await assert.rejects(loadGoldDirectory(folder), /holds no gold files/);
  });
});

test('notes, optional flags and keys outside the format are accepted on any item', () => {
  const gold = parseGold(
    {
      file: 'x.txt',
      countries: [{ code: 'AZE', optional: true, note: 'dateline only' }],
      persons: [{ name: 'Modi', titles: ['Prime Minister'], note: "only 'PM Modi'" }],
      events: [{ type: 'visit', date: null, date_text: 'March 11-12', participants: ['Modi'], note: 'state visit' }],
    },
    'x.json',
  );
  assert.equal(gold.countries[0].optional, true);
  assert.equal(gold.events[0].type, 'visit');
});

test('an optional event may use a free-form type and no participants, an event that counts may not', () => {
  assert.doesNotThrow(() => parseGold({ file: 'x.txt', events: [{ type: 'press conference', optional: true }] }, 'x.json'));
  assert.throws(
    () => parseGold({ file: 'x.txt', events: [{ type: 'press conference', participants: ['AZE'] }] }, 'x.json'),
    /x\.json: not a valid gold file:\n {2}events\.0\.type: "press conference" is not an event type/,
  );
});

test('lists the gold file leaves out are empty', () => {
  const gold = parseGold({ file: 'x.txt' }, 'x.json');
  assert.deepEqual([gold.persons, gold.forums, gold.events, gold.sectors], [[], [], [], { required: [], optional: [] }]);
});

test('a sector outside the taxonomy is an error', () => {
  assert.throws(() => parseGold({ file: 'x.txt', sectors: { required: ['space travel'] } }, 'x.json'), /sectors\.required\.0/);
});
